/**
 * Chinese surnames (hand-kept data): the common single-character ones (the Ministry of Public Security's
 * frequency lists and 百家姓) and the compound ones. Shared by the person_name detector's labelled patterns
 * and the free-text recogniser.
 */
export const SINGLE_SURNAMES: readonly string[] = [...new Set('王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐许邓韩冯曹彭曾萧肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖石金韦贾夏付傅方邹熊白孟秦邱侯江尹薛闫阎段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严莫孔向常汤康易乔赖文施洪辛柯庄樊殷牛兰葛童芦齐倪瞿单申伍欧关翟左耿聂涂游华包尤温季祝邢靳谷安岳焦鲁颜舒梅鲍甘柳俞章虞花蓝卜纪景宁卓凌霍裴晏房祁滕郁艾诸成管席娄穆秋缪仇骆车桂项邬苗解时柴宗路麦阮池廉冉蒲毕褚卫沙连查边云冷竺丘喻符权鄢屈饶凤揭刁巫栾燕简蔺明习全宣戚鞠计伏隋商匡佟奚荣巩封练苟姬糜钮闵晋郎卞臧盛闻詹阙慕寇阳敖衣帅尚桑岑禹雍谈邝蓬戈晁荆幸战续官丛都洛农黄盘蒙粟利米井仲宫钦冀戎祖满杭楚厉庞甄储凡浦蔚夔隆佘谌党翁邸暴费孙郜乐於司胥寿习')];

/** Compound surnames come first when matching, so that 欧阳娜娜 is 欧阳 + 娜娜, not 欧 + 阳娜. */
export const COMPOUND_SURNAMES: readonly string[] = ['欧阳', '司马', '诸葛', '上官', '东方', '慕容', '皇甫', '尉迟', '公孙', '长孙', '宇文', '司徒', '令狐', '夏侯', '端木',
  '轩辕', '独孤', '南宫', '西门', '百里', '呼延', '澹台', '公冶', '太史', '申屠', '万俟', '闻人', '钟离', '拓跋', '赫连',
];
