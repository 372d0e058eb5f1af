import { account, deal, type StoryContext } from '../story-kit.ts';

/**
 * 复制: Seastar's omni-channel solution offered to a look-alike apparel account lower on
 * the ladder, with the benchmark's case as proof, so the scorecard shows a benchmark
 * being replicated and not only a list of targets.
 */
export async function replicationStory(ctx: StoryContext): Promise<void> {
  const { ownerKey } = account(ctx, 'jialing');
  await deal(ctx, 'jialing', {
    name: 'One inventory for the Chongqing stores and online',
    nameZh: '重庆门店与线上一盘货',
    kind: 'solution',
    stage: 'needs_discovery',
    value: 9_000_000,
    serviceLines: ['warehousing', 'b2c_fulfilment'],
    stageChangedDaysAgo: 24,
    closeInDays: 120,
    createdDaysAgo: 40,
    signals: [
      ['new_business_initiative', 38, undefined, 'Opening an online flagship store / 开设线上旗舰店'],
      ['formed_project_team', 30],
      ['set_selection_criteria', 24, undefined, 'One stock for stores and online, like Seastar / 像海星一样，门店与线上共用一盘货'],
    ],
    actions: [
      ['discovery_call', 36, 'problem_discovery'],
      ['reference_call', 22, 'needs_definition', "Call with Seastar's logistics director / 与海星物流总监通话"],
    ],
    team: [
      [ownerKey, 'sales'],
      ['solution', 'solution'],
    ],
    proofs: [['seastarCase', 22]],
  });
}
