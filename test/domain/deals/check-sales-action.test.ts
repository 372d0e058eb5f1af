import { describe, expect, it } from 'vitest';
import { checkSalesAction } from '../../../src/domain/deals/check-sales-action.ts';
import { dealDefaults, type SalesAction } from '../../../src/domain/deals/settings.ts';
import { BUYING_STAGES } from '../../../src/domain/deals/stages.ts';

const catalogue = dealDefaults.actions;
const PROOF = ['proof_document_sent', 'site_visit_invitation', 'reference_call'];

/**
 * The default method, action by action, for problem discovery, needs definition,
 * solution evaluation, risk evaluation and execution:
 * F fits, N neutral (allowed), W warned against (with what to do instead).
 */
const MATRIX: Record<string, [string, string[][]]> = {
  discovery_call: ['F F W W W', [[], [], ['solution_presentation', 'reference_call'], PROOF, ['delivery_kickoff', 'executive_visit']]],
  needs_workshop: ['F F N W W', [[], [], [], PROOF, ['delivery_kickoff', 'executive_visit']]],
  solution_presentation: ['W N F W W', [['discovery_call', 'needs_workshop'], [], [], PROOF, ['delivery_kickoff', 'executive_visit']]],
  price_concession: ['W W N W W', [['discovery_call'], ['needs_workshop'], [], PROOF, ['delivery_kickoff', 'executive_visit']]],
  site_visit_invitation: ['N N F F N', [[], [], [], [], []]],
  proof_document_sent: ['W N F F N', [['discovery_call'], [], [], [], []]],
  executive_visit: ['F F N F F', [[], [], [], [], []]],
  reference_call: ['N N F F N', [[], [], [], [], []]],
  contract_draft: ['W W W F F', [['discovery_call'], ['needs_workshop'], ['solution_presentation', 'reference_call'], [], []]],
  delivery_kickoff: ['W W W N F', [['discovery_call'], ['needs_workshop'], ['solution_presentation'], [], []]],
};
const RULE = { F: 'sales_action_fits', N: 'sales_action_neutral', W: 'sales_action_warned' } as const;

describe('checkSalesAction', () => {
  it('covers the whole default action catalogue', () => {
    expect(catalogue.map((a) => a.id).sort()).toEqual(Object.keys(MATRIX).sort());
  });

  describe.each(Object.entries(MATRIX))('%s', (action, [row, instead]) => {
    it.each(BUYING_STAGES.map((stage, i) => [stage, row.split(' ')[i] as keyof typeof RULE, instead[i] ?? []] as const))(
      'at %s: %s',
      (buyingStage, verdict, alternatives) => {
        const result = checkSalesAction({ action, buyingStage, catalogue });
        expect(result.value).toBe(verdict === 'W' ? 'warning' : 'ok');
        expect(result.reasons.map((r) => r.rule)).toEqual([RULE[verdict]]);
        expect(result.alternatives).toEqual(alternatives);
      },
    );
  });

  it('warns against a price concession during risk evaluation and recommends proof (seed 002)', () => {
    const result = checkSalesAction({ action: 'price_concession', buyingStage: 'risk_evaluation', catalogue });
    expect(result.value).toBe('warning');
    expect(result.alternatives).toEqual(PROOF);
    expect(result.proofKinds).toEqual(['warehouse_grading', 'insurance', 'peak_report', 'reference']);
    expect(result.reasons[0]).toMatchObject({
      rule: 'sales_action_warned',
      key: 'reasons.sales_action_warned',
      met: false,
      input: 'price_concession',
      threshold: 'risk_evaluation',
    });
    expect(String(result.reasons[0]?.params?.why_zh)).toContain('风险');
  });

  it('recommends proof kinds only where the warning asks for proof', () => {
    const early = checkSalesAction({ action: 'price_concession', buyingStage: 'problem_discovery', catalogue });
    expect(early.proofKinds).toEqual([]);
  });

  it('warns about an action missing from the catalogue', () => {
    const result = checkSalesAction({ action: 'karaoke_night', buyingStage: 'execution', catalogue });
    expect(result.value).toBe('warning');
    expect(result.reasons[0]).toMatchObject({ rule: 'sales_action_unknown', input: 'karaoke_night' });
  });

  it('lets the action pass, unchecked, while the buying stage is unknown', () => {
    const result = checkSalesAction({ action: 'price_concession', buyingStage: null, catalogue });
    expect(result.value).toBe('ok');
    expect(result.reasons[0]).toMatchObject({ rule: 'sales_action_unchecked', met: false });
  });

  it('follows a company catalogue rather than the defaults', () => {
    const custom: SalesAction[] = [
      { id: 'price_concession', name_en: 'x', name_zh: 'x', fitsAt: ['risk_evaluation'], warnAt: [] },
    ];
    const result = checkSalesAction({ action: 'price_concession', buyingStage: 'risk_evaluation', catalogue: custom });
    expect(result.value).toBe('ok');
    expect(result.reasons[0]?.params).toMatchObject({ name_en: 'x', name_zh: 'x' });
  });
});
