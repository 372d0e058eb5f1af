import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import {
  BUYING_STAGES,
  checkDeliveryTeam,
  checkLtcTransition,
  checkSalesAction,
  checkStageAlignment,
  DEAL_KINDS,
  dealDefaults,
  inferBuyingStage,
  LTC_STAGES,
  matchProofAssets,
  ONBOARDING_ISSUE_STATUSES,
  overdueOnboardingIssues,
  PROOF_ASSET_KINDS,
  SALES_STAGES,
} from '../../../src/domain/deals/index.ts';
import type { Reason } from '../../../src/domain/reason.ts';
import en from '../../../src/web/i18n/deals.en.json';
import zhCN from '../../../src/web/i18n/deals.zh-CN.json';

const at = (n: number) => new Date(Date.UTC(2025, 0, 1 + n));

/** Every kind of reason the deal rules can give, produced by running them. */
function allReasons(): Reason[] {
  const { signals: catalogue, actions } = dealDefaults;
  const out: Reason[] = [];
  const add = (j: { reasons: Reason[] }) => out.push(...j.reasons);
  add(inferBuyingStage({ signals: [], catalogue }));
  add(inferBuyingStage({ signals: [{ signalId: 'asked_insurance', observedAt: at(1) }], catalogue }));
  add(
    inferBuyingStage({
      signals: [
        { signalId: 'requested_solutions', observedAt: at(1) },
        { signalId: 'defined_budget', observedAt: at(2) },
        { signalId: 'contract_signed', observedAt: at(3), retracted: true },
        { signalId: 'sent_flowers', observedAt: at(3) },
      ],
      catalogue,
    }),
  );
  for (const salesStage of SALES_STAGES) {
    for (const buying of [...BUYING_STAGES, null]) add(checkStageAlignment({ salesStage, inferredBuyingStage: buying }));
    add(checkDeliveryTeam({ salesStage, team: [] }));
  }
  for (const action of [...actions.map((a) => a.id), 'karaoke_night']) {
    for (const buyingStage of [...BUYING_STAGES, null]) add(checkSalesAction({ action, buyingStage, catalogue: actions }));
  }
  for (const from of LTC_STAGES) {
    for (const to of LTC_STAGES) {
      add(checkLtcTransition({ from, to }));
      add(checkLtcTransition({ from, to, allowEarlyClose: false }));
    }
  }
  add(overdueOnboardingIssues({ issues: [{ id: 'i1', dueAt: at(0), status: 'open' }], now: at(5) }));
  const ranked = matchProofAssets({
    assets: [
      { id: 'a', kind: 'reference', industries: ['apparel'], serviceLines: ['warehousing'] },
      { id: 'b', kind: 'insurance', industries: [], serviceLines: [] },
    ],
    industry: 'apparel',
    serviceLines: ['warehousing'],
  });
  add(ranked);
  for (const r of ranked.value) out.push(...r.reasons);
  return out;
}

const keysOf = (tree: object, prefix = ''): string[] =>
  Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'object' && v !== null ? keysOf(v, `${prefix}${k}.`) : [`${prefix}${k}`],
  );

describe('deal texts', () => {
  it('has the same keys in English and Simplified Chinese', () => {
    expect(keysOf(zhCN).sort()).toEqual(keysOf(en).sort());
  });

  it('names every stage, kind and status in both languages', () => {
    const vocab: Record<string, readonly string[]> = {
      kinds: DEAL_KINDS,
      ltcStages: LTC_STAGES,
      buyingStages: BUYING_STAGES,
      salesStages: SALES_STAGES,
      proofKinds: PROOF_ASSET_KINDS,
      onboardingIssueStatuses: ONBOARDING_ISSUE_STATUSES,
      stageAlignment: ['in_step', 'ahead', 'behind', 'unknown'],
      alignmentAdvice: ['wait_for_customer', 'catch_up'],
      salesActionVerdicts: ['ok', 'warning'],
      deliveryTeamStatuses: ['present', 'missing', 'not_yet_required'],
      signals: dealDefaults.signals.map((s) => s.id),
      actions: dealDefaults.actions.map((a) => a.id),
      exitCriteria: BUYING_STAGES.flatMap((s) => dealDefaults.playbook[s].exitCriteria.map((c) => c.id)),
    };
    for (const tree of [en, zhCN]) {
      for (const [group, values] of Object.entries(vocab)) {
        expect(Object.keys((tree.deals as Record<string, object>)[group] ?? {}).sort(), group).toEqual([...values].sort());
      }
    }
  });

  it.each([
    ['en', en],
    ['zh-CN', zhCN],
  ] as const)('renders every reason the rules give in %s, fully interpolated', async (lng, messages) => {
    const i18n = i18next.createInstance();
    await i18n.init({ lng, resources: { [lng]: { translation: messages } }, interpolation: { escapeValue: false } });
    const reasons = allReasons();
    expect(new Set(reasons.map((r) => r.key)).size).toBe(Object.keys(messages.reasons).length);
    for (const r of reasons) {
      expect(i18n.exists(r.key), r.key).toBe(true);
      const text = i18n.t(r.key, { input: r.input, threshold: r.threshold, ...r.params });
      expect(text, r.key).not.toMatch(/\{\{|\$t\(|deals\.|undefined/);
    }
  });
});
