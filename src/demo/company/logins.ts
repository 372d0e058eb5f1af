import type { UserRole } from '../../domain/catalog.ts';
import type { RegionCode } from './cities.ts';

/** Every demo user signs in with this password (printed by the server on first start). */
export const DEMO_PASSWORD = 'abreast-demo';

export type DepartmentCode =
  | 'key_accounts'
  | 'solution_design'
  | 'pricing'
  | 'it'
  | 'operations'
  | 'legal'
  | 'finance'
  | 'executive_office'
  | 'delivery';

export interface DemoUserSpec {
  key: string;
  email: string;
  role: UserRole;
  name: string;
  nameZh: string;
  title: string;
  titleZh: string;
  department: DepartmentCode;
  region?: RegionCode;
  supervisor?: string;
  salesTrained?: boolean;
  locale?: 'en' | 'zh-CN';
}

const u = (spec: Omit<DemoUserSpec, 'email'>): DemoUserSpec => ({ ...spec, email: `${spec.key}@abreast.demo` });

const rep = (key: string, region: RegionCode, name: string, nameZh: string): DemoUserSpec =>
  u({
    key,
    role: 'rep',
    name,
    nameZh,
    title: 'Key Account Manager',
    titleZh: '大客户经理',
    department: 'key_accounts',
    region,
    supervisor: `manager.${region}`,
  });

const manager = (region: RegionCode, name: string, nameZh: string, area: string, areaZh: string): DemoUserSpec =>
  u({
    key: `manager.${region}`,
    role: 'manager',
    name,
    nameZh,
    title: `Sales Director, ${area}`,
    titleZh: `${areaZh}销售总监`,
    department: 'key_accounts',
    region,
    supervisor: 'cco',
    salesTrained: true,
  });

const staff = (key: string, department: DepartmentCode, name: string, nameZh: string, title: string, titleZh: string) =>
  u({ key, role: 'staff', name, nameZh, title, titleZh, department, supervisor: 'coo' });

/** The people of Abreast Logistics / 并肩物流. */
export const DEMO_USERS: readonly DemoUserSpec[] = [
  u({
    key: 'admin',
    role: 'admin',
    name: 'Demo Administrator',
    nameZh: '系统管理员',
    title: 'System Administrator',
    titleZh: '系统管理员',
    department: 'it',
  }),
  u({
    key: 'ceo',
    role: 'executive',
    name: 'Zhou Ming',
    nameZh: '周明',
    title: 'Chief Executive Officer',
    titleZh: '首席执行官',
    department: 'executive_office',
    salesTrained: true,
    locale: 'zh-CN',
  }),
  u({
    key: 'cco',
    role: 'executive',
    name: 'Lin Xiaowen',
    nameZh: '林晓雯',
    title: 'Chief Commercial Officer',
    titleZh: '首席商务官',
    department: 'executive_office',
    supervisor: 'ceo',
    salesTrained: true,
  }),
  // Operations-minded executive without sales training: the pairing rule flags him.
  u({
    key: 'coo',
    role: 'executive',
    name: 'Guo Dahai',
    nameZh: '郭大海',
    title: 'Chief Operating Officer',
    titleZh: '首席运营官',
    department: 'executive_office',
    supervisor: 'ceo',
    salesTrained: false,
  }),
  manager('east', 'Song Jianguo', '宋建国', 'East China', '华东'),
  manager('south', 'Liang Meiling', '梁美玲', 'South China', '华南'),
  manager('north', 'Han Tao', '韩涛', 'North China', '华北'),
  manager('west', 'Peng Yu', '彭宇', 'Central & West China', '华中西部'),
  rep('rep.east1', 'east', 'Chen Jie', '陈杰'),
  rep('rep.east2', 'east', 'Wang Lei', '王磊'),
  rep('rep.east3', 'east', 'Sun Yue', '孙悦'),
  rep('rep.south1', 'south', 'Liu Fang', '刘芳'),
  rep('rep.south2', 'south', 'Huang Wei', '黄伟'),
  rep('rep.south3', 'south', 'Zhang Min', '张敏'),
  rep('rep.north1', 'north', 'Zhao Gang', '赵刚'),
  rep('rep.north2', 'north', 'Li Na', '李娜'),
  rep('rep.west1', 'west', 'Yang Fan', '杨帆'),
  rep('rep.west2', 'west', 'Xu Ting', '徐婷'),
  staff('solution', 'solution_design', 'Jiang Wen', '蒋文', 'Solution Architect', '解决方案架构师'),
  staff('solution2', 'solution_design', 'Ou Yang', '欧阳', 'Solution Consultant', '解决方案顾问'),
  staff('delivery', 'delivery', 'Fu Qiang', '付强', 'Delivery Manager', '交付经理'),
  staff('ops', 'operations', 'Dong Li', '董力', 'Operations Director', '运营总监'),
  staff('pricing', 'pricing', 'Xie Yun', '谢云', 'Pricing Manager', '定价经理'),
  staff('it', 'it', 'Cui Hang', '崔航', 'Integration Engineer', '系统对接工程师'),
  staff('legal', 'legal', 'Wei Ran', '魏然', 'Legal Counsel', '法务顾问'),
  staff('finance', 'finance', 'Shao Qin', '邵琴', 'Finance Business Partner', '财务业务伙伴'),
];

/** The demo's sign-ins, for the server to print on first start. */
export const demoLogins: readonly { email: string; role: UserRole; name: string }[] = DEMO_USERS.map(({ email, role, name }) => ({
  email,
  role,
  name,
}));
