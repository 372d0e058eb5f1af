import { describe, expect, it } from 'vitest';
import type { LadderIndicators } from '../../../src/domain/ladder/ladder-indicators.ts';
import { nextStepAdvice } from '../../../src/domain/ladder/next-step-advice.ts';

const indicators = (o: Partial<LadderIndicators> = {}): LadderIndicators => ({
  serviceLines: 3,
  contactPoints: 4,
  levelsCovered: 2,
  departmentsCovered: 2,
  contactMode: 'multi_point',
  jointOffice: false,
  shareOfWallet: 0.3,
  ...o,
});

describe('nextStepAdvice', () => {
  it('asks for a customer confirmation when there is no official level', () => {
    expect(nextStepAdvice({ level: null }).value).toEqual({ from: null, to: null, hardest: false, actions: ['confirm_level_with_customer'] });
  });

  it('climbs one rung at a time, 5 → 4 through value-added services', () => {
    expect(nextStepAdvice({ level: 5 }).value).toMatchObject({ from: 5, to: 4, hardest: false });
    expect(nextStepAdvice({ level: 5 }).value.actions).toContain('add_value_added_services');
    expect(nextStepAdvice({ level: 4 }).value.actions).toContain('offer_industry_solution');
  });

  it('marks 3 → 2 as the hardest step: diagnose as a consultant, name the mover in the plan', () => {
    const j = nextStepAdvice({ level: 3 });
    expect(j.value).toMatchObject({ from: 3, to: 2, hardest: true });
    expect(j.value.actions).toEqual(
      expect.arrayContaining(['diagnose_customer_problems', 'act_as_consultant', 'change_mindset_up_to_executives', 'name_mover_in_account_plan']),
    );
    expect(j.reasons.find((r) => r.rule === 'ladder_plan_names_mover')).toMatchObject({ met: false, input: 0, threshold: 1 });
    expect(nextStepAdvice({ level: 2 }).value.hardest).toBe(false);
    expect(nextStepAdvice({ level: 4 }).value.hardest).toBe(false);
  });

  it('stops asking for a mover once the plan names one', () => {
    const j = nextStepAdvice({ level: 3, planMovers: ['Diagnose their C-end complaints'] });
    expect(j.value.actions).not.toContain('name_mover_in_account_plan');
    expect(j.reasons.find((r) => r.rule === 'ladder_plan_names_mover')?.met).toBe(true);
  });

  it('puts multi-point contact first at level 3 when the relationship is still single-point', () => {
    expect(nextStepAdvice({ level: 3, indicators: indicators({ contactMode: 'single_point' }) }).value.actions[0]).toBe('build_multi_point_contact');
    expect(nextStepAdvice({ level: 3, indicators: indicators() }).value.actions).not.toContain('build_multi_point_contact');
  });

  it('asks for more service lines below two, not at two', () => {
    expect(nextStepAdvice({ level: 4, indicators: indicators({ serviceLines: 1 }) }).value.actions).toContain('extend_service_lines');
    expect(nextStepAdvice({ level: 4, indicators: indicators({ serviceLines: 2 }) }).value.actions).not.toContain('extend_service_lines');
  });

  it('at level 2 drops what is already done: a joint office, half the wallet', () => {
    const done = nextStepAdvice({ level: 2, indicators: indicators({ jointOffice: true, shareOfWallet: 0.5 }) }).value.actions;
    expect(done).toEqual(['talk_customer_growth_not_price']);
    const todo = nextStepAdvice({ level: 2, indicators: indicators({ shareOfWallet: 0.49 }) }).value.actions;
    expect(todo).toEqual(['talk_customer_growth_not_price', 'take_over_more_logistics', 'open_joint_office']);
  });

  it('at the top keeps the partnership alive', () => {
    expect(nextStepAdvice({ level: 1 }).value).toMatchObject({ from: 1, to: null, actions: ['keep_partnership_alive', 'address_dependence_concerns'] });
  });
});
