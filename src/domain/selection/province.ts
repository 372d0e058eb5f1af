/**
 * Province-level regions of China under one id, so that a site recorded as
 * "广东省" and our operation recorded as "Guangdong" are seen as the same province.
 * Users type both languages and both the short and the official forms.
 */
const PROVINCES: readonly { id: string; zh: string; en: readonly string[] }[] = [
  { id: 'beijing', zh: '北京', en: ['beijing'] },
  { id: 'tianjin', zh: '天津', en: ['tianjin'] },
  { id: 'hebei', zh: '河北', en: ['hebei'] },
  { id: 'shanxi', zh: '山西', en: ['shanxi'] },
  { id: 'inner_mongolia', zh: '内蒙古', en: ['inner mongolia', 'nei mongol', 'neimenggu'] },
  { id: 'liaoning', zh: '辽宁', en: ['liaoning'] },
  { id: 'jilin', zh: '吉林', en: ['jilin'] },
  { id: 'heilongjiang', zh: '黑龙江', en: ['heilongjiang'] },
  { id: 'shanghai', zh: '上海', en: ['shanghai'] },
  { id: 'jiangsu', zh: '江苏', en: ['jiangsu'] },
  { id: 'zhejiang', zh: '浙江', en: ['zhejiang'] },
  { id: 'anhui', zh: '安徽', en: ['anhui'] },
  { id: 'fujian', zh: '福建', en: ['fujian'] },
  { id: 'jiangxi', zh: '江西', en: ['jiangxi'] },
  { id: 'shandong', zh: '山东', en: ['shandong'] },
  { id: 'henan', zh: '河南', en: ['henan'] },
  { id: 'hubei', zh: '湖北', en: ['hubei'] },
  { id: 'hunan', zh: '湖南', en: ['hunan'] },
  { id: 'guangdong', zh: '广东', en: ['guangdong'] },
  { id: 'guangxi', zh: '广西', en: ['guangxi'] },
  { id: 'hainan', zh: '海南', en: ['hainan'] },
  { id: 'chongqing', zh: '重庆', en: ['chongqing'] },
  { id: 'sichuan', zh: '四川', en: ['sichuan'] },
  { id: 'guizhou', zh: '贵州', en: ['guizhou'] },
  { id: 'yunnan', zh: '云南', en: ['yunnan'] },
  { id: 'xizang', zh: '西藏', en: ['xizang', 'tibet'] },
  { id: 'shaanxi', zh: '陕西', en: ['shaanxi'] },
  { id: 'gansu', zh: '甘肃', en: ['gansu'] },
  { id: 'qinghai', zh: '青海', en: ['qinghai'] },
  { id: 'ningxia', zh: '宁夏', en: ['ningxia'] },
  { id: 'xinjiang', zh: '新疆', en: ['xinjiang'] },
  { id: 'hong_kong', zh: '香港', en: ['hong kong', 'hongkong'] },
  { id: 'macao', zh: '澳门', en: ['macao', 'macau'] },
  { id: 'taiwan', zh: '台湾', en: ['taiwan'] },
];

// Longest first so that official English forms lose their suffix but "Shanxi" keeps its letters.
const EN_SUFFIXES = [' special administrative region', ' autonomous region', ' municipality', ' province', ' sar', ' shi', ' sheng'];

/** A stable id for a province name in Chinese or English; unknown names keep their own normalised text. */
export function provinceId(name: string): string {
  const text = name.trim().toLowerCase().replace(/\s+/g, ' ');
  // Chinese official names only add suffixes (省, 市, 壮族自治区…) to the short form.
  const byChinese = PROVINCES.find((p) => text.startsWith(p.zh));
  if (byChinese) return byChinese.id;
  const suffix = EN_SUFFIXES.find((s) => text.endsWith(s));
  const bare = suffix ? text.slice(0, -suffix.length) : text;
  return PROVINCES.find((p) => p.en.includes(bare))?.id ?? bare;
}
