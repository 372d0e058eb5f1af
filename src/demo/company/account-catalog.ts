import type { AccountStatus, Industry, ServiceLine } from '../../domain/catalog.ts';
import type { CityKey } from './cities.ts';
import type { CarrierKey } from './competitors.ts';

export interface SiteSpec {
  kind: 'hq' | 'branch' | 'plant' | 'warehouse' | 'dc' | 'store';
  city: CityKey;
  name: string;
  nameZh: string;
}

export interface CompetitorSpec {
  carrier: CarrierKey;
  share: number;
  serviceLines: ServiceLine[];
  notes?: string;
  /** When we first recorded this competitor at the account; a recent record is competitor activity. */
  recordedDaysAgo?: number;
}

/** One customer of the demo portfolio; what it leaves out is filled in by the seeded generator. */
export interface AccountSpec {
  key: string;
  name: string;
  nameZh: string;
  industry: Industry;
  city: CityKey;
  /** A demo user key; by default a rep of the city's region. */
  owner?: string;
  status?: AccountStatus;
  /** Monthly revenue with us at the start of the 24 months, CNY. */
  revenue: number;
  growth?: number;
  recentChange?: { months: number; monthlyRate: number };
  seasonality?: number;
  /** Business with us stopped this many months ago (lost, archived). */
  endedMonthsAgo?: number;
  /** Estimated yearly logistics spend, CNY. */
  wallet: number;
  terms?: number;
  collection?: number;
  overdue?: number;
  customerGrowth?: number | null;
  jointOffice?: boolean;
  coLocated?: boolean;
  description?: string;
  sites?: SiteSpec[];
  services?: Partial<Record<ServiceLine, 'us' | 'nobody' | CarrierKey>>;
  competitors?: CompetitorSpec[];
}

/** The service lines an industry typically buys, most important first. */
export const INDUSTRY_LINES: Record<Industry, ServiceLine[]> = {
  apparel: ['linehaul', 'warehousing', 'b2c_fulfilment', 'express'],
  auto_parts: ['contract_logistics', 'linehaul', 'warehousing', 'ltl'],
  pharma: ['cold_chain', 'warehousing', 'express', 'linehaul'],
  home_appliances: ['linehaul', 'warehousing', 'last_mile', 'ltl'],
  ecommerce: ['b2c_fulfilment', 'last_mile', 'warehousing', 'express'],
  fmcg: ['linehaul', 'ltl', 'warehousing', 'cold_chain'],
  electronics: ['express', 'linehaul', 'customs', 'warehousing'],
};

const M = 1_000_000;

/** The accounts whose stories the demo tells (seeds 000–004), then the rest of the portfolio. */
export const ACCOUNTS: readonly AccountSpec[] = [
  // Seed 002's apparel company A: a head brand moving online, small with us so far.
  {
    key: 'silkroad',
    name: 'Hangzhou Silkroad Apparel Group',
    nameZh: '杭州丝路服饰集团',
    industry: 'apparel',
    city: 'hangzhou',
    owner: 'rep.east1',
    revenue: 0.55 * M,
    recentChange: { months: 3, monthlyRate: 0.4 },
    wallet: 180 * M,
    terms: 45,
    collection: 50,
    overdue: 0.04,
    customerGrowth: 0.18,
    description:
      'Head apparel brand with 1,200 stores, opening its own e-commerce channel. / 拥有1200家门店的服饰头部品牌，正在自建电商渠道。',
    sites: [
      { kind: 'hq', city: 'hangzhou', name: 'Group headquarters', nameZh: '集团总部' },
      { kind: 'dc', city: 'yiwu', name: 'Store replenishment DC', nameZh: '门店补货配送中心' },
      { kind: 'plant', city: 'ningbo', name: 'Knitwear plant', nameZh: '针织工厂' },
    ],
    services: { linehaul: 'us', b2c_fulfilment: 'us', last_mile: 'jd', express: 'zto', warehousing: 'deppon' },
    competitors: [
      { carrier: 'deppon', share: 0.45, serviceLines: ['linehaul', 'warehousing'], notes: 'Runs store replenishment. / 承接门店补货。' },
      {
        carrier: 'jd',
        share: 0.15,
        serviceLines: ['b2c_fulfilment', 'last_mile'],
        notes: 'Also shortlisted for the online channel. / 同样入围线上渠道物流服务商。',
      },
      { carrier: 'zto', share: 0.1, serviceLines: ['express'] },
    ],
  },
  // The apparel benchmark: level 1, joint office, all three benchmark scores high.
  {
    key: 'seastar',
    name: 'Ningbo Seastar Apparel Co.',
    nameZh: '宁波海星服饰股份',
    industry: 'apparel',
    city: 'ningbo',
    owner: 'rep.east1',
    revenue: 7.2 * M,
    growth: 0.011,
    wallet: 125 * M,
    terms: 30,
    collection: 32,
    overdue: 0.01,
    customerGrowth: 0.12,
    jointOffice: true,
    coLocated: true,
    description: 'Omni-channel menswear brand; all its logistics run through us. / 全渠道男装品牌，物流全部交由我方承接。',
    sites: [
      { kind: 'hq', city: 'ningbo', name: 'Headquarters', nameZh: '总部' },
      { kind: 'warehouse', city: 'hangzhou', name: 'Omni-channel warehouse', nameZh: '全渠道仓' },
      { kind: 'plant', city: 'wenzhou', name: 'Tailoring plant', nameZh: '成衣工厂' },
      { kind: 'dc', city: 'guangzhou', name: 'South China DC', nameZh: '华南分仓' },
    ],
    services: { warehousing: 'us', b2c_fulfilment: 'us', linehaul: 'us', last_mile: 'us', express: 'sf' },
    competitors: [{ carrier: 'sf', share: 0.08, serviceLines: ['express'], notes: 'Same-day VIP orders only. / 仅承接VIP当日达订单。' }],
  },
  {
    key: 'oriental',
    name: 'Shanghai Oriental Cloud Commerce',
    nameZh: '上海东方云商',
    industry: 'ecommerce',
    city: 'shanghai',
    owner: 'rep.east2',
    revenue: 11 * M,
    growth: 0.015,
    wallet: 420 * M,
    terms: 30,
    collection: 38,
    overdue: 0.03,
    customerGrowth: 0.25,
    description: 'Top-ten online marketplace building a national multi-warehouse network. / 国内十强电商平台，正在搭建全国分仓网络。',
    sites: [
      { kind: 'hq', city: 'shanghai', name: 'Headquarters', nameZh: '总部' },
      { kind: 'dc', city: 'kunshan', name: 'East China DC', nameZh: '华东中心仓' },
      { kind: 'dc', city: 'guangzhou', name: 'South China DC', nameZh: '华南中心仓' },
      { kind: 'dc', city: 'tianjin', name: 'North China DC', nameZh: '华北中心仓' },
      { kind: 'dc', city: 'chengdu', name: 'Southwest DC', nameZh: '西南中心仓' },
    ],
    services: { b2c_fulfilment: 'us', warehousing: 'us', linehaul: 'us', last_mile: 'jd', express: 'sf', cold_chain: 'nobody' },
    competitors: [
      { carrier: 'jd', share: 0.3, serviceLines: ['last_mile'] },
      { carrier: 'sf', share: 0.15, serviceLines: ['express'] },
    ],
  },
  {
    key: 'evergreen',
    name: 'Suzhou Evergreen Electronics Manufacturing',
    nameZh: '苏州常青电子制造',
    industry: 'electronics',
    city: 'suzhou',
    owner: 'rep.east3',
    revenue: 8.6 * M,
    growth: 0.004,
    wallet: 260 * M,
    terms: 60,
    collection: 62,
    overdue: 0.05,
    customerGrowth: 0.06,
    sites: [
      { kind: 'hq', city: 'suzhou', name: 'Headquarters and plant 1', nameZh: '总部及一厂' },
      { kind: 'plant', city: 'kunshan', name: 'Plant 2', nameZh: '二厂' },
      { kind: 'warehouse', city: 'wuxi', name: 'Parts warehouse', nameZh: '零部件仓' },
      { kind: 'plant', city: 'dongguan', name: 'South China assembly plant', nameZh: '华南组装厂' },
    ],
    services: { contract_logistics: 'us', linehaul: 'us', warehousing: 'us', customs: 'kerry', express: 'sf' },
    competitors: [
      { carrier: 'kerry', share: 0.2, serviceLines: ['customs'] },
      { carrier: 'sf', share: 0.1, serviceLines: ['express'] },
    ],
  },
  // The payment trap (压款的陷阱): an offline-channel distributor that pays in four months.
  {
    key: 'qilu',
    name: 'Jinan Qilu Home Appliances',
    nameZh: '济南齐鲁家电',
    industry: 'home_appliances',
    city: 'jinan',
    owner: 'rep.east2',
    revenue: 2.1 * M,
    growth: 0.006,
    wallet: 60 * M,
    terms: 60,
    collection: 120,
    overdue: 0.15,
    customerGrowth: -0.03,
    description: 'Sells through offline distributors; collection takes about four months. / 以线下经销为主，回款周期约四个月。',
    services: { linehaul: 'us', ltl: 'us', warehousing: 'annto' },
    competitors: [{ carrier: 'annto', share: 0.4, serviceLines: ['warehousing', 'last_mile'] }],
  },
  // Revenue down by a quarter, key contact gone, a competitor bidding: dangerous.
  {
    key: 'brightway',
    name: 'Shenzhen Brightway Electronics',
    nameZh: '深圳明途电子',
    industry: 'electronics',
    city: 'shenzhen',
    owner: 'rep.south1',
    revenue: 10 * M,
    recentChange: { months: 8, monthlyRate: -0.1 },
    seasonality: 0,
    wallet: 200 * M,
    terms: 45,
    collection: 58,
    overdue: 0.12,
    customerGrowth: 0.04,
    sites: [
      { kind: 'hq', city: 'shenzhen', name: 'Headquarters', nameZh: '总部' },
      { kind: 'plant', city: 'dongguan', name: 'Display plant', nameZh: '显示屏工厂' },
      { kind: 'plant', city: 'huizhou', name: 'Battery plant', nameZh: '电池工厂' },
    ],
    services: { express: 'us', linehaul: 'jd', warehousing: 'us', customs: 'dhl' },
    competitors: [
      {
        carrier: 'jd',
        share: 0.35,
        serviceLines: ['linehaul', 'warehousing'],
        notes: 'Bidding hard since the new logistics director arrived. / 新物流总监到任后积极投标。',
        recordedDaysAgo: 38,
      },
      { carrier: 'dhl', share: 0.1, serviceLines: ['customs'] },
    ],
  },
  // Head account with an executive pairing nobody keeps, and no account team.
  {
    key: 'pearlriver',
    name: 'Guangzhou Pearl River Home Appliances',
    nameZh: '广州珠江家电',
    industry: 'home_appliances',
    city: 'guangzhou',
    owner: 'rep.south2',
    revenue: 7.6 * M,
    growth: -0.002,
    wallet: 240 * M,
    terms: 45,
    collection: 50,
    overdue: 0.06,
    customerGrowth: 0.05,
    sites: [
      { kind: 'hq', city: 'guangzhou', name: 'Headquarters', nameZh: '总部' },
      { kind: 'plant', city: 'foshan', name: 'Air-conditioner plant', nameZh: '空调工厂' },
      { kind: 'warehouse', city: 'wuhan', name: 'Central China finished-goods warehouse', nameZh: '华中成品仓' },
    ],
    services: { linehaul: 'us', warehousing: 'us', last_mile: 'annto', contract_logistics: 'nobody' },
    competitors: [{ carrier: 'annto', share: 0.35, serviceLines: ['last_mile', 'warehousing'] }],
  },
  // The nail (钉子客户): a huge wallet, a tiny share, stuck for most of a year.
  {
    key: 'midland',
    name: 'Foshan Midland Home Appliances',
    nameZh: '佛山美地家电',
    industry: 'home_appliances',
    city: 'foshan',
    owner: 'rep.south3',
    revenue: 0.15 * M,
    growth: -0.004,
    wallet: 320 * M,
    terms: 60,
    collection: 65,
    overdue: 0.02,
    customerGrowth: 0.09,
    services: { express: 'us', linehaul: 'annto', warehousing: 'annto', last_mile: 'annto' },
    competitors: [
      { carrier: 'annto', share: 0.7, serviceLines: ['linehaul', 'warehousing', 'last_mile'] },
      { carrier: 'deppon', share: 0.15, serviceLines: ['ltl'] },
    ],
  },
  {
    key: 'huakang',
    name: 'Beijing Huakang Pharmaceutical Group',
    nameZh: '北京华康医药集团',
    industry: 'pharma',
    city: 'beijing',
    owner: 'rep.north1',
    revenue: 6.5 * M,
    growth: 0.01,
    wallet: 150 * M,
    terms: 60,
    collection: 70,
    overdue: 0.04,
    customerGrowth: 0.11,
    sites: [
      { kind: 'hq', city: 'beijing', name: 'Headquarters', nameZh: '总部' },
      { kind: 'plant', city: 'shijiazhuang', name: 'Vaccine plant', nameZh: '疫苗工厂' },
      { kind: 'warehouse', city: 'tianjin', name: 'GSP warehouse', nameZh: 'GSP医药仓' },
    ],
    services: { cold_chain: 'us', warehousing: 'us', express: 'sf', linehaul: 'sinotrans' },
    competitors: [
      { carrier: 'sf', share: 0.2, serviceLines: ['express', 'cold_chain'] },
      { carrier: 'sinotrans', share: 0.15, serviceLines: ['linehaul'] },
    ],
  },
  // Big volume, unhappy, and its executives will not meet ours: volume alone is no benchmark.
  {
    key: 'bohai',
    name: 'Tianjin Bohai FMCG Distribution',
    nameZh: '天津渤海快消分销',
    industry: 'fmcg',
    city: 'tianjin',
    owner: 'rep.north2',
    revenue: 7.4 * M,
    wallet: 130 * M,
    terms: 30,
    collection: 41,
    overdue: 0.06,
    customerGrowth: 0.02,
    services: { linehaul: 'us', ltl: 'us', warehousing: 'best', last_mile: 'zto' },
    competitors: [
      { carrier: 'best', share: 0.2, serviceLines: ['warehousing'] },
      { carrier: 'zto', share: 0.1, serviceLines: ['last_mile'] },
    ],
  },
  // Seed 001's auto-parts story: an incumbent founded by the group's retired vice-president.
  {
    key: 'jianghan',
    name: 'Wuhan Jianghan Auto Parts Group',
    nameZh: '武汉江汉汽车零部件集团',
    industry: 'auto_parts',
    city: 'wuhan',
    owner: 'rep.west1',
    revenue: 0.3 * M,
    recentChange: { months: 8, monthlyRate: 0.22 },
    wallet: 90 * M,
    terms: 60,
    collection: 60,
    overdue: 0.02,
    customerGrowth: 0.07,
    sites: [
      { kind: 'hq', city: 'wuhan', name: 'Group headquarters and plant 1', nameZh: '集团总部及一厂' },
      { kind: 'plant', city: 'xiangyang', name: 'Plant 2', nameZh: '二厂' },
      { kind: 'plant', city: 'shiyan', name: 'Chassis parts plant', nameZh: '底盘件工厂' },
    ],
    services: { linehaul: 'us', contract_logistics: 'hengan', warehousing: 'hengan', express: 'deppon' },
    competitors: [
      {
        carrier: 'hengan',
        share: 0.55,
        serviceLines: ['contract_logistics', 'warehousing', 'linehaul'],
        notes:
          "Founded by the group's retired vice-president; runs a small part itself and subcontracts the rest. / 集团退休副总创办；自营一小部分，其余外包。",
      },
      { carrier: 'deppon', share: 0.1, serviceLines: ['express', 'ltl'] },
    ],
  },
  // Overdue share 0.3: the other face of the payment trap.
  {
    key: 'zhongyuan',
    name: 'Zhengzhou Central Plains Foods',
    nameZh: '郑州中原食品',
    industry: 'fmcg',
    city: 'zhengzhou',
    owner: 'rep.west2',
    revenue: 1.4 * M,
    growth: 0.003,
    wallet: 45 * M,
    terms: 30,
    collection: 75,
    overdue: 0.3,
    customerGrowth: -0.05,
    services: { linehaul: 'us', ltl: 'us', cold_chain: 'sf' },
    competitors: [{ carrier: 'sf', share: 0.25, serviceLines: ['cold_chain'] }],
  },
  // Every site far from our network: unserviceable today, Kunming is the way in.
  {
    key: 'tianshan',
    name: 'Urumqi Tianshan Orchards',
    nameZh: '乌鲁木齐天山果业',
    industry: 'fmcg',
    city: 'urumqi',
    owner: 'rep.west2',
    status: 'prospect',
    revenue: 0,
    wallet: 38 * M,
    customerGrowth: 0.15,
    description: 'Dried fruit and nuts from Xinjiang, selling nationwide. / 新疆干果坚果企业，产品销往全国。',
    sites: [
      { kind: 'hq', city: 'urumqi', name: 'Headquarters', nameZh: '总部' },
      { kind: 'plant', city: 'kashgar', name: 'Processing plant', nameZh: '加工厂' },
      { kind: 'warehouse', city: 'lhasa', name: 'Highland warehouse', nameZh: '高原仓' },
      { kind: 'branch', city: 'kunming', name: 'Southwest sales branch', nameZh: '西南销售分公司' },
    ],
    services: { linehaul: 'deppon', express: 'sf', cold_chain: 'nobody' },
    competitors: [
      { carrier: 'deppon', share: 0.5, serviceLines: ['linehaul'] },
      { carrier: 'sf', share: 0.2, serviceLines: ['express'] },
    ],
  },
  // Almost never visited.
  {
    key: 'tianfu',
    name: 'Chengdu Tianfu Pharmaceutical',
    nameZh: '成都天府药业',
    industry: 'pharma',
    city: 'chengdu',
    owner: 'rep.west1',
    revenue: 1.2 * M,
    growth: -0.004,
    wallet: 55 * M,
    services: { cold_chain: 'us', express: 'sf' },
  },
  ...portfolioAccounts(),
];

/** The rest of the portfolio: ordinary accounts around the notable ones. */
function portfolioAccounts(): AccountSpec[] {
  const a = (
    key: string,
    name: string,
    nameZh: string,
    industry: Industry,
    city: CityKey,
    revenue: number,
    wallet: number,
    extra: Partial<AccountSpec> = {},
  ): AccountSpec => ({ key, name, nameZh, industry, city, revenue: revenue * M, wallet: wallet * M, ...extra });
  return [
    a('jinling', 'Nanjing Jinling Pharmaceutical Distribution', '南京金陵医药流通', 'pharma', 'nanjing', 1.17, 40),
    a('taihu', 'Wuxi Taihu Auto Parts', '无锡太湖汽车零部件', 'auto_parts', 'wuxi', 1.04, 35),
    // Sliding since a competitor came in: its story is the rep's dangerous account.
    a('lakeside', 'Hefei Lakeside Home Appliances', '合肥湖畔家电', 'home_appliances', 'hefei', 1.43, 70, {
      recentChange: { months: 4, monthlyRate: -0.12 },
    }),
    a('egret', 'Xiamen Egret Footwear & Apparel', '厦门白鹭鞋服', 'apparel', 'xiamen', 0.91, 30),
    a('harbour', 'Quanzhou Harbour Sportswear', '泉州海港运动服饰', 'apparel', 'quanzhou', 1.69, 65, { growth: 0.012 }),
    a('yiwuglobal', 'Yiwu Global Small Commodities E-commerce', '义乌环球小商品电商', 'ecommerce', 'yiwu', 2.08, 50, { growth: 0.01 }),
    a('bluesea', 'Qingdao Blue Sea Beverages', '青岛蓝海饮料', 'fmcg', 'qingdao', 1.17, 60),
    a('precision', 'Kunshan Precision Connectors', '昆山精密连接器', 'electronics', 'kunshan', 0.78, 25),
    a('dragonmotor', 'Changzhou Dragon Motor Components', '常州龙城汽车电机', 'auto_parts', 'changzhou', 0.65, 28),
    a('minjiang', 'Fuzhou Minjiang Tea & Foods', '福州闽江茶食品', 'fmcg', 'fuzhou', 0, 20, { status: 'prospect' }),
    a('ouhai', 'Wenzhou Ouhai Shoes Online', '温州瓯海鞋业电商', 'ecommerce', 'wenzhou', 0.52, 15, {
      status: 'dormant',
      recentChange: { months: 6, monthlyRate: -0.45 },
    }),
    a('pudongbio', 'Shanghai Pudong Biotech', '上海浦东生物医药', 'pharma', 'shanghai', 1.3, 45, { growth: 0.008 }),
    a('ganjiang', 'Nanchang Ganjiang Electronics', '南昌赣江电子', 'electronics', 'nanchang', 0, 22, { status: 'prospect' }),
    a('westlake', 'Hangzhou West Lake Live-stream Commerce', '杭州西湖直播电商', 'ecommerce', 'hangzhou', 1.04, 40, { growth: 0.03 }),
    a('everbright', 'Dongguan Everbright Electronics Assembly', '东莞永光电子组装', 'electronics', 'dongguan', 1.56, 48),
    a('baiyun', 'Guangzhou Baiyun Cosmetics', '广州白云化妆品', 'fmcg', 'guangzhou', 1.17, 35, { growth: 0.006 }),
    a('nanshan', 'Shenzhen Nanshan Cross-border E-commerce', '深圳南山跨境电商', 'ecommerce', 'shenzhen', 1.95, 80, { growth: 0.014 }),
    a('seabreeze', 'Zhuhai Seabreeze Air Conditioning', '珠海海风空调', 'home_appliances', 'zhuhai', 1.3, 90),
    a('zslighting', 'Zhongshan Lighting Group', '中山灯饰集团', 'electronics', 'zhongshan', 0.65, 20),
    a('eastriver', 'Huizhou Eastriver Batteries', '惠州东江电池', 'auto_parts', 'huizhou', 1.43, 55, { growth: 0.02 }),
    a('greencity', 'Nanning Green City Pharmaceutical', '南宁绿城制药', 'pharma', 'nanning', 0.52, 18),
    a('huacheng', 'Guangzhou Huacheng Auto Parts', '广州花城汽车零部件', 'auto_parts', 'guangzhou', 1.17, 40),
    a('shenzhenbay', 'Shenzhen Bay Fashion Online', '深圳湾时尚电商', 'ecommerce', 'shenzhen', 0.91, 25, {
      status: 'lost',
      endedMonthsAgo: 7,
    }),
    a('tropical', 'Haikou Tropical Fruit Foods', '海口热带果品食品', 'fmcg', 'haikou', 0, 15, { status: 'prospect' }),
    a('shunde', 'Foshan Shunde Kitchenware', '佛山顺德厨具', 'home_appliances', 'foshan', 0.78, 26),
    a('jinghua', 'Beijing Capital Online Mall', '北京京华在线商城', 'ecommerce', 'beijing', 1.82, 75, { growth: 0.009 }),
    a('yanzhao', 'Shijiazhuang Yanzhao Pharmaceutical', '石家庄燕赵药业', 'pharma', 'shijiazhuang', 0.91, 30),
    a('heavyparts', 'Shenyang Northeast Heavy Auto Parts', '沈阳东北重型汽车配件', 'auto_parts', 'shenyang', 1.04, 36, { growth: -0.006 }),
    a('bayview', 'Dalian Bayview Seafood', '大连海湾海产食品', 'fmcg', 'dalian', 0.78, 24),
    a('northstar', 'Changchun Northstar Auto Components', '长春北辰汽车部件', 'auto_parts', 'changchun', 1.69, 85),
    a('fenhe', 'Taiyuan Fenhe Apparel', '太原汾河服饰', 'apparel', 'taiyuan', 0.39, 10, { status: 'archived', endedMonthsAgo: 15 }),
    a('icecity', 'Harbin Ice City Dairy', '哈尔滨冰城乳业', 'fmcg', 'harbin', 1.17, 42),
    a('binhai', 'Tianjin Binhai Electronics', '天津滨海电子', 'electronics', 'tianjin', 1.04, 33),
    a('zgcdevices', 'Beijing Zhongguancun Smart Devices', '北京中关村智能设备', 'electronics', 'beijing', 0, 30, { status: 'prospect' }),
    a('lianchi', 'Baoding Lianchi Auto Parts', '保定莲池汽车配件', 'auto_parts', 'baoding', 0.65, 20),
    a('mountaincity', 'Chongqing Mountain City Motorcycle Parts', '重庆山城摩配', 'auto_parts', 'chongqing', 0.91, 30),
    a('xiangjiang', 'Changsha Xiangjiang Home Appliances', '长沙湘江家电', 'home_appliances', 'changsha', 1.17, 45),
    a('gudao', "Xi'an Gudao Electronics", '西安古道电子', 'electronics', 'xian', 1.04, 38, { growth: 0.01 }),
    a('opticsvalley', 'Wuhan Optics Valley E-commerce', '武汉光谷电商', 'ecommerce', 'wuhan', 0.78, 30, { growth: 0.02 }),
    a('panda', 'Chengdu Panda Snacks', '成都熊猫零食', 'fmcg', 'chengdu', 1.3, 40, { growth: 0.008 }),
    a('jialing', 'Chongqing Jialing Apparel', '重庆嘉陵服饰', 'apparel', 'chongqing', 0.65, 18),
    a('zhongzhou', 'Zhengzhou Zhongzhou Pharma', '郑州中州医药', 'pharma', 'zhengzhou', 0.91, 28),
    a('bearings', 'Xiangyang Hanjiang Auto Bearings', '襄阳汉江汽车轴承', 'auto_parts', 'xiangyang', 0.78, 24),
    a('starcity', 'Changsha Star City Online', '长沙星城网购', 'ecommerce', 'changsha', 0, 20, { status: 'prospect' }),
    a('qianling', 'Guiyang Qianling Spirits', '贵阳黔灵酒业', 'fmcg', 'guiyang', 1.04, 50, {
      sites: [
        { kind: 'hq', city: 'guiyang', name: 'Headquarters and distillery', nameZh: '总部及酒厂' },
        { kind: 'warehouse', city: 'chengdu', name: 'Southwest finished-goods warehouse', nameZh: '西南成品仓' },
      ],
    }),
    a('eastlake', 'Wuhan East Lake Biopharma', '武汉东湖生物制药', 'pharma', 'wuhan', 1.17, 36, { growth: 0.012 }),
  ];
}
