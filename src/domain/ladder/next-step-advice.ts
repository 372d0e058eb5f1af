import { type Judgement, type Reason, reason } from '../reason.ts';
import type { LadderIndicators } from './ladder-indicators.ts';
import { type RelationshipLevel, levelAbove } from './level.ts';
import { type LadderSettings, defaultLadderSettings } from './settings.ts';

/** What moves a relationship up one rung; texts under `actions.<id>` in the ladder i18n files. */
export const LADDER_ACTIONS = [
  'confirm_level_with_customer',
  'add_value_added_services',
  'prepare_industry_solution',
  'learn_customer_industry',
  'offer_industry_solution',
  'bring_back_industry_needs',
  'build_multi_point_contact',
  'extend_service_lines',
  'diagnose_customer_problems',
  'act_as_consultant',
  'change_mindset_up_to_executives',
  'design_customised_solution',
  'name_mover_in_account_plan',
  'talk_customer_growth_not_price',
  'take_over_more_logistics',
  'open_joint_office',
  'keep_partnership_alive',
  'address_dependence_concerns',
] as const;
export type LadderAction = (typeof LADDER_ACTIONS)[number];

export interface NextStepAdvice {
  from: RelationshipLevel | null;
  to: RelationshipLevel | null;
  /** 3 → 2 is the hardest step: from salesman (推销员) to consultant (顾问). */
  hardest: boolean;
  actions: LadderAction[];
}

// The method's own reading of each rung (seed 003): levels 5 and 4 compete on the
// product, 3 on the industry solution, 2 on the customer's problem, 1 on their growth.
const BASE_ACTIONS: Record<RelationshipLevel, LadderAction[]> = {
  5: ['add_value_added_services', 'prepare_industry_solution'],
  4: ['learn_customer_industry', 'offer_industry_solution', 'bring_back_industry_needs'],
  3: ['diagnose_customer_problems', 'act_as_consultant', 'change_mindset_up_to_executives', 'design_customised_solution'],
  2: ['talk_customer_growth_not_price', 'take_over_more_logistics', 'open_joint_office'],
  1: ['keep_partnership_alive', 'address_dependence_concerns'],
};

/** Says what would move the relationship one rung up from its official level. */
export function nextStepAdvice(options: {
  level: RelationshipLevel | null;
  indicators?: LadderIndicators | null;
  /** What the account plan names to move the relationship up (needed at 3 → 2). */
  planMovers?: readonly string[];
  settings?: LadderSettings;
}): Judgement<NextStepAdvice> {
  const settings = options.settings ?? defaultLadderSettings;
  const { level, indicators } = options;
  const reasons: Reason[] = [];

  if (level === null) {
    reasons.push(reason('ladder_next_step', false, { input: null, threshold: 'customer_confirmed' }));
    return { value: { from: null, to: null, hardest: false, actions: ['confirm_level_with_customer'] }, reasons };
  }

  const to = levelAbove(level);
  const hardest = level === 3;
  const actions = [...BASE_ACTIONS[level]];
  reasons.push(reason('ladder_next_step', to !== null, { input: level, threshold: to, params: { hardest } }));

  if (indicators && (level === 4 || level === 3)) {
    // From level 3 on the relationship must run through many people at many levels.
    const multi = indicators.contactMode === 'multi_point';
    reasons.push(reason('ladder_multi_point', multi, { input: indicators.contactMode, threshold: 'multi_point' }));
    if (!multi) actions.unshift('build_multi_point_contact');
    const lines = indicators.serviceLines >= settings.multiProductMinServiceLines;
    reasons.push(
      reason('ladder_service_lines', lines, { input: indicators.serviceLines, threshold: settings.multiProductMinServiceLines }),
    );
    if (!lines) actions.push('extend_service_lines');
  }
  if (indicators && level === 2) {
    const share = indicators.shareOfWallet;
    const deep = share !== null && share >= settings.partnershipMinShareOfWallet;
    reasons.push(reason('ladder_share_of_wallet', deep, { input: share, threshold: settings.partnershipMinShareOfWallet }));
    if (deep) actions.splice(actions.indexOf('take_over_more_logistics'), 1);
    reasons.push(reason('ladder_joint_office', indicators.jointOffice, { input: indicators.jointOffice }));
    if (indicators.jointOffice) actions.splice(actions.indexOf('open_joint_office'), 1);
  }
  if (hardest) {
    const movers = options.planMovers ?? [];
    reasons.push(reason('ladder_plan_names_mover', movers.length > 0, { input: movers.length, threshold: 1, params: { movers } }));
    if (movers.length === 0) actions.push('name_mover_in_account_plan');
  }
  return { value: { from: level, to, hardest, actions }, reasons };
}
