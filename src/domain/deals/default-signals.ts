import type { BuyingSignal } from './settings.ts';

/**
 * Observable buying signals and the stage each one is evidence for (SPEC §4).
 * Weights: 1 is ordinary evidence, 2 is a signal that rarely appears outside its
 * stage, 3 is decisive. Each weight reaches the default evidence threshold alone,
 * so one logged signal is enough to name a stage; more raise the confidence.
 */
export const DEFAULT_BUYING_SIGNALS: BuyingSignal[] = [
  // Apparel company A found its store logistics could not carry online orders.
  { id: 'complained_about_current_provider', stage: 'problem_discovery', weight: 1, name_en: 'Complained about the current provider', name_zh: '抱怨现有物流服务商' },
  { id: 'internal_problem_acknowledged', stage: 'problem_discovery', weight: 2, name_en: 'Acknowledged an internal logistics problem', name_zh: '承认内部物流存在问题' },
  { id: 'new_business_initiative', stage: 'problem_discovery', weight: 1, name_en: 'Started a new business line or channel', name_zh: '启动新业务或新渠道' },
  // A's board set the criteria and the number of providers to pick.
  { id: 'formed_project_team', stage: 'needs_definition', weight: 1, name_en: 'Formed a project team or department', name_zh: '成立专门项目组或部门' },
  { id: 'set_selection_criteria', stage: 'needs_definition', weight: 2, name_en: 'Set selection criteria', name_zh: '确定选择标准' },
  { id: 'set_shortlist_size', stage: 'needs_definition', weight: 2, name_en: 'Set the shortlist size', name_zh: '确定入围服务商数量' },
  { id: 'defined_budget', stage: 'needs_definition', weight: 1, name_en: 'Defined a budget', name_zh: '确定预算' },
  // A asked several reputable providers for targeted solutions.
  { id: 'requested_solutions', stage: 'solution_evaluation', weight: 2, name_en: 'Requested solutions (RFP)', name_zh: '邀请服务商提供方案（招标）' },
  { id: 'requested_quotes', stage: 'solution_evaluation', weight: 1, name_en: 'Requested quotes', name_zh: '要求报价' },
  { id: 'compared_vendors', stage: 'solution_evaluation', weight: 1, name_en: 'Compared vendors', name_zh: '对比多家服务商' },
  { id: 'solution_workshop', stage: 'solution_evaluation', weight: 1, name_en: 'Held a solution workshop', name_zh: '召开方案研讨会' },
  // A feared for high-value stock and for peak-season capacity.
  { id: 'asked_liability', stage: 'risk_evaluation', weight: 2, name_en: 'Asked about liability for loss or damage', name_zh: '询问货损赔偿责任' },
  { id: 'asked_insurance', stage: 'risk_evaluation', weight: 2, name_en: 'Asked about insurance', name_zh: '询问保险保障' },
  { id: 'asked_peak_capacity', stage: 'risk_evaluation', weight: 2, name_en: 'Asked about peak-season capacity', name_zh: '询问大促旺季运营能力' },
  { id: 'asked_references', stage: 'risk_evaluation', weight: 1, name_en: 'Asked for customer references', name_zh: '要求提供客户案例与评价' },
  { id: 'requested_site_visit', stage: 'risk_evaluation', weight: 1, name_en: 'Asked to visit our site', name_zh: '要求参观仓库或现场' },
  { id: 'legal_review', stage: 'risk_evaluation', weight: 2, name_en: 'Contract under legal review', name_zh: '合同进入法务审核' },
  { id: 'contract_signed', stage: 'execution', weight: 3, name_en: 'Contract signed', name_zh: '签订合同' },
  { id: 'onboarding_started', stage: 'execution', weight: 2, name_en: 'Onboarding started', name_zh: '启动上线磨合' },
  { id: 'first_shipment', stage: 'execution', weight: 2, name_en: 'First shipment handled', name_zh: '完成首票业务' },
];
