/**
 * The simplified characters of the Xinhua name-transliteration table: foreign names written in Chinese are made
 * of them (奥巴马, 舒尔曼). Read by the recogniser (../person-zh.ts) and by scripts/gen-recogniser-data.ts, which
 * picks jieba's name entries made only of them (zh-foreign.generated.ts). 廉 翰 廷 珊 涅 蒲 滕 佐 祖 汀 芭 were
 * added after real text showed them missing (约翰, 威廉, 克里斯廷, 苏珊, 芭芭拉); 让 (Jean), 热 and 席 stay out: as
 * the verb `let`, `hot` and the 席 of 主席 or 出席 they glue a name to the word before it (让特朗普).
 */
export const TRANSLIT_SIMPLIFIED =
  '阿埃艾爱安昂奥巴拜班邦保鲍贝本比彼毕宾滨波伯柏博布查达戴代丹道德登邓迪蒂丁东杜敦顿多厄恩尔法凡范菲费芬丰冯佛弗福夫富盖甘冈戈格葛根贡古瓜圭哈海汉杭豪赫亨洪侯胡华怀霍基吉加贾杰金京卡凯坎康考柯科克肯孔库夸奎昆拉莱赖兰朗劳勒雷蕾黎里理利莉丽连列林琳玲隆卢鲁陆路伦罗洛吕马玛迈麦曼芒梅门蒙米密敏明摩莫姆穆纳娜乃奈南楠内妮尼宁纽努诺欧帕潘庞佩彭皮珀普奇齐恰乔切钦琴丘屈萨赛塞桑瑟森沙莎尚绍舍申施什史舒斯松苏索塔泰坦汤唐陶特藤提图托瓦万旺威韦维温文沃乌伍西希锡夏谢辛休修雅亚扬耶叶伊因英尤于约泽扎詹朱卓兹宗瑞若逊茨娅芙茜露黛琪丝薇娃缪翁卜琼烈廉翰廷珊涅蒲滕佐祖汀芭';
