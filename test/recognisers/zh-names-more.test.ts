import { describe, expect, it } from 'vitest';
import { scanTextSync } from '../../src/engine/scan-text.js';

const names = (text: string) =>
  scanTextSync(text, { showValues: true, fingerprintKey: 't' })
    .findings.filter((f) => f.detector === 'person_name')
    .map((f) => f.value);

describe('Chinese names: foreign names', () => {
  it('takes a name before 的 and kin counted with 一个, 一位 (弗鲁埃拉的一个堂弟)', () => {
    expect(names('并且是阿方索继承人残酷的弗鲁埃拉的一个堂弟。')).toEqual(['弗鲁埃拉']);
    expect(names('他是赫伯特的一位表弟。')).toEqual(['赫伯特']);
    // Roles that a club, a company or a country has too are no cue.
    expect(names('切尔西的支持者在街头庆祝。')).toEqual([]);
    expect(names('巴萨的发言人表示此事仍在调查。')).toEqual([]);
    expect(names('这是伦敦的一位市民。')).toEqual([]);
  });

  it('takes a name that proposes or appeals (提出, 呼吁), but no country or body that does', () => {
    expect(names('维加提出，因为这些东西年代久远，很多人不知道它的历史。')).toEqual(['维加']);
    expect(names('西格尔提出在首都开办一所武术学校。')).toEqual(['西格尔']);
    expect(names('伊朗提出了新的方案。')).toEqual([]);
    expect(names('北约呼吁各方保持克制。')).toEqual([]);
    expect(names('委内瑞拉呼吁各方对话。')).toEqual([]);
    expect(names('哈马斯声称对袭击负责。')).toEqual([]);
  });

  it('takes a whole name of seven characters after a role', () => {
    expect(names('特朗普的妻子梅拉尼亚特朗普自七月以来首次亮相。')).toEqual(['特朗普', '梅拉尼亚特朗普']);
  });

  it('never takes the tail of a longer word for a name (委内瑞拉, 摩根士丹利, 曼彻斯特)', () => {
    expect(names('委内瑞拉表示欢迎。')).toEqual([]);
    expect(names('摩根士丹利的女儿在纽约工作。')).toEqual([]);
    expect(names('曼彻斯特的儿子')).toEqual([]);
    expect(names('新西兰的妻子')).toEqual([]);
  });

  it('takes a name after a title though jieba lists it as a place (普京/ns), but no place after a meeting verb', () => {
    expect(names('俄罗斯总统普京表示欢迎。')).toEqual(['普京']);
    expect(names('他会见了委内瑞拉总统。')).toEqual([]);
    expect(names('一个名为巴西利亚的城市。')).toEqual([]);
  });
});

describe('Chinese names: native names', () => {
  it("takes a name of jieba's dictionary whose given-name characters weigh little", () => {
    expect(names('张伟说，这所学校为爱国将领傅作义创建。')).toEqual(['张伟', '傅作义']);
    expect(names('王晓明回忆，元朝时期陈友谅曾在此称帝。')).toEqual(['王晓明', '陈友谅']);
    expect(names('884年秋，在李克用要求下，朝廷出兵。')).toEqual(['李克用']);
    // Entries of its name list that are places or things are not.
    expect(names('王晓明说，黎巴嫩的经济有所增长。')).toEqual(['王晓明']);
    expect(names('王晓明回忆，叶绿素是植物的色素。')).toEqual(['王晓明']);
    expect(names('王晓明说，他有很强的安全感。')).toEqual(['王晓明']);
  });

  it('takes a name between a verb of appointing and the office (任…为)', () => {
    expect(names('僖宗任李克修为昭义节度使。')).toEqual(['李克修']);
    expect(names('国务院任高新区为试点。')).toEqual([]);
    expect(names('任黄山为名胜。')).toEqual([]);
  });

  it('takes a name the segmenter glued to a one-character cue before it (请夏继泉)', () => {
    expect(names('日本人提出请夏继泉出任山东省省长。')).toEqual(['夏继泉']);
    expect(names('分布于塞席尔群岛及马尔地夫群岛。')).toEqual([]);
  });

  it('a 于 word after a dotted name (基于, 位于) is not the name’s last syllable', () => {
    expect(names('原书由莱斯利·汤玛斯基于慈善家的真实故事创作。')).toEqual(['莱斯利·汤玛斯']);
    // 于 inside a name stays (于尔根·克洛普).
    expect(names('主教练于尔根·克洛普说，球队会努力。')).toEqual(['于尔根·克洛普']);
  });

  it('social media: a star’s new film and fans, a handle in jieba’s name list, and forms of address that are no names', () => {
    expect(names('今天和小明去看了邓超的新电影，太好笑了！')).toEqual(['邓超']);
    expect(names('转发微博 //@李开复:说得好')).toEqual(['李开复']);
    // 阿姨, 叔叔, 哥 after a surname address someone; they are not a given name.
    expect(names('感谢王老师和李阿姨的帮助')).toEqual([]);
    expect(names('我是王哥的粉丝')).toEqual([]);
    // 本人 (in person) and a new series or song right after the name, as posts write them without 的.
    expect(names('今天见到了黄渤本人，超级帅')).toEqual(['黄渤']);
    expect(names('杨幂新剧好好看')).toEqual(['杨幂']);
    expect(names('我本人同意这个方案')).toEqual([]);
  });

  it('a surname and transliteration characters that go on (魏斯|法尔) begin a foreign name, not a Chinese one', () => {
    expect(names('他认为魏斯法尔的判断是正确的。')).toEqual([]);
    expect(names('该岛有一个环绕安娜费雷拉峰的马术中心。')).toEqual([]);
    expect(names('李娜说她会继续比赛。')).toEqual(['李娜']);
  });

  it('common words that jieba tags as names (明白, 阳光, 荣誉) are no names; people of the same frequency are', () => {
    expect(names('他还为她设置了花圃。')).toEqual([]);
    expect(names('在盾的四周是王冠和大鹰。')).toEqual([]);
    expect(names('他说阳光明星都很重要')).toEqual([]);
    expect(names('鲁迅说，希望是本无所谓有。')).toEqual(['鲁迅']);
    // Only the word itself: 王朝阳 is a name.
    expect(names('记者王朝阳报道。')).toEqual(['王朝阳']);
  });

  it('a Latin name glued to traditional-script Chinese takes the same cues as in simplified (與Woods, 与Woods)', () => {
    expect(names('通過電郵與Woods通信，我嘗試著手探究一個字源。')).toEqual(['Woods']);
  });
});

describe('Chinese names: names the dictionaries know', () => {
  it('finds a known name whose given-name characters weigh little, on a line nothing else brings in (李开复, 龚自珍)', () => {
    expect(names('一节课的时间真心感动了李开复感动')).toEqual(['李开复']);
    // Last on its line: the known-name check once read past the end of the text and missed it.
    expect(names('落红不是无情物化作春泥更护花。龚自珍')).toEqual(['龚自珍']);
  });

  it('finds two-character names of film, television and sports people without a cue (邓超, 王菲), not inside words', () => {
    expect(names('转发邓超贴吧微博号外')).toEqual(['邓超']);
    expect(names('王菲的新歌很好听')).toEqual(['王菲']);
    expect(names('今天扩张平台的业务')).toEqual([]);
    expect(names('外面下着毛毛雨')).toEqual([]);
  });

  it('a word that the second dictionary reads as an ordinary one and whose given name looks like none is no name (胡萝卜)', () => {
    expect(names('胡萝卜2根，洗净去皮，切菱形片')).toEqual([]);
    expect(names('毛毛虫过夏天')).toEqual([]);
  });

  it('a repost handle whose given name has one typical name character is a name (@万鹏程), a handle of words is not', () => {
    expect(names('毛毛虫过夏天//@万鹏程//@Omi')).toEqual(['万鹏程']);
    expect(names('转发微博//@王者荣耀:快来玩')).toEqual([]);
    expect(names('//@高兴:哈哈')).toEqual([]);
  });

  it('two-character words jieba tags as names but the second dictionary reads as ordinary ones need a cue (祝福, 温馨, 白云)', () => {
    expect(names('我深深的祝福你：新年快乐！')).toEqual([]);
    expect(names('漫画小店好温馨终于找到')).toEqual([]);
    expect(names('没有华丽的辞藻')).toEqual([]);
    expect(names('蓝天、白云、绿水')).toEqual([]);
    expect(names('记者白云报道，今天天气晴。')).toEqual(['白云']);
    expect(names('白云说今天不来了')).toEqual(['白云']);
  });
});

describe('Chinese names: tables written as text', () => {
  it('takes a surname and given name filling a whole field of a row (pipes or aligned columns)', () => {
    const aligned = '序号  车牌号      车主        联系电话\n1     京N·7H9P2    付国强      13911837264     已警告\n2     京AD28457    秦雪        18600927315     已贴条\n';
    expect(names(aligned)).toEqual(['付国强', '秦雪']);
    expect(names('3875261049183756634 | 2024-05-12 08:30:19 | 老王的店铺 | 王建国 | 17625839104 | 办公椅')).toContain('王建国');
    // A header row's fields (车主, 商品) and ordinary words in a row are not names.
    expect(names('订单编号 | 收货人 | 商品 | 实付金额\n1 | 高级会员 | 黄金 | 99.00\n')).toEqual([]);
  });
});

describe('Chinese names: enumerations', () => {
  it('takes a name whose given name is a word when it goes on a list of accepted names (、)', () => {
    expect(names('参会人员：严冬梅、潘志远、贺晓鹏、沈佳怡、戴明亮')).toContain('戴明亮');
    // Not after a word that is no name.
    expect(names('今天天气明亮、温暖，适合出游。')).toEqual([]);
  });
});
