import { describe, expect, it } from 'vitest';
import { playbookFor } from '../../../src/domain/deals/playbook.ts';
import { dealDefaults } from '../../../src/domain/deals/settings.ts';
import { BUYING_STAGES, buyingStageFor, SALES_STAGES, salesStageFor } from '../../../src/domain/deals/stages.ts';

describe('the two tracks of a solution deal', () => {
  it('pairs each buying stage with its sales stage, in order', () => {
    expect(BUYING_STAGES.map(salesStageFor)).toEqual([
      'customer_contact',
      'needs_discovery',
      'solution_design',
      'solution_proof',
      'solution_delivery',
    ]);
    expect(SALES_STAGES.map(buyingStageFor)).toEqual([...BUYING_STAGES]);
  });
});

describe('playbookFor', () => {
  it('gives the same entry for a buying stage and its paired sales stage', () => {
    const playbook = dealDefaults.playbook;
    const byBuying = playbookFor({ stage: { buying: 'risk_evaluation' }, playbook });
    expect(playbookFor({ stage: { sales: 'solution_proof' }, playbook })).toEqual(byBuying);
    expect(byBuying.buyingStage).toBe('risk_evaluation');
    expect(byBuying.recommendedActions).toContain('proof_document_sent');
    expect(byBuying.recommendedActions).not.toContain('price_concession');
  });

  it('has exit criteria in both languages for every stage', () => {
    for (const stage of BUYING_STAGES) {
      const entry = playbookFor({ stage: { buying: stage }, playbook: dealDefaults.playbook });
      expect(entry.exitCriteria.length).toBeGreaterThan(0);
      expect(entry.recommendedActions.length).toBeGreaterThan(0);
    }
  });
});
