import type { Tx } from '../../db/client.ts';
import { makeProofAsset } from '../factories/index.ts';
import type { DemoPeople } from './people.ts';
import type { DemoAccount } from './portfolio.ts';

export type ProofKey = 'grading' | 'insurance' | 'peak' | 'reference' | 'seastarCase' | 'gsp';
export type ProofLibrary = Record<ProofKey, Awaited<ReturnType<typeof makeProofAsset>>>;

/**
 * The proof that answers a customer's risk evaluation (seed 002: grading standards,
 * insurance contracts, peak-season reports, references, a site visit), plus the
 * benchmark case that Ningbo Seastar lends to other deals.
 */
export async function loadProofLibrary(
  tx: Tx,
  options: { people: DemoPeople; accounts: Record<string, DemoAccount> },
): Promise<ProofLibrary> {
  const { people, accounts } = options;
  const by = people.user('solution').id;
  const seastar = accounts.seastar?.row;
  return {
    grading: await makeProofAsset(tx, {
      kind: 'warehouse_grading',
      title: 'Kunshan DC: Grade-A warehouse certificate',
      titleZh: '昆山配送中心A级仓库等级证书',
      url: 'https://demo.abreast.example/proof/kunshan-grade-a.pdf',
      serviceLines: ['warehousing', 'b2c_fulfilment'],
      regionId: people.regions.east.id,
      description: 'Grade A under the national warehouse grading standard. / 通过国家仓库等级标准A级评定。',
      createdBy: by,
    }),
    insurance: await makeProofAsset(tx, {
      kind: 'insurance',
      title: 'Cargo all-risk insurance, CNY 50 M per event',
      titleZh: '货物综合险保险合同（单次事故保额5000万元）',
      url: 'https://demo.abreast.example/proof/cargo-insurance.pdf',
      serviceLines: ['warehousing', 'linehaul', 'b2c_fulfilment'],
      createdBy: by,
    }),
    peak: await makeProofAsset(tx, {
      kind: 'peak_report',
      title: 'Double 11 operations quality report',
      titleZh: '双11大促运营质量报告',
      url: 'https://demo.abreast.example/proof/double-11-report.pdf',
      industries: ['apparel', 'ecommerce'],
      serviceLines: ['b2c_fulfilment', 'last_mile'],
      description: '2.1 M orders in 72 hours, 99.6 % shipped on time. / 72小时处理210万单，准时发货率99.6%。',
      createdBy: by,
    }),
    reference: await makeProofAsset(tx, {
      kind: 'reference',
      title: 'References from apparel and e-commerce customers',
      titleZh: '服饰及电商客户评价与推荐',
      url: 'https://demo.abreast.example/proof/references.pdf',
      industries: ['apparel', 'ecommerce'],
      createdBy: by,
    }),
    seastarCase: await makeProofAsset(tx, {
      kind: 'benchmark_case',
      title: 'Ningbo Seastar: one inventory for stores and online',
      titleZh: '宁波海星：门店与线上一盘货',
      url: 'https://demo.abreast.example/cases/seastar-omni-channel',
      industries: ['apparel'],
      serviceLines: ['warehousing', 'b2c_fulfilment', 'linehaul'],
      sourceAccountId: seastar?.id ?? null,
      regionId: people.regions.east.id,
      description: 'Stock turns up 35 %, split shipments down 60 %. / 库存周转提升35%，拆单率下降60%。',
      createdBy: by,
    }),
    gsp: await makeProofAsset(tx, {
      kind: 'certificate',
      title: 'GSP certificate for pharmaceutical logistics',
      titleZh: '药品经营质量管理规范（GSP）物流资质',
      url: 'https://demo.abreast.example/proof/gsp.pdf',
      industries: ['pharma'],
      serviceLines: ['cold_chain', 'warehousing'],
      createdBy: by,
    }),
  };
}
