import { describe, expect, it } from 'vitest';
import { defencePlan } from '../../../src/domain/tags/defence-plan.ts';
import { visitDensity } from '../../../src/domain/tags/visit-density.ts';
import { NOW, daysAgo } from './build-tag-input.ts';

describe('visitDensity', () => {
  const visits = (n: number) => Array.from({ length: n }, (_, i) => daysAgo(3 + i * 5));

  it('meets a target of 2 a month at 2 visits in the last 30 days, not at 1', () => {
    expect(visitDensity({ visits: visits(1), now: NOW, target: 2 }).value).toMatchObject({ perMonth: 1, meetsTarget: false, shortfall: 1 });
    expect(visitDensity({ visits: visits(2), now: NOW, target: 2 }).value).toMatchObject({ perMonth: 2, meetsTarget: true, shortfall: 0 });
    expect(visitDensity({ visits: visits(3), now: NOW, target: 2 }).value).toMatchObject({ perMonth: 3, meetsTarget: true });
  });

  it('counts only the window: 29 days ago counts, 30 does not', () => {
    expect(visitDensity({ visits: [daysAgo(1), daysAgo(29)], now: NOW, target: 2 }).value.visitsInWindow).toBe(2);
    expect(visitDensity({ visits: [daysAgo(1), daysAgo(30)], now: NOW, target: 2 }).value.visitsInWindow).toBe(1);
  });

  it('scales a longer window to visits a month', () => {
    const j = visitDensity({ visits: visits(6), now: NOW, target: 2, windowDays: 90 });
    expect(j.value).toMatchObject({ perMonth: 2, meetsTarget: true });
    expect(visitDensity({ visits: visits(5), now: NOW, target: 2, windowDays: 90 }).value).toMatchObject({ meetsTarget: false, shortfall: 1 });
  });

  it('says when the next visit is due', () => {
    const j = visitDensity({ visits: [daysAgo(20), daysAgo(5)], now: NOW, target: 2 });
    expect(j.value.lastVisitAt).toEqual(daysAgo(5));
    expect(j.value.nextVisitDueAt).toEqual(daysAgo(-10));
    expect(visitDensity({ visits: [], now: NOW, target: 2 }).value.nextVisitDueAt).toEqual(NOW);
  });

  it('uses the default target of 2 a month when none is given', () => {
    expect(visitDensity({ visits: visits(1), now: NOW }).value).toMatchObject({ target: 2, meetsTarget: false });
  });

  it('explains itself against the target', () => {
    expect(visitDensity({ visits: visits(1), now: NOW, target: 2 }).reasons[0]).toMatchObject({
      rule: 'dangerous_visit_density',
      met: false,
      input: 1,
      threshold: 2,
    });
  });
});

describe('defencePlan', () => {
  it('always has the three parts', () => {
    const plan = defencePlan({ signals: [] }).value;
    expect(plan.relationship.map((a) => a.id)).toContain('executive_co_visit');
    expect(plan.commercial.map((a) => a.id)).toEqual(['adjust_price', 'adjust_payment_terms', 'gifts', 'after_sales_service', 'technical_support']);
    expect(plan.risk.map((a) => a.id)).toEqual(['clarify_risk_with_management', 'give_guarantee', 'written_agreement']);
  });

  it('puts the defences a signal calls for first, saying which signal', () => {
    const plan = defencePlan({ signals: ['payment_delay'] }).value;
    expect(plan.commercial[0]).toEqual({ id: 'adjust_payment_terms', because: ['payment_delay'] });
    expect(plan.risk.slice(0, 2).map((a) => a.id)).toEqual(['clarify_risk_with_management', 'written_agreement']);
    expect(defencePlan({ signals: ['fewer_visits'] }).value.relationship[0]).toEqual({ id: 'raise_visit_density', because: ['fewer_visits'] });
  });

  it('offers replacing the rep only when the customer asked', () => {
    const ids = (asked: boolean) => defencePlan({ signals: [], customerAskedToReplaceRep: asked }).value.relationship.map((a) => a.id);
    expect(ids(false)).not.toContain('replace_rep');
    expect(ids(true)).toContain('replace_rep');
    expect(defencePlan({ signals: [], customerAskedToReplaceRep: true }).reasons.at(-1)).toMatchObject({ rule: 'dangerous_rep_replacement', met: true });
  });
});
