import { describe, expect, it } from 'vitest';
import { type AccountPlan, accountPlanFlags } from '../../../src/domain/organisation/account-plan.ts';
import { NOW, daysAgo, daysLater } from './fixtures.ts';

const plan = (over: Partial<AccountPlan> = {}): AccountPlan => ({
  accountId: 'acc-1',
  currentLevel: 3,
  createdAt: daysAgo(200),
  lastReviewedAt: daysAgo(30),
  goals: {
    revenue: 50_000_000,
    benchmarkToBuild: 'National apparel benchmark',
    targetLevel: 2,
    levelThreeToTwoMover: 'Joint diagnosis of their returns flow',
  },
  know: { ourselves: 'Our network', customer: 'Their plants', industry: 'Apparel seasonality', competitors: 'SF, JD' },
  actions: [{ id: 'a1', what: 'Site visit', owner: 'rep-1', dueAt: daysLater(5) }],
  ...over,
});

describe('accountPlanFlags', () => {
  it('passes a complete, reviewed plan with actions on time', () => {
    const r = accountPlanFlags({ plan: plan(), now: NOW, reviewDays: 90 });
    expect(r.value).toEqual({
      overdueActionIds: [],
      reviewOverdue: false,
      missingLevelMover: false,
      missingGoalsBeyondRevenue: false,
      missingKnowSections: [],
      flagged: false,
    });
  });

  it('flags actions open past due, not those done or due exactly now', () => {
    const r = accountPlanFlags({
      plan: plan({
        actions: [
          { id: 'late', what: 'Deck', owner: 'rep-1', dueAt: daysAgo(1) },
          { id: 'done', what: 'Visit', owner: 'rep-1', dueAt: daysAgo(10), doneAt: daysAgo(12) },
          { id: 'now', what: 'Call', owner: 'rep-1', dueAt: NOW },
        ],
      }),
      now: NOW,
      reviewDays: 90,
    });
    expect(r.value.overdueActionIds).toEqual(['late']);
    expect(r.value.flagged).toBe(true);
    expect(r.reasons.find((x) => x.rule === 'plan_action_on_time')?.params).toMatchObject({
      actionId: 'late',
      owner: 'rep-1',
    });
  });

  it('flags a review older than the cadence: at 90 days fine, 90.1 overdue', () => {
    expect(
      accountPlanFlags({ plan: plan({ lastReviewedAt: daysAgo(90) }), now: NOW, reviewDays: 90 }).value.reviewOverdue,
    ).toBe(false);
    expect(
      accountPlanFlags({ plan: plan({ lastReviewedAt: daysAgo(89.9) }), now: NOW, reviewDays: 90 }).value.reviewOverdue,
    ).toBe(false);
    expect(
      accountPlanFlags({ plan: plan({ lastReviewedAt: daysAgo(90.1) }), now: NOW, reviewDays: 90 }).value.reviewOverdue,
    ).toBe(true);
  });

  it('counts a never-reviewed plan from the day it was written', () => {
    expect(
      accountPlanFlags({ plan: plan({ lastReviewedAt: null, createdAt: daysAgo(20) }), now: NOW, reviewDays: 90 }).value
        .reviewOverdue,
    ).toBe(false);
    expect(
      accountPlanFlags({ plan: plan({ lastReviewedAt: null, createdAt: daysAgo(91) }), now: NOW, reviewDays: 90 }).value
        .reviewOverdue,
    ).toBe(true);
  });

  it('asks what will move level 3 to 2 only when the account is at level 3', () => {
    const noMover = (currentLevel: AccountPlan['currentLevel']) =>
      accountPlanFlags({
        plan: plan({ currentLevel, goals: { targetLevel: 2, levelThreeToTwoMover: ' ' } }),
        now: NOW,
        reviewDays: 90,
      }).value.missingLevelMover;
    expect(noMover(3)).toBe(true);
    expect(noMover(4)).toBe(false);
    expect(noMover(2)).toBe(false);
    expect(noMover(null)).toBe(false);
  });

  it('flags a plan whose only goal is revenue', () => {
    const r = accountPlanFlags({
      plan: plan({ currentLevel: 4, goals: { revenue: 1_000_000 } }),
      now: NOW,
      reviewDays: 90,
    });
    expect(r.value.missingGoalsBeyondRevenue).toBe(true);
    for (const goals of [{ benchmarkToBuild: 'x' }, { solutionToCreate: 'y' }, { targetLevel: 3 as const }]) {
      expect(
        accountPlanFlags({ plan: plan({ currentLevel: 4, goals }), now: NOW, reviewDays: 90 }).value
          .missingGoalsBeyondRevenue,
      ).toBe(false);
    }
  });

  it('names the missing know sections (懂自己、懂客户、懂行业、懂竞对)', () => {
    const r = accountPlanFlags({
      plan: plan({ know: { customer: 'Their plants', industry: '' } }),
      now: NOW,
      reviewDays: 90,
    });
    expect(r.value.missingKnowSections).toEqual(['ourselves', 'industry', 'competitors']);
    expect(r.reasons.filter((x) => x.rule === 'plan_know_section' && !x.met).map((x) => x.params?.section)).toEqual([
      'ourselves',
      'industry',
      'competitors',
    ]);
  });
});
