// Real city centres (WGS84), so that serviceability and distances in the demo mean something.

export type RegionCode = 'east' | 'south' | 'north' | 'west';

export interface City {
  province: string;
  city: string;
  cityZh: string;
  region: RegionCode;
  lat: number;
  lng: number;
}

const c = (province: string, city: string, cityZh: string, region: RegionCode, lat: number, lng: number): City => ({
  province,
  city,
  cityZh,
  region,
  lat,
  lng,
});

export const CITIES = {
  shanghai: c('Shanghai', 'Shanghai', '上海', 'east', 31.2304, 121.4737),
  hangzhou: c('Zhejiang', 'Hangzhou', '杭州', 'east', 30.2741, 120.1551),
  ningbo: c('Zhejiang', 'Ningbo', '宁波', 'east', 29.8683, 121.544),
  wenzhou: c('Zhejiang', 'Wenzhou', '温州', 'east', 27.9943, 120.6994),
  yiwu: c('Zhejiang', 'Yiwu', '义乌', 'east', 29.3069, 120.0751),
  suzhou: c('Jiangsu', 'Suzhou', '苏州', 'east', 31.2989, 120.5853),
  kunshan: c('Jiangsu', 'Kunshan', '昆山', 'east', 31.3856, 120.9807),
  nanjing: c('Jiangsu', 'Nanjing', '南京', 'east', 32.0603, 118.7969),
  wuxi: c('Jiangsu', 'Wuxi', '无锡', 'east', 31.4912, 120.3119),
  changzhou: c('Jiangsu', 'Changzhou', '常州', 'east', 31.8107, 119.974),
  hefei: c('Anhui', 'Hefei', '合肥', 'east', 31.8206, 117.2272),
  xiamen: c('Fujian', 'Xiamen', '厦门', 'east', 24.4798, 118.0894),
  fuzhou: c('Fujian', 'Fuzhou', '福州', 'east', 26.0745, 119.2965),
  quanzhou: c('Fujian', 'Quanzhou', '泉州', 'east', 24.8741, 118.6757),
  jinan: c('Shandong', 'Jinan', '济南', 'east', 36.6512, 117.1201),
  qingdao: c('Shandong', 'Qingdao', '青岛', 'east', 36.0671, 120.3826),
  nanchang: c('Jiangxi', 'Nanchang', '南昌', 'east', 28.682, 115.8579),
  guangzhou: c('Guangdong', 'Guangzhou', '广州', 'south', 23.1291, 113.2644),
  shenzhen: c('Guangdong', 'Shenzhen', '深圳', 'south', 22.5431, 114.0579),
  dongguan: c('Guangdong', 'Dongguan', '东莞', 'south', 23.0207, 113.7518),
  foshan: c('Guangdong', 'Foshan', '佛山', 'south', 23.0215, 113.1214),
  zhuhai: c('Guangdong', 'Zhuhai', '珠海', 'south', 22.271, 113.5767),
  zhongshan: c('Guangdong', 'Zhongshan', '中山', 'south', 22.5176, 113.3928),
  huizhou: c('Guangdong', 'Huizhou', '惠州', 'south', 23.1115, 114.4152),
  nanning: c('Guangxi', 'Nanning', '南宁', 'south', 22.817, 108.3665),
  haikou: c('Hainan', 'Haikou', '海口', 'south', 20.044, 110.1999),
  beijing: c('Beijing', 'Beijing', '北京', 'north', 39.9042, 116.4074),
  tianjin: c('Tianjin', 'Tianjin', '天津', 'north', 39.3434, 117.3616),
  shijiazhuang: c('Hebei', 'Shijiazhuang', '石家庄', 'north', 38.0428, 114.5149),
  baoding: c('Hebei', 'Baoding', '保定', 'north', 38.8739, 115.4646),
  taiyuan: c('Shanxi', 'Taiyuan', '太原', 'north', 37.8706, 112.5489),
  shenyang: c('Liaoning', 'Shenyang', '沈阳', 'north', 41.8057, 123.4315),
  dalian: c('Liaoning', 'Dalian', '大连', 'north', 38.914, 121.6147),
  changchun: c('Jilin', 'Changchun', '长春', 'north', 43.8171, 125.3235),
  harbin: c('Heilongjiang', 'Harbin', '哈尔滨', 'north', 45.8038, 126.535),
  wuhan: c('Hubei', 'Wuhan', '武汉', 'west', 30.5928, 114.3055),
  xiangyang: c('Hubei', 'Xiangyang', '襄阳', 'west', 32.009, 112.1225),
  shiyan: c('Hubei', 'Shiyan', '十堰', 'west', 32.6292, 110.798),
  changsha: c('Hunan', 'Changsha', '长沙', 'west', 28.2282, 112.9388),
  zhengzhou: c('Henan', 'Zhengzhou', '郑州', 'west', 34.7466, 113.6254),
  chengdu: c('Sichuan', 'Chengdu', '成都', 'west', 30.5728, 104.0668),
  chongqing: c('Chongqing', 'Chongqing', '重庆', 'west', 29.563, 106.5516),
  xian: c('Shaanxi', "Xi'an", '西安', 'west', 34.3416, 108.9398),
  guiyang: c('Guizhou', 'Guiyang', '贵阳', 'west', 26.647, 106.6302),
  kunming: c('Yunnan', 'Kunming', '昆明', 'west', 25.0389, 102.7183),
  dali: c('Yunnan', 'Dali', '大理', 'west', 25.6065, 100.2676),
  urumqi: c('Xinjiang', 'Urumqi', '乌鲁木齐', 'west', 43.8256, 87.6168),
  kashgar: c('Xinjiang', 'Kashgar', '喀什', 'west', 39.4704, 75.9898),
  lhasa: c('Xizang', 'Lhasa', '拉萨', 'west', 29.652, 91.1721),
} as const satisfies Record<string, City>;

export type CityKey = keyof typeof CITIES;

/** A second city nearby for a plant or warehouse, inside the same region. */
export const NEIGHBOUR: Partial<Record<CityKey, CityKey>> = {
  shanghai: 'kunshan',
  hangzhou: 'yiwu',
  ningbo: 'hangzhou',
  suzhou: 'wuxi',
  nanjing: 'changzhou',
  wuxi: 'suzhou',
  xiamen: 'quanzhou',
  jinan: 'qingdao',
  guangzhou: 'foshan',
  shenzhen: 'dongguan',
  dongguan: 'huizhou',
  foshan: 'guangzhou',
  zhuhai: 'zhongshan',
  beijing: 'tianjin',
  tianjin: 'beijing',
  shenyang: 'dalian',
  changchun: 'shenyang',
  wuhan: 'xiangyang',
  changsha: 'wuhan',
  zhengzhou: 'wuhan',
  chengdu: 'chongqing',
  chongqing: 'chengdu',
  xian: 'zhengzhou',
  guiyang: 'chongqing',
};
