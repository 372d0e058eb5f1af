import { eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { regions } from '../../db/schema/index.ts';
import { hashPassword } from '../../server/auth/password.ts';
import { makeDepartment, makeRegion, makeUser } from '../factories/index.ts';
import type { RegionCode } from './cities.ts';
import { DEMO_PASSWORD, DEMO_USERS, type DepartmentCode } from './logins.ts';

type Region = Awaited<ReturnType<typeof makeRegion>>;
type Department = Awaited<ReturnType<typeof makeDepartment>>;
type User = Awaited<ReturnType<typeof makeUser>>;

export interface DemoPeople {
  regions: Record<RegionCode, Region>;
  departments: Record<DepartmentCode, Department>;
  /** By key: `ceo`, `manager.east`, `rep.east1`, `solution`… */
  users: Record<string, User>;
  user(key: string): User;
  repsOf(region: RegionCode): User[];
}

const REGIONS: { code: RegionCode; nameEn: string; nameZh: string; provinces: string[]; marketStage: string }[] = [
  {
    code: 'east',
    nameEn: 'East China',
    nameZh: '华东',
    provinces: ['Shanghai', 'Jiangsu', 'Zhejiang', 'Anhui', 'Fujian', 'Jiangxi', 'Shandong'],
    marketStage: 'late',
  },
  { code: 'south', nameEn: 'South China', nameZh: '华南', provinces: ['Guangdong', 'Guangxi', 'Hainan'], marketStage: 'late' },
  {
    code: 'north',
    nameEn: 'North China',
    nameZh: '华北',
    provinces: ['Beijing', 'Tianjin', 'Hebei', 'Shanxi', 'Inner Mongolia', 'Liaoning', 'Jilin', 'Heilongjiang'],
    marketStage: 'mid',
  },
  {
    code: 'west',
    nameEn: 'Central & West China',
    nameZh: '华中西部',
    provinces: [
      'Henan',
      'Hubei',
      'Hunan',
      'Chongqing',
      'Sichuan',
      'Guizhou',
      'Yunnan',
      'Shaanxi',
      'Gansu',
      'Qinghai',
      'Ningxia',
      'Xinjiang',
      'Xizang',
    ],
    marketStage: 'early',
  },
];

// One department per kind of the catalogue, so every support request has somewhere to go.
const DEPARTMENTS: { code: DepartmentCode; kind: string; nameEn: string; nameZh: string }[] = [
  { code: 'key_accounts', kind: 'sales', nameEn: 'Key Accounts', nameZh: '大客户部' },
  { code: 'solution_design', kind: 'solution_design', nameEn: 'Solution Design', nameZh: '解决方案部' },
  { code: 'pricing', kind: 'pricing', nameEn: 'Pricing', nameZh: '定价中心' },
  { code: 'it', kind: 'it_integration', nameEn: 'IT Integration', nameZh: '信息技术部' },
  { code: 'operations', kind: 'operations', nameEn: 'Operations', nameZh: '运营中心' },
  { code: 'legal', kind: 'legal', nameEn: 'Legal', nameZh: '法务部' },
  { code: 'finance', kind: 'finance', nameEn: 'Finance', nameZh: '财务部' },
  { code: 'executive_office', kind: 'executive', nameEn: 'Executive Office', nameZh: '总裁办' },
  { code: 'delivery', kind: 'delivery', nameEn: 'Delivery & Implementation', nameZh: '交付实施部' },
];

/**
 * The demo password's hash, computed once before the transaction opens: the password
 * is public, so one salt for every demo user costs nothing, while scrypt per user
 * would add seconds to the first start.
 */
export async function hashDemoPassword(): Promise<string> {
  return hashPassword(DEMO_PASSWORD);
}

/** Regions, departments and users of Abreast Logistics / 并肩物流. */
export async function loadPeople(tx: Tx, passwordHash: string): Promise<DemoPeople> {
  const regionRows = {} as Record<RegionCode, Region>;
  for (const r of REGIONS) regionRows[r.code] = await makeRegion(tx, r);
  const departmentRows = {} as Record<DepartmentCode, Department>;
  for (const d of DEPARTMENTS) departmentRows[d.code] = await makeDepartment(tx, d);

  const users: Record<string, User> = {};
  for (const spec of DEMO_USERS) {
    users[spec.key] = await makeUser(tx, {
      email: spec.email,
      name: spec.name,
      nameZh: spec.nameZh,
      role: spec.role,
      title: spec.title,
      departmentId: departmentRows[spec.department].id,
      regionId: spec.region ? regionRows[spec.region].id : null,
      // Supervisors come before their people in DEMO_USERS.
      supervisorId: spec.supervisor ? (users[spec.supervisor]?.id ?? null) : null,
      salesTrained: spec.salesTrained ?? false,
      locale: spec.locale ?? 'en',
      passwordHash,
    });
  }
  for (const r of REGIONS) {
    const managerId = users[`manager.${r.code}`]?.id;
    if (managerId) await tx.update(regions).set({ managerId }).where(eq(regions.id, regionRows[r.code].id));
  }

  const user = (key: string): User => {
    const found = users[key];
    if (!found) throw new Error(`no demo user ${key}`);
    return found;
  };
  const repsOf = (region: RegionCode) => DEMO_USERS.filter((s) => s.role === 'rep' && s.region === region).map((s) => user(s.key));
  return { regions: regionRows, departments: departmentRows, users, user, repsOf };
}
