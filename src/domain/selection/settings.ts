import { z } from 'zod';
import { type Industry, industries, serviceLines } from '../catalog.ts';

/** A strategic intent an account may be attested to serve (与公司战略意图相匹配). */
export const strategicIntentSchema = z.object({
  id: z.string().min(1),
  name_en: z.string().min(1),
  name_zh: z.string().min(1),
});
export type StrategicIntent = z.infer<typeof strategicIntentSchema>;

/** One place where we operate, and what we run there. */
export const coverageOperationSchema = z.object({
  province: z.string().min(1),
  city: z.string().min(1).optional(),
  lat: z.number().min(-90).max(90),
  lng: z.number().min(-180).max(180),
  serviceLines: z.array(z.enum(serviceLines)).min(1),
});
export type CoverageOperation = z.infer<typeof coverageOperationSchema>;

export const DEFAULT_STRATEGIC_INTENTS: StrategicIntent[] = [
  { id: 'national_warehouse_network', name_en: 'Build a national warehouse network', name_zh: '搭建全国仓配网络' },
  { id: 'apparel_benchmark', name_en: 'Benchmark in apparel', name_zh: '打造服装行业标杆' },
  { id: 'industry_solution', name_en: 'Build an industry solution', name_zh: '形成行业解决方案' },
];

// Hubs of a national logistics operator in the three big economic regions plus the
// central and western gateways; a company replaces this with its own network.
export const DEFAULT_NETWORK_COVERAGE: CoverageOperation[] = [
  {
    province: 'Shanghai',
    city: 'Shanghai',
    lat: 31.2304,
    lng: 121.4737,
    serviceLines: ['express', 'linehaul', 'warehousing', 'last_mile', 'b2c_fulfilment', 'cold_chain', 'customs', 'contract_logistics'],
  },
  { province: 'Jiangsu', city: 'Suzhou', lat: 31.2989, lng: 120.5853, serviceLines: ['warehousing', 'linehaul', 'ltl', 'contract_logistics'] },
  { province: 'Zhejiang', city: 'Hangzhou', lat: 30.2741, lng: 120.1551, serviceLines: ['express', 'warehousing', 'b2c_fulfilment', 'last_mile'] },
  {
    province: 'Guangdong',
    city: 'Guangzhou',
    lat: 23.1291,
    lng: 113.2644,
    serviceLines: ['express', 'linehaul', 'warehousing', 'last_mile', 'b2c_fulfilment', 'customs'],
  },
  { province: 'Guangdong', city: 'Shenzhen', lat: 22.5431, lng: 114.0579, serviceLines: ['express', 'warehousing', 'cold_chain', 'customs'] },
  { province: 'Guangdong', city: 'Dongguan', lat: 23.0207, lng: 113.7518, serviceLines: ['warehousing', 'linehaul', 'ltl', 'contract_logistics'] },
  { province: 'Beijing', city: 'Beijing', lat: 39.9042, lng: 116.4074, serviceLines: ['express', 'linehaul', 'warehousing', 'last_mile', 'cold_chain'] },
  { province: 'Tianjin', city: 'Tianjin', lat: 39.3434, lng: 117.3616, serviceLines: ['linehaul', 'ltl', 'warehousing', 'customs'] },
  { province: 'Hubei', city: 'Wuhan', lat: 30.5928, lng: 114.3055, serviceLines: ['linehaul', 'ltl', 'warehousing', 'contract_logistics'] },
  { province: 'Sichuan', city: 'Chengdu', lat: 30.5728, lng: 104.0668, serviceLines: ['linehaul', 'warehousing', 'last_mile', 'cold_chain'] },
];

export const DEFAULT_SERVICE_RADIUS_KM = 150;

export const POOL_REVIEW_CADENCES = ['monthly', 'quarterly', 'half_yearly', 'yearly'] as const;
export type PoolReviewCadence = (typeof POOL_REVIEW_CADENCES)[number];

const share = z.number().min(0).max(1);

/** The company settings section for strategic selection (SPEC §1.2–§1.4), every field defaulted. */
export const selectionSettingsSchema = z
  .object({
    /** What "scale" measures: the company chooses revenue or profit (看公司现阶段追求的是什么). */
    scaleBasis: z.enum(['revenue', 'gross_profit']).default('revenue'),
    /** Head customers are the largest accounts making this first share of the total. */
    scaleCutShare: share.default(0.5),
    solutionNeedMinServiceLines: z.int().min(1).default(2),
    strategicIndustries: z.array(z.enum(industries)).default((): Industry[] => ['apparel', 'auto_parts', 'pharma', 'electronics']),
    strategicIntents: z.array(strategicIntentSchema).default(() => DEFAULT_STRATEGIC_INTENTS.map((i) => ({ ...i }))),
    mutualCommitmentWindowMonths: z.int().min(1).max(60).default(12),
    paymentTrap: z
      .object({
        /** Collection cycle strictly above this many days is a trap (压款). */
        maxCollectionDays: z.number().min(0).default(90),
        /** Overdue receivables strictly above this share are a trap. */
        maxOverdueShare: share.default(0.2),
      })
      .prefault({}),
    strategicPoolMax: z.int().min(1).default(30),
    poolReviewCadence: z.enum(POOL_REVIEW_CADENCES).default('quarterly'),
    /** A site within this distance of one of our operations is served even across a province border. */
    serviceRadiusKm: z.number().min(0).default(DEFAULT_SERVICE_RADIUS_KM),
    networkCoverage: z.array(coverageOperationSchema).default(() => DEFAULT_NETWORK_COVERAGE.map((o) => ({ ...o, serviceLines: [...o.serviceLines] }))),
  })
  .prefault({});

export type SelectionSettings = z.infer<typeof selectionSettingsSchema>;
export type PaymentTrapSettings = SelectionSettings['paymentTrap'];

export const defaultSelectionSettings: SelectionSettings = selectionSettingsSchema.parse(undefined);
