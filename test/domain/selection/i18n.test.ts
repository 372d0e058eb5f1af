import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import type { Reason } from '../../../src/domain/reason.ts';
import { assessGrowth } from '../../../src/domain/selection/assess-growth.ts';
import { assessServiceability } from '../../../src/domain/selection/assess-serviceability.ts';
import { checkMutualCommitment } from '../../../src/domain/selection/check-mutual-commitment.ts';
import { checkPaymentTrap } from '../../../src/domain/selection/check-payment-trap.ts';
import { checkScale } from '../../../src/domain/selection/check-scale.ts';
import { checkSolutionNeed } from '../../../src/domain/selection/check-solution-need.ts';
import { checkStrategicFit } from '../../../src/domain/selection/check-strategic-fit.ts';
import { CRITERIA } from '../../../src/domain/selection/criterion.ts';
import { diffPoolReviews } from '../../../src/domain/selection/diff-pool-reviews.ts';
import { poolReviewDue } from '../../../src/domain/selection/pool-review-due.ts';
import { poolSizeWarning } from '../../../src/domain/selection/pool-size-warning.ts';
import { scaleRanking } from '../../../src/domain/selection/scale-ranking.ts';
import { selectTier } from '../../../src/domain/selection/select-tier.ts';
import { DEFAULT_NETWORK_COVERAGE, DEFAULT_STRATEGIC_INTENTS, POOL_REVIEW_CADENCES } from '../../../src/domain/selection/settings.ts';
import en from '../../../src/web/i18n/selection.en.json';
import zh from '../../../src/web/i18n/selection.zh-CN.json';
import { NOW, attest, daysAgo } from './fixtures.ts';

/** Every reason the selection area can give, by driving each function through its branches. */
function everyReason(): Reason[] {
  const ranking = scaleRanking({ accounts: [{ accountId: 'a', trailing12: { revenue: 1, grossProfit: 1 } }], basis: 'revenue', cutShare: 0.5 });
  const all = { scale: true, solution_need: true, strategic_fit: true, mutual_commitment: true };
  const promotion = { tier: 'strategic' as const, note: 'n', decidedBy: 'ceo', decidedAt: NOW };
  const sel = { serviceLines: [], openOpportunities: [], minServiceLines: 2, now: NOW };
  const fit = { industry: 'apparel', strategicIndustries: ['apparel'], strategicIntents: DEFAULT_STRATEGIC_INTENTS, now: NOW };
  const located = { id: 's', name: 'Plant', kind: 'plant', province: 'Xinjiang', city: 'Urumqi', lat: 43.8, lng: 87.6 };
  const judgements = [
    checkScale({ accountId: 'a', ranking }),
    checkScale({ accountId: 'x', ranking }),
    checkSolutionNeed({ ...sel, attestations: [attest('solution_need', 'for', daysAgo(1))] }),
    checkSolutionNeed({ ...sel, attestations: [attest('solution_need', 'against', daysAgo(1))] }),
    checkStrategicFit({ ...fit, attestations: [attest('strategic_fit', 'for', daysAgo(1), { intentId: 'apparel_benchmark' })] }),
    checkStrategicFit({ ...fit, industry: null, attestations: [attest('strategic_fit', 'against', daysAgo(1)), attest('strategic_fit', 'for', daysAgo(2), { intentId: 'gone' })] }),
    checkMutualCommitment({ events: [], attestations: [attest('mutual_commitment', 'for', daysAgo(1))], windowMonths: 12, now: NOW }),
    checkMutualCommitment({
      events: [],
      attestations: [attest('mutual_commitment', 'against', daysAgo(5)), attest('mutual_commitment', 'for', daysAgo(1))],
      windowMonths: 12,
      now: NOW,
    }),
    checkPaymentTrap({ collectionCycleDays: 100, overdueShare: 0.3, settings: { maxCollectionDays: 90, maxOverdueShare: 0.2 } }),
    checkPaymentTrap({ collectionCycleDays: null, overdueShare: null, settings: { maxCollectionDays: 90, maxOverdueShare: 0.2 } }),
    selectTier({ criteria: all, paymentTrap: false }),
    selectTier({ criteria: all, paymentTrap: true }),
    selectTier({ criteria: all, paymentTrap: true, humanDecision: promotion }),
    selectTier({ criteria: all, paymentTrap: true, humanDecision: { ...promotion, note: '' } }),
    selectTier({ criteria: { ...all, mutual_commitment: false }, paymentTrap: true, humanDecision: promotion }),
    selectTier({ criteria: { ...all, scale: false }, paymentTrap: false }),
    selectTier({ criteria: { ...all, scale: false, solution_need: false, strategic_fit: false }, paymentTrap: false }),
    poolSizeWarning({ strategicCount: 31, max: 30 }),
    poolReviewDue({ lastReviewAt: null, cadence: 'quarterly', now: NOW }),
    poolReviewDue({ lastReviewAt: daysAgo(10), cadence: 'quarterly', now: NOW }),
    diffPoolReviews({ previous: [{ accountId: 'b', tier: 'strategic', criteria: all }], current: [{ accountId: 'c', tier: 'strategic', criteria: all }] }),
    assessServiceability({ sites: [], coverage: [] }),
    assessServiceability({ sites: [located], coverage: DEFAULT_NETWORK_COVERAGE }),
    assessServiceability({ sites: [{ ...located, lat: null, lng: null }], coverage: DEFAULT_NETWORK_COVERAGE }),
    assessGrowth({ months: [{ month: 'bad', revenue: 1 }], now: NOW }),
    assessGrowth({ months: [{ month: '2026-05', revenue: 2 }, { month: '2025-05', revenue: 1 }], now: NOW, customerGrowth: 0.1 }),
  ];
  const pool = diffPoolReviews({
    previous: [
      { accountId: 'p', tier: 'strategic', criteria: all },
      { accountId: 'q', tier: 'key_account', criteria: { ...all, scale: false }, paymentTrap: true },
      { accountId: 'r', tier: 'key_account', criteria: all, paymentTrap: true },
    ],
    current: [
      { accountId: 'p', tier: 'key_account', criteria: { ...all, scale: false }, paymentTrap: true },
      { accountId: 'q', tier: 'strategic', criteria: all },
      { accountId: 'r', tier: 'strategic', criteria: all, paymentTrap: true },
    ],
  }).value;
  const changes = [...pool.entered, ...pool.left, ...pool.moved];
  const swapped = diffPoolReviews({
    previous: [{ accountId: 'b', tier: 'strategic', criteria: all }],
    current: [{ accountId: 'c', tier: 'strategic', criteria: all }],
  }).value;
  const gone = [...swapped.entered, ...swapped.left];
  return [...judgements.flatMap((j) => j.reasons), ...[...changes, ...gone].flatMap((c) => c.reasons)];
}

const leaves = (tree: object, prefix = ''): string[] =>
  Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : leaves(v as object, `${prefix}${k}.`)));

// Stand-ins for the shell's shared vocabulary texts that selection texts nest.
const catalog = { catalog: { industries: { apparel: 'Apparel' } } };

/** Renders reasons as the UI will, collecting every missing nested key and unfilled value. */
async function renderer(messages: object) {
  const problems: string[] = [];
  const i18n = i18next.createInstance();
  await i18n.init({
    lng: 'xx',
    resources: { xx: { translation: { ...messages, ...catalog } } },
    interpolation: { escapeValue: false },
    saveMissing: true,
    missingKeyHandler: (_lngs, _ns, key) => {
      problems.push(`missing ${key}`);
    },
  });
  const t = (r: Reason): string => {
    const text = i18n.t(r.key, { input: r.input, threshold: r.threshold, ...r.params }) as string;
    if (/\{\{|\$t\(/.test(text)) problems.push(`unfilled ${r.key}: ${text}`);
    return text;
  };
  return { problems, t };
}

describe('selection texts', () => {
  const reasons = everyReason();

  it('covers every reason key in both languages, with no text left unused', () => {
    const produced = new Set(reasons.map((r) => r.key));
    const expected = new Set(leaves(en.reasons, 'reasons.'));
    expect([...produced].sort()).toEqual([...expected].sort());
    expect(leaves(zh).sort()).toEqual(leaves(en).sort());
  });

  it('would notice a text whose value or nested key is missing', async () => {
    const { problems, t } = await renderer({ reasons: { probe: '{{nothing}} $t(selection.tiers.{{input}})' } });
    t({ rule: 'probe', key: 'reasons.probe', met: true, input: 'no_such_tier' });
    expect(problems).toHaveLength(2);
  });

  it.each([
    ['en', en],
    ['zh-CN', zh],
  ])('renders every reason in %s without a missing value or nested text', async (_lang, messages) => {
    const { problems, t } = await renderer(messages);
    for (const r of reasons) t(r);
    expect(problems).toEqual([]);
  });

  it('names every criterion, tier and cadence in both languages', () => {
    for (const messages of [en, zh]) {
      expect(Object.keys(messages.selection.criteria).sort()).toEqual([...CRITERIA].sort());
      expect(Object.keys(messages.selection.tiers).sort()).toEqual(['high_potential', 'key_account', 'none', 'regular', 'strategic']);
      expect(Object.keys(messages.selection.poolReviewCadence).sort()).toEqual([...POOL_REVIEW_CADENCES].sort());
    }
    expect(zh.selection.tiers.strategic).toBe('战略客户');
    expect(zh.selection.tiers.key_account).toBe('大客户');
    expect(zh.selection.tiers.high_potential).toBe('高潜客户');
    expect(zh.selection.criteria.scale).toBe('客户规模占比高');
  });
});
