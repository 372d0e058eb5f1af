import { type Judgement, type Reason, reason } from '../reason.ts';
import type { DangerousSignal } from './dangerous-signals.ts';

/** 关系防御、商务防御、风险防御. */
export const DEFENCE_PARTS = ['relationship', 'commercial', 'risk'] as const;
export type DefencePart = (typeof DEFENCE_PARTS)[number];

export const DEFENCE_ACTIONS = {
  relationship: [
    'raise_visit_density',
    'deep_conversation',
    'deepen_key_person_relationship',
    'executive_co_visit',
    'link_more_departments_and_levels',
    'replace_rep',
  ],
  commercial: ['adjust_price', 'adjust_payment_terms', 'gifts', 'after_sales_service', 'technical_support'],
  risk: ['clarify_risk_with_management', 'give_guarantee', 'written_agreement'],
} as const;
export type DefenceAction = (typeof DEFENCE_ACTIONS)[DefencePart][number];

export interface PlannedDefenceAction {
  id: DefenceAction;
  /** Emphasised because one of these signals fired. */
  because: DangerousSignal[];
}

export type DefencePlan = Record<DefencePart, PlannedDefenceAction[]>;

// Which defence each signal calls for first; all actions stay available.
const EMPHASIS: Record<DangerousSignal, readonly DefenceAction[]> = {
  revenue_drop: ['deep_conversation', 'adjust_price'],
  open_complaints: ['deep_conversation', 'after_sales_service', 'technical_support', 'clarify_risk_with_management'],
  key_contact_left: ['deepen_key_person_relationship', 'link_more_departments_and_levels'],
  competitor_activity: ['executive_co_visit', 'adjust_price', 'adjust_payment_terms', 'gifts'],
  fewer_visits: ['raise_visit_density'],
  payment_delay: ['adjust_payment_terms', 'clarify_risk_with_management', 'written_agreement'],
  level_dropped: ['executive_co_visit', 'deep_conversation'],
};

/**
 * The three-part defence of a dangerous account, emphasised by the signals that
 * fired. Replacing the rep is offered only when the customer asked for it: keeping
 * the customer matters more (保留客户是最重要的).
 */
export function defencePlan(options: {
  signals: readonly DangerousSignal[];
  customerAskedToReplaceRep?: boolean;
}): Judgement<DefencePlan> {
  const asked = options.customerAskedToReplaceRep ?? false;
  const reasons: Reason[] = [];
  const plan = {} as DefencePlan;
  for (const part of DEFENCE_PARTS) {
    plan[part] = DEFENCE_ACTIONS[part]
      .filter((id) => id !== 'replace_rep' || asked)
      .map((id) => ({ id, because: options.signals.filter((s) => EMPHASIS[s].includes(id)) }))
      // Emphasised actions first, the rest in the playbook's order.
      .sort((a, b) => Number(b.because.length > 0) - Number(a.because.length > 0));
  }
  for (const signal of options.signals) {
    reasons.push(reason('dangerous_defence_emphasis', true, { input: signal, params: { actions: EMPHASIS[signal] } }));
  }
  reasons.push(reason('dangerous_rep_replacement', asked, { input: asked }));
  return { value: plan, reasons };
}
