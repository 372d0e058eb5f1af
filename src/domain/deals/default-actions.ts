import type { SalesAction, StageWarning } from './settings.ts';

/** In risk evaluation the answer is proof (seed 002: grading, insurance, peak report, references, a visit). */
const PROOF_INSTEAD = {
  instead: ['proof_document_sent', 'site_visit_invitation', 'reference_call'],
  proofKinds: ['warehouse_grading', 'insurance', 'peak_report', 'reference'],
} satisfies Partial<StageWarning>;

const riskWarning = (why_en: string, why_zh: string): StageWarning => ({
  stage: 'risk_evaluation',
  ...PROOF_INSTEAD,
  why_en,
  why_zh,
});

/** In execution the deal is won; the next business is earned by getting through onboarding (磨合期). */
const executionWarning = (why_en: string, why_zh: string): StageWarning => ({
  stage: 'execution',
  instead: ['delivery_kickoff', 'executive_visit'],
  proofKinds: [],
  why_en,
  why_zh,
});

/**
 * Our sales actions and how each fits the customer's buying stage.
 * Stages listed in neither `fitsAt` nor `warnAt` are neutral: allowed, not recommended.
 */
export const DEFAULT_SALES_ACTIONS: SalesAction[] = [
  {
    id: 'discovery_call', name_en: 'Discovery call', name_zh: '需求探询拜访',
    fitsAt: ['problem_discovery', 'needs_definition'],
    warnAt: [
      { stage: 'solution_evaluation', instead: ['solution_presentation', 'reference_call'], proofKinds: [], why_en: 'The customer is already comparing solutions; basic questions now show we are late.', why_zh: '客户已在评估方案，此时才问基本问题说明我们落后了。' },
      riskWarning('The customer is weighing risks, not needs; answer the doubts with proof.', '客户在评估风险而不是需求，应以证明打消顾虑。'),
      executionWarning('Get through onboarding first; new needs are discussed once delivery is stable.', '先渡过磨合期，交付稳定后再谈新的需求。'),
    ],
  },
  {
    id: 'needs_workshop', name_en: 'Needs workshop', name_zh: '需求研讨会',
    fitsAt: ['problem_discovery', 'needs_definition'],
    warnAt: [
      riskWarning('Needs are settled; the customer now wants proof that we can carry the risk.', '需求已确定，客户现在需要我们能承担风险的证明。'),
      executionWarning('Onboarding is the riskiest stage; put the effort into delivery.', '磨合期风险最大，应把精力放在交付上。'),
    ],
  },
  {
    id: 'solution_presentation', name_en: 'Solution presentation', name_zh: '方案呈现',
    fitsAt: ['solution_evaluation'],
    warnAt: [
      { stage: 'problem_discovery', instead: ['discovery_call', 'needs_workshop'], proofKinds: [], why_en: 'The customer has not defined the problem yet; a solution now is a pitch without a need.', why_zh: '客户尚未明确问题，此时推方案是无的放矢。' },
      riskWarning('The solution has been judged; another pitch does not answer the risk.', '方案已经评估过，再讲方案无法回应客户的风险顾虑。'),
      executionWarning('The solution is sold; now it has to be delivered.', '方案已经卖出，现在要的是交付。'),
    ],
  },
  {
    id: 'price_concession', name_en: 'Price concession', name_zh: '价格让步',
    fitsAt: [],
    warnAt: [
      { stage: 'problem_discovery', instead: ['discovery_call'], proofKinds: [], why_en: 'There is no defined need yet; a discount only sets a low anchor.', why_zh: '需求尚未确定，降价只会压低价格预期。' },
      { stage: 'needs_definition', instead: ['needs_workshop'], proofKinds: [], why_en: 'The customer is setting criteria; shape them around our strengths, not our price.', why_zh: '客户正在确定标准，应让标准体现我们的优势而不是价格。' },
      riskWarning('A price cut during risk evaluation deepens the doubt that we can carry the risk; bring proof instead.', '风险评估阶段降价只会加深客户对我们能否承担风险的顾虑，应拿出证明。'),
      executionWarning('The contract is signed; concessions now only give margin away. Solve onboarding issues instead.', '合同已签，此时让价只是白白让利，应解决磨合期问题。'),
    ],
  },
  {
    id: 'site_visit_invitation', name_en: 'Site visit invitation', name_zh: '邀请参观现场',
    fitsAt: ['solution_evaluation', 'risk_evaluation'],
    warnAt: [],
  },
  {
    id: 'proof_document_sent', name_en: 'Proof documents sent', name_zh: '递交证明材料',
    fitsAt: ['solution_evaluation', 'risk_evaluation'],
    warnAt: [
      { stage: 'problem_discovery', instead: ['discovery_call'], proofKinds: [], why_en: 'Proof answers a doubt the customer does not have yet; understand the problem first.', why_zh: '客户还没有顾虑，证明材料无的放矢，应先了解问题。' },
    ],
  },
  {
    id: 'executive_visit', name_en: 'Executive visit', name_zh: '高层拜访',
    fitsAt: ['problem_discovery', 'needs_definition', 'risk_evaluation', 'execution'],
    warnAt: [],
  },
  {
    id: 'reference_call', name_en: 'Reference call', name_zh: '老客户推荐交流',
    fitsAt: ['solution_evaluation', 'risk_evaluation'],
    warnAt: [],
  },
  {
    id: 'contract_draft', name_en: 'Contract draft', name_zh: '提交合同草案',
    fitsAt: ['risk_evaluation', 'execution'],
    warnAt: [
      { stage: 'problem_discovery', instead: ['discovery_call'], proofKinds: [], why_en: 'The customer has not decided to buy anything yet; a contract pushes far too early.', why_zh: '客户尚未决定采购，此时推合同过早。' },
      { stage: 'needs_definition', instead: ['needs_workshop'], proofKinds: [], why_en: 'The customer is still defining what to buy; help define it instead.', why_zh: '客户还在确定需求，应帮助客户明确需求。' },
      { stage: 'solution_evaluation', instead: ['solution_presentation', 'reference_call'], proofKinds: [], why_en: 'The customer is still comparing solutions; win the evaluation before the contract.', why_zh: '客户仍在比较方案，应先赢得方案评估再谈合同。' },
    ],
  },
  {
    id: 'delivery_kickoff', name_en: 'Delivery kickoff', name_zh: '交付启动会',
    fitsAt: ['execution'],
    warnAt: [
      { stage: 'problem_discovery', instead: ['discovery_call'], proofKinds: [], why_en: 'Nothing is agreed yet; there is nothing to deliver.', why_zh: '双方尚未达成任何约定，没有可交付的内容。' },
      { stage: 'needs_definition', instead: ['needs_workshop'], proofKinds: [], why_en: 'Nothing is agreed yet; help the customer define its needs.', why_zh: '双方尚未达成约定，应帮助客户确定需求。' },
      { stage: 'solution_evaluation', instead: ['solution_presentation'], proofKinds: [], why_en: 'No decision yet; bring the delivery team into the solution design rather than kicking off.', why_zh: '客户尚未决定，应让交付团队参与方案设计，而不是启动交付。' },
    ],
  },
];
