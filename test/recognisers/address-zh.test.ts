import { describe, expect, it } from 'vitest';
import { recogniseAddressesZh } from '../../src/engine/recognisers/address.js';

/** Chinese addresses in unlabelled text: spans the recogniser finds (src/engine/recognisers/address.ts). */
const spans = (text: string) => recogniseAddressesZh(text).map((r) => text.slice(r.start, r.end));

describe('Chinese addresses in running text', () => {
  it('reads parts separated by single blanks, as order exports write them', () => {
    const row = '3875261049183741127 | 2024-05-11 20:03:51 | 周婷婷 | 15209183746 | 四川省 成都市 武侯区 玉林街道 芳草东街 12号 阳光小区3栋2单元501 | 儿童保温杯';
    expect(spans(row)).toEqual(['四川省 成都市 武侯区 玉林街道 芳草东街 12号 阳光小区3栋2单元501']);
  });

  it('starts after a table bar or a sentence, not in the cell before it', () => {
    expect(spans('赵欣怡 | 13651937028 | 上海市 上海市 浦东新区 张江镇 碧波路 690号 | 无线耳机')).toEqual(['上海市 上海市 浦东新区 张江镇 碧波路 690号']);
    expect(spans('包裹已发出，收件地在 浙江省 杭州市 西湖区 文三路 478号，请注意查收')).toEqual(['浙江省 杭州市 西湖区 文三路 478号']);
  });

  it('takes a compound (号院) and a bare room after the entrance, never a year or a phone number', () => {
    expect(spans('他家在河南省郑州市金水区经三路68号院2号楼3单元402，离公司不远')).toEqual(['河南省郑州市金水区经三路68号院2号楼3单元402']);
    expect(spans('我们在北京市东城区示例街1号2024年搬过来的')).toEqual(['北京市东城区示例街1号']);
    expect(spans('寄到上海市徐汇区漕溪北路398号 13812345678')).toEqual(['上海市徐汇区漕溪北路398号']);
  });

  it('does not join words across two blanks or a number before the parts', () => {
    expect(spans('订单 20240511  北京市朝阳区建国路88号')).toEqual(['北京市朝阳区建国路88号']);
  });
});
