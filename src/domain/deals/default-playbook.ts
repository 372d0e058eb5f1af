import type { Playbook } from './settings.ts';

/**
 * What to do at each buying stage and how to know the stage is done (SPEC §4).
 * Keyed by the customer's stage: our paired sales stage answers it.
 */
export const DEFAULT_PLAYBOOK: Playbook = {
  problem_discovery: {
    recommendedActions: ['discovery_call', 'executive_visit', 'needs_workshop'],
    exitCriteria: [
      { id: 'problem_acknowledged', en: 'The customer acknowledges a problem worth solving', zh: '客户承认存在需要解决的问题' },
      { id: 'problem_owner_known', en: 'We know who owns the problem inside the customer', zh: '明确客户内部由谁负责这个问题' },
      { id: 'first_in_mind', en: 'We are among the providers the customer thinks of first', zh: '我们是客户首先想到的服务商之一' },
    ],
  },
  needs_definition: {
    recommendedActions: ['needs_workshop', 'discovery_call', 'executive_visit'],
    exitCriteria: [
      { id: 'criteria_known', en: 'We know the selection criteria', zh: '掌握客户的选择标准' },
      { id: 'criteria_favour_us', en: 'The criteria reflect our strengths', zh: '选择标准体现我们的优势' },
      { id: 'shortlist_and_timeline_known', en: 'We know the shortlist size and the timeline', zh: '知道入围数量和时间表' },
      { id: 'budget_known', en: 'We know the budget range', zh: '了解预算范围' },
    ],
  },
  solution_evaluation: {
    recommendedActions: ['solution_presentation', 'site_visit_invitation', 'reference_call', 'proof_document_sent'],
    exitCriteria: [
      { id: 'delivery_team_involved', en: 'The delivery team has taken part in the design', zh: '交付团队已参与方案设计' },
      { id: 'solution_submitted', en: 'Our solution is submitted and the customer has given feedback', zh: '方案已提交并获得客户反馈' },
      { id: 'shortlisted', en: 'We are on the shortlist', zh: '我们已入围' },
    ],
  },
  risk_evaluation: {
    recommendedActions: ['proof_document_sent', 'site_visit_invitation', 'reference_call', 'executive_visit', 'contract_draft'],
    exitCriteria: [
      { id: 'risks_answered', en: 'Every risk the customer raised is answered with proof', zh: '客户提出的每项顾虑都已用证明回应' },
      { id: 'site_visited', en: 'The customer has seen our operation', zh: '客户已实地参观我们的运营' },
      { id: 'terms_agreed', en: 'Contract terms are agreed', zh: '合同条款已达成一致' },
    ],
  },
  execution: {
    recommendedActions: ['delivery_kickoff', 'executive_visit'],
    exitCriteria: [
      { id: 'onboarding_issues_closed', en: 'Every onboarding issue is closed', zh: '磨合期问题全部关闭' },
      { id: 'service_levels_met', en: 'Agreed service levels are met', zh: '达到约定的服务水平' },
      { id: 'expansion_discussed', en: 'The customer is ready to discuss a wider scope', zh: '客户愿意讨论扩大合作范围' },
    ],
  },
};
