import { deal, type StoryContext } from '../story-kit.ts';

/**
 * Deals we lost, each with the reason the team recorded: the incumbent of seed 001
 * before its procurement chief opened the door to two or three suppliers, and an
 * e-commerce seller that left for the platform's own warehouses.
 */
export async function lostDealStories(ctx: StoryContext): Promise<void> {
  await deal(ctx, 'jianghan', {
    name: 'Chassis parts plant: inbound logistics tender',
    nameZh: '底盘件工厂入厂物流招标',
    kind: 'solution',
    stage: 'solution_proof',
    value: 24_000_000,
    serviceLines: ['contract_logistics', 'warehousing'],
    competitors: ["Hanyang Heng'an Logistics"],
    outcome: 'lost',
    outcomeReason:
      "The incumbent founded by the group's retired vice-president kept the whole plant; we were only the price check. / 集团退休副总创办的现供应商保住了整个工厂，我方只是陪标。",
    stageChangedDaysAgo: 430,
    createdDaysAgo: 560,
    signals: [
      ['requested_solutions', 530],
      ['compared_vendors', 500],
      ['asked_references', 470, undefined, 'Asked for an auto-parts reference we did not have / 要求提供我方没有的汽配案例'],
      ['asked_liability', 465],
    ],
    actions: [
      ['solution_presentation', 515, 'solution_evaluation'],
      ['proof_document_sent', 460, 'risk_evaluation', 'Insurance contract, but no auto-parts reference / 提供了保险合同，但没有汽配案例'],
    ],
    team: [
      ['rep.west1', 'sales'],
      ['solution', 'solution'],
    ],
  });

  await deal(ctx, 'shenzhenbay', {
    name: 'Annual e-commerce fulfilment renewal',
    nameZh: '年度电商履约续约',
    kind: 'standard',
    stage: 'closed',
    value: 11_000_000,
    serviceLines: ['b2c_fulfilment', 'last_mile'],
    competitors: ['Cainiao'],
    outcome: 'lost',
    outcomeReason:
      "They moved their stock into the platform's own warehouses for a lower fee; our service was never the complaint. / 为更低费用将库存转入平台自营仓；我方服务并无投诉。",
    stageChangedDaysAgo: 215,
    createdDaysAgo: 290,
  });
}
