import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveSettings } from '../../src/db/repositories/settings.ts';
import {
  makeAccount,
  makeContact,
  makeDeal,
  makeDealSignal,
  makeProofAsset,
  makeRegion,
  makeUser,
} from '../../src/demo/factories/index.ts';
import { defaultSettings } from '../../src/domain/settings.ts';
import { startTestApp, type TestApp, testPassword } from './harness.ts';

const DAY = 24 * 60 * 60 * 1000;

/**
 * Seed 002: apparel company A is in risk evaluation (liability, insurance, peak
 * capacity). A price concession there is the wrong move; proof is the right one.
 */
describe('deals API', () => {
  let t: TestApp;
  let rep: Record<string, string>;
  let otherRep: Record<string, string>;
  const now = new Date('2025-06-15T08:00:00Z');
  const ago = (days: number) => new Date(now.getTime() - days * DAY);
  let account: { id: string };
  let deal: { id: string };
  let users: Record<string, { id: string }>;
  let buyer: { id: string };

  beforeAll(async () => {
    t = await startTestApp();
    t.setNow(now);
    const db = t.database.db;
    const east = await makeRegion(db, { code: 'EAST' });
    users = {
      rep: await makeUser(db, { email: 'rep@deals.test', role: 'rep', regionId: east.id, password: testPassword }),
      otherRep: await makeUser(db, { email: 'other@deals.test', role: 'rep', regionId: east.id, password: testPassword }),
      delivery: await makeUser(db, { email: 'delivery@deals.test', role: 'staff' }),
    };
    account = await makeAccount(db, { name: 'Silkroad Apparel', industry: 'apparel', ownerId: users.rep!.id, regionId: east.id });
    buyer = await makeContact(db, { accountId: account.id, name: 'Qin Lan', department: 'finance', title: 'CFO' });
    deal = await makeDeal(db, {
      accountId: account.id,
      name: 'Online channel 2C',
      kind: 'solution',
      stage: 'solution_proof',
      serviceLines: ['b2c_fulfilment', 'warehousing'],
      ownerId: users.rep!.id,
    });
    for (const [signal, days] of [
      ['requested_solutions', 40],
      ['asked_liability', 10],
      ['asked_insurance', 9],
    ] as const) {
      await makeDealSignal(db, { accountId: account.id, dealId: deal.id, signal, observedAt: ago(days) });
    }
    await makeProofAsset(db, { kind: 'warehouse_grading', title: 'Grade-A warehouse', serviceLines: ['warehousing'] });
    await makeProofAsset(db, { kind: 'reference', title: 'Apparel references', industries: ['apparel'], serviceLines: ['b2c_fulfilment'] });
    await makeProofAsset(db, { kind: 'reference', title: 'Pharma references', industries: ['pharma'] });
    await makeProofAsset(db, { kind: 'certificate', title: 'ISO 9001' });
    rep = await t.login('rep@deals.test');
    otherRep = await t.login('other@deals.test');
  });
  afterAll(() => t.close());

  const url = (path = '') => `/api/accounts/${account.id}/deals/${deal.id}${path}`;
  const get = (path: string, headers = rep) => t.app.inject({ method: 'GET', url: path, headers });
  const post = (path: string, payload: object, headers = rep) => t.app.inject({ method: 'POST', url: path, headers, payload });
  const actionCount = async () => (await get(url())).json().actions.length as number;

  it('infers risk evaluation from the signals, with the signals behind it and a confidence', async () => {
    const body = (await get(url())).json();
    expect(body.judgements.buyingStage.value).toBe('risk_evaluation');
    expect(body.judgements.buyingStage.evidence.map((e: { signalId: string }) => e.signalId).sort()).toEqual([
      'asked_insurance',
      'asked_liability',
    ]);
    expect(body.judgements.buyingStage.confidence).toBeGreaterThan(0.5);
    expect(body.judgements.alignment).toMatchObject({ value: 'in_step', mismatch: false });
    expect(body.playbook.buyingStage).toBe('risk_evaluation');
    expect(body.playbook.recommendedActions).toContain('proof_document_sent');
  });

  it('warns against a price concession during risk evaluation and recommends proof, and keeps the verdict', async () => {
    const before = await actionCount();
    const res = await post(url('/actions'), { action: 'price_concession', note: 'Customer asked for 5 % off' });
    expect(res.statusCode).toBe(201);
    const { action, check, suggestedProofs } = res.json();
    expect(check.value).toBe('warning');
    expect(check.buyingStage).toBe('risk_evaluation');
    expect(check.reasons[0]).toMatchObject({
      rule: 'sales_action_warned',
      key: 'reasons.sales_action_warned',
      met: false,
      input: 'price_concession',
      threshold: 'risk_evaluation',
    });
    expect(check.proofKinds).toEqual(expect.arrayContaining(['warehouse_grading', 'insurance', 'peak_report', 'reference']));
    expect(check.alternatives).toContain('proof_document_sent');
    // The library offers the proof the warning names, the customer's own industry first; never a certificate it did not ask for.
    expect(suggestedProofs.map((p: { asset: { title: string } }) => p.asset.title)[0]).toBe('Apparel references');
    expect(suggestedProofs.every((p: { asset: { kind: string } }) => check.proofKinds.includes(p.asset.kind))).toBe(true);
    expect(action).toMatchObject({ action: 'price_concession', note: 'Customer asked for 5 % off', check: { value: 'warning' } });

    const stored = (await get(url())).json();
    expect(stored.actions).toHaveLength(before + 1);
    expect(stored.actions[0]).toMatchObject({ id: action.id, check: { value: 'warning', proofKinds: check.proofKinds } });
  });

  it('answers "what if I do this now?" with the same verdict, saving nothing', async () => {
    const before = await actionCount();
    const logged = (await post(url('/actions'), { action: 'price_concession' })).json();
    const after = await actionCount();
    expect(after).toBe(before + 1);

    const dry = await post(`${url('/actions')}?dryRun=true`, { action: 'price_concession' });
    expect(dry.statusCode).toBe(200);
    expect(dry.json().action).toBeNull();
    expect(dry.json().check).toEqual(logged.check);
    const check = await post(url('/actions/check'), { action: 'price_concession' });
    expect(check.statusCode).toBe(200);
    expect(check.json().check).toEqual(logged.check);
    expect(await actionCount()).toBe(after);
  });

  it('judges a proof action at risk evaluation as fitting', async () => {
    const res = await post(url('/actions/check'), { action: 'proof_document_sent' });
    expect(res.json().check).toMatchObject({ value: 'ok', reasons: [{ rule: 'sales_action_fits' }] });
  });

  it('judges an action logged after the fact on the signals seen by then', async () => {
    const res = await post(url('/actions/check'), { action: 'price_concession', occurredAt: ago(20).toISOString() });
    expect(res.json().check.buyingStage).toBe('solution_evaluation');
  });

  it('counts a signal logged for later today when checking an action done now', async () => {
    const other = await makeAccount(t.database.db, { ownerId: users.rep!.id });
    const fresh = await makeDeal(t.database.db, { accountId: other.id, kind: 'solution', stage: 'solution_proof' });
    const path = `/api/accounts/${other.id}/deals/${fresh.id}`;
    // Noon of today's date, still ahead of the server's clock.
    const logged = await post(`${path}/signals`, {
      signal: 'asked_insurance',
      observedAt: new Date(now.getTime() + 3 * 60 * 60 * 1000).toISOString(),
    });
    expect(logged.statusCode).toBe(201);
    expect((await post(`${path}/actions/check`, { action: 'price_concession' })).json().check).toMatchObject({
      value: 'warning',
      buyingStage: 'risk_evaluation',
    });
    const tooFar = await post(`${path}/signals`, {
      signal: 'asked_insurance',
      observedAt: new Date(now.getTime() + 3 * DAY).toISOString(),
    });
    expect(tooFar.json().error.field).toBe('observedAt');
  });

  it('refuses an action or a signal the catalogue does not know, naming the field', async () => {
    const action = await post(url('/actions'), { action: 'bribe' });
    expect(action.statusCode).toBe(400);
    expect(action.json().error).toMatchObject({ code: 'validation.failed', field: 'action' });
    const signal = await post(url('/signals'), { signal: 'horoscope', observedAt: now.toISOString() });
    expect(signal.json().error.field).toBe('signal');
  });

  it('refuses a stale version with 409 on a stage move and on an edit', async () => {
    const current = (await get(url())).json();
    const stale = await post(url('/stage'), { stage: 'solution_design', version: current.version - 1 || 99 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('conflict.stale_version');
    const edit = await t.app.inject({ method: 'PATCH', url: url(), headers: rep, payload: { version: current.version + 5, value: 1 } });
    expect(edit.statusCode).toBe(409);
    expect((await get(url())).json()).toMatchObject({ stage: current.stage, version: current.version });
  });

  it('flags our sales stage out of step with the customer and says what to do', async () => {
    const current = (await get(url())).json();
    const moved = await post(url('/stage'), { stage: 'customer_contact', version: current.version });
    expect(moved.statusCode).toBe(200);
    const body = moved.json();
    expect(body).toMatchObject({ stage: 'customer_contact', version: current.version + 1 });
    expect(body.judgements.alignment).toMatchObject({
      value: 'behind',
      mismatch: true,
      gap: -3,
      advice: 'catch_up',
      matchingSalesStage: 'solution_proof',
    });
    expect(body.judgements.alignment.reasons[0]).toMatchObject({ rule: 'sales_stage_behind', met: false });

    const flags = (await get(`/api/accounts/${account.id}/deal-flags`)).json();
    expect(flags.items).toEqual([
      expect.objectContaining({ dealId: deal.id, flags: expect.arrayContaining([expect.objectContaining({ kind: 'stage_mismatch' })]) }),
    ]);

    const back = await post(url('/stage'), { stage: 'solution_proof', version: body.version });
    expect(back.json().judgements.alignment.mismatch).toBe(false);
  });

  it('flags a solution deal past solution design without its delivery team until one joins', async () => {
    const before = (await get(url())).json();
    expect(before.judgements.deliveryTeam).toMatchObject({ value: 'missing', flagged: true });
    const flags = (await get(`/api/accounts/${account.id}/deal-flags`)).json();
    expect(flags.items[0].flags.map((f: { kind: string }) => f.kind)).toContain('delivery_team_missing');

    const joined = await post(url('/team'), { userId: users.delivery!.id, role: 'delivery' });
    expect(joined.json().judgements.deliveryTeam).toMatchObject({ value: 'present', flagged: false });
    expect(joined.json().team).toEqual([expect.objectContaining({ userId: users.delivery!.id, role: 'delivery' })]);
    expect((await get(`/api/accounts/${account.id}/deal-flags`)).json().items).toEqual([]);
  });

  it('logs a signal with its source and retracts it; only live signals count', async () => {
    const logged = await post(url('/signals'), {
      signal: 'contract_signed',
      observedAt: ago(1).toISOString(),
      contactId: buyer.id,
      note: 'Signed by the CFO',
    });
    expect(logged.statusCode).toBe(201);
    const body = logged.json();
    expect(body.judgements.buyingStage.value).toBe('execution');
    const signal = body.signals.find((s: { signal: string }) => s.signal === 'contract_signed');
    expect(signal).toMatchObject({ contactName: 'Qin Lan', note: 'Signed by the CFO', stage: 'execution', retractedAt: null });

    const retracted = await post(url(`/signals/${signal.id}/retract`), {});
    expect(retracted.statusCode).toBe(200);
    expect(retracted.json().judgements.buyingStage.value).toBe('risk_evaluation');
    expect(retracted.json().signals.find((s: { id: string }) => s.id === signal.id).retractedAt).not.toBeNull();
  });

  it('refuses a signal from someone who is not a contact of the account', async () => {
    const res = await post(url('/signals'), { signal: 'asked_references', observedAt: now.toISOString(), contactId: users.rep!.id });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe('contactId');
  });

  it("keeps another rep's deals out of sight: 404, never data", async () => {
    for (const res of [
      await get(url(), otherRep),
      await post(`${url('/actions')}?dryRun=true`, { action: 'price_concession' }, otherRep),
      await post(url('/signals'), { signal: 'asked_references', observedAt: now.toISOString() }, otherRep),
      await get(`/api/accounts/${account.id}/deal-flags`, otherRep),
    ]) {
      expect(res.statusCode).toBe(404);
      expect(res.json().error.code).toBe('account.not_found');
    }
    expect((await get('/api/deals', otherRep)).json().items).toEqual([]);
    expect((await get('/api/deals')).json().items.map((d: { id: string }) => d.id)).toContain(deal.id);
  });

  it('moves a standard deal one LTC step at a time, explaining a refused move', async () => {
    const created = await post(`/api/accounts/${account.id}/deals`, {
      name: 'Store replenishment linehaul',
      kind: 'standard',
      serviceLines: ['linehaul'],
    });
    expect(created.statusCode).toBe(201);
    const standard = created.json();
    expect(standard).toMatchObject({
      stage: 'lead',
      version: 1,
      ownerId: users.rep!.id,
      judgements: { nextLtcStage: 'opportunity', buyingStage: null },
    });
    const stage = (to: string, version: number) => post(`/api/accounts/${account.id}/deals/${standard.id}/stage`, { stage: to, version });

    const skipped = await stage('contract', 1);
    expect(skipped.statusCode).toBe(400);
    expect(skipped.json().error).toMatchObject({ code: 'validation.failed', field: 'stage' });
    expect(skipped.json().error.details.reasons[0]).toMatchObject({ rule: 'ltc_stage_skipped', threshold: 'opportunity' });
    expect((await stage('opportunity', 1)).json()).toMatchObject({ stage: 'opportunity', version: 2 });
    expect((await stage('needs_discovery', 2)).statusCode).toBe(400);
    expect((await stage('closed', 2)).json()).toMatchObject({ stage: 'closed', judgements: { nextLtcStage: null } });
  });

  it('tracks onboarding issues on a won solution deal and flags the overdue ones', async () => {
    const refused = await post(url('/onboarding-issues'), { title: 'Map SKUs', dueOn: '2025-06-01' });
    expect(refused.statusCode).toBe(400);

    const version = (await get(url())).json().version;
    const won = await t.app.inject({
      method: 'PATCH',
      url: url(),
      headers: rep,
      payload: { version, outcome: 'won', outcomeReason: 'Proof, not a discount' },
    });
    expect(won.json()).toMatchObject({ outcome: 'won', version: version + 1 });

    const late = await post(url('/onboarding-issues'), {
      title: 'Returns back to stock in 48 h',
      dueOn: '2025-06-10',
      ownerId: users.delivery!.id,
    });
    expect(late.statusCode).toBe(201);
    const onTime = await post(url('/onboarding-issues'), { title: 'Peak rehearsal', dueOn: '2025-06-15' });
    const body = onTime.json();
    expect(body.judgements.overdueIssues).toBe(1);
    const lateIssue = body.onboardingIssues.find((i: { title: string }) => i.title.startsWith('Returns'));
    expect(lateIssue).toMatchObject({ daysOverdue: 4, ownerName: expect.any(String), status: 'open' });
    expect(body.onboardingIssues.find((i: { title: string }) => i.title === 'Peak rehearsal').daysOverdue).toBeNull();
    const flags = (await get(`/api/accounts/${account.id}/deal-flags`)).json();
    expect(flags.items[0].flags).toEqual([expect.objectContaining({ kind: 'onboarding_overdue' })]);

    const done = await t.app.inject({
      method: 'PATCH',
      url: url(`/onboarding-issues/${lateIssue.id}`),
      headers: rep,
      payload: { status: 'done' },
    });
    expect(done.json().judgements.overdueIssues).toBe(0);
    expect(done.json().onboardingIssues.find((i: { id: string }) => i.id === lateIssue.id).resolvedAt).not.toBeNull();
  });

  it('asks why a deal was lost', async () => {
    const version = (await get(url())).json().version;
    const res = await t.app.inject({ method: 'PATCH', url: url(), headers: rep, payload: { version, outcome: 'lost' } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe('outcomeReason');
  });

  it('searches the proof library by industry and service line, and attaches proof to the deal', async () => {
    const ranked = (await get('/api/proof-assets?industry=apparel&serviceLines=b2c_fulfilment,warehousing')).json().items;
    const titles = ranked.map((p: { asset: { title: string } }) => p.asset.title);
    expect(titles).not.toContain('Pharma references');
    expect(titles.slice(0, 2)).toEqual(['Apparel references', 'Grade-A warehouse']);
    expect(ranked[0].reasons.map((r: { rule: string }) => r.rule)).toEqual(['proof_industry_match', 'proof_service_line_overlap']);

    const created = await post('/api/proof-assets', {
      kind: 'peak_report',
      title: 'Double 11 report',
      url: 'https://example.com/d11.pdf',
      industries: ['apparel'],
    });
    expect(created.statusCode).toBe(201);
    const attached = await post(url('/proofs'), { proofAssetId: created.json().id });
    expect(attached.json().proofs.map((p: { title: string }) => p.title)).toEqual(['Double 11 report']);
    const detached = await t.app.inject({ method: 'DELETE', url: url(`/proofs/${created.json().id}`), headers: rep });
    expect(detached.json().proofs).toEqual([]);
    const badLink = await post('/api/proof-assets', { kind: 'reference', title: 'X', url: 'not a link' });
    expect(badLink.json().error.field).toBe('url');
  });

  it('documents the deal routes in the OpenAPI document', async () => {
    const doc = (await get('/api/openapi.json')).json();
    for (const path of [
      '/api/deals',
      '/api/accounts/{id}/deals/{dealId}/actions',
      '/api/accounts/{id}/deals/{dealId}/actions/check',
      '/api/accounts/{id}/deal-flags',
      '/api/proof-assets',
    ]) {
      expect(Object.keys(doc.paths)).toContain(path);
    }
  });

  it("judges with the company's own settings: its signal catalogue and its tolerated stage gap", async () => {
    const base = defaultSettings();
    const deals = {
      ...base.deals,
      signals: [
        ...base.deals.signals,
        {
          id: 'asked_sla_penalties',
          stage: 'execution' as const,
          weight: 3,
          name_en: 'Asked for SLA penalty terms',
          name_zh: '询问SLA罚则',
        },
      ],
      alignment: { toleratedStageGap: 4 },
    };
    await saveSettings(t.database.db, { document: { ...base, deals }, actorId: null, note: 'our own signals' });

    const catalogue = (await get('/api/deals/catalogue')).json();
    expect(catalogue.signals.map((s: { id: string }) => s.id)).toContain('asked_sla_penalties');
    expect(catalogue.toleratedStageGap).toBe(4);
    const logged = await post(url('/signals'), { signal: 'asked_sla_penalties', observedAt: now.toISOString() });
    expect(logged.statusCode).toBe(201);
    const body = logged.json();
    expect(body.judgements.buyingStage.value).toBe('execution');
    expect(body.signals[0]).toMatchObject({ signal: 'asked_sla_penalties', nameEn: 'Asked for SLA penalty terms', stage: 'execution' });
    const moved = await post(url('/stage'), { stage: 'customer_contact', version: body.version });
    expect(moved.json().judgements.alignment).toMatchObject({ value: 'behind', gap: -4, mismatch: false });
  });
});
