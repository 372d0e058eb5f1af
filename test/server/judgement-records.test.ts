import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountEvaluations } from '../../src/db/schema/index.ts';
import { makeAccount, makeFinancials, makeRegion, makeServiceUsage, makeUser } from '../../src/demo/factories/index.ts';
import type { Reason } from '../../src/domain/reason.ts';
import type { EvaluationResult } from '../../src/jobs/evaluate/result.ts';
import { startTestApp, type TestApp, testPassword } from './harness.ts';

const now = new Date('2025-06-30T12:00:00Z');

/**
 * The records behind the method's judgements (attestations, tag decisions, level
 * assessments, scores, playbook records): each write is checked, scoped, kept with
 * who and when, and the account's judgement is fresh right after it.
 */
describe('judgement records API', () => {
  let t: TestApp;
  let rep: Record<string, string>;
  let manager: Record<string, string>;
  let otherRep: Record<string, string>;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp();
    t.setNow(now);
    const db = t.database.db;
    const east = await makeRegion(db, { code: 'EAST-JR', nameEn: 'East', nameZh: '华东' });
    const owner = await makeUser(db, { email: 'rep@jr.test', name: 'Rep Wang', role: 'rep', regionId: east.id, password: testPassword });
    await makeUser(db, { email: 'manager@jr.test', name: 'Manager Li', role: 'manager', regionId: east.id, password: testPassword });
    const other = await makeUser(db, { email: 'other@jr.test', role: 'rep', password: testPassword });
    ids.owner = owner.id;

    // Head customer, two service lines, a strategic
    // industry: three criteria met, mutual commitment missing → key account.
    const account = await makeAccount(db, {
      name: 'Seastar Apparel',
      industry: 'apparel',
      regionId: east.id,
      ownerId: owner.id,
      collectionCycleDays: 45,
    });
    ids.account = account.id;
    await makeFinancials(db, { accountId: account.id, months: 24, baseRevenue: 2_000_000, now });
    await makeServiceUsage(db, { accountId: account.id, serviceLine: 'warehousing' });
    await makeServiceUsage(db, { accountId: account.id, serviceLine: 'linehaul' });

    // The same, but a 120-day collection cycle: the payment trap blocks strategic.
    const trapped = await makeAccount(db, {
      name: 'Slow Payer Auto',
      industry: 'auto_parts',
      regionId: east.id,
      ownerId: owner.id,
      collectionCycleDays: 120,
    });
    ids.trapped = trapped.id;
    await makeFinancials(db, { accountId: trapped.id, months: 24, baseRevenue: 2_000_000, now });
    await makeServiceUsage(db, { accountId: trapped.id, serviceLine: 'warehousing' });
    await makeServiceUsage(db, { accountId: trapped.id, serviceLine: 'customs' });

    ids.elsewhere = (await makeAccount(db, { name: 'Someone else’s', ownerId: other.id })).id;
    // A smaller account so that both big ones fall in the first half of the company's revenue.
    await makeFinancials(db, { accountId: ids.elsewhere, months: 24, baseRevenue: 1_000_000, now });
    rep = await t.login('rep@jr.test');
    manager = await t.login('manager@jr.test');
    otherRep = await t.login('other@jr.test');
  });
  afterAll(() => t.close());

  const post = (url: string, payload: object, headers = rep) => t.app.inject({ method: 'POST', url, payload, headers });
  const get = (url: string, headers = rep) => t.app.inject({ method: 'GET', url, headers });
  const judgement = async (accountId: string): Promise<EvaluationResult> => {
    const [row] = await t.database.db
      .select({ result: accountEvaluations.result })
      .from(accountEvaluations)
      .where(eq(accountEvaluations.accountId, accountId));
    if (!row) throw new Error('the account was not evaluated');
    return row.result as EvaluationResult;
  };
  const rules = (reasons: readonly Reason[]) => reasons.map((r) => r.rule);

  it('an attestation moves the judgement and stands in it as a reason; a recorded refusal counts against', async () => {
    const url = `/api/accounts/${ids.account}/attestations`;
    const res = await post(url, { criterion: 'mutual_commitment', effect: 'for', note: 'Joint project team formed' });
    expect(res.statusCode).toBe(201);
    let result = await judgement(ids.account!);
    expect(result.criteria.mutual_commitment.value).toBe(true);
    expect(result.tier.value).toBe('strategic');
    const attested = result.criteria.mutual_commitment.reasons.find((r) => r.rule === 'mutual_commitment.attested_for');
    expect(attested?.params).toMatchObject({ note: 'Joint project team formed', date: '2025-06-30' });

    t.setNow(new Date(now.getTime() + 3_600_000));
    expect(
      (await post(url, { criterion: 'mutual_commitment', effect: 'against', note: 'Their CEO declined to meet ours' })).statusCode,
    ).toBe(201);
    t.setNow(now);
    result = await judgement(ids.account!);
    expect(result.criteria.mutual_commitment.value).toBe(false);
    expect(rules(result.criteria.mutual_commitment.reasons)).toContain('mutual_commitment.attested_against');
    expect(result.tier.value).toBe('key_account');

    const list = (await get(url)).json().items;
    expect(list.map((a: { effect: string }) => a.effect)).toEqual(['against', 'for']);
    expect(list[0].attestedBy).toMatchObject({ id: ids.owner, name: 'Rep Wang' });
  });

  it('refuses an attestation without a note, naming the field', async () => {
    const res = await post(`/api/accounts/${ids.account}/attestations`, { criterion: 'solution_need', effect: 'for', note: '  ' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe('note');
  });

  it('only a manager promotes to strategic despite the payment trap, and the note is the reason', async () => {
    const url = `/api/accounts/${ids.trapped}/attestations`;
    await post(url, { criterion: 'mutual_commitment', effect: 'for', note: 'Chairmen met in May' });
    const before = await judgement(ids.trapped!);
    expect(before.paymentTrap.value).toBe(true);
    expect(before.tier.value).toBe('key_account');
    expect(rules(before.tier.reasons)).toContain('tier.payment_trap_blocked');

    const promotion = { criterion: 'strategic_promotion', effect: 'for', note: 'Group guarantee signed; worth the risk' };
    expect((await post(url, promotion)).statusCode).toBe(403);
    expect((await post(url, promotion, manager)).statusCode).toBe(201);
    const after = await judgement(ids.trapped!);
    expect(after.tier.value).toBe('strategic');
    expect(after.tier.reasons.find((r) => r.rule === 'tier.human_promotion')?.params).toMatchObject({
      note: 'Group guarantee signed; worth the risk',
    });
    expect(after.paymentTrap.value).toBe(true);
  });

  it('a manager overrides the suggested tag with a note; the effective tag and the history show it', async () => {
    const url = `/api/accounts/${ids.account}/tag-decisions`;
    const suggested = (await judgement(ids.account!)).tag.suggested.value;
    expect(suggested).not.toBe('nail');

    const bare = await post(url, { decided: 'nail' }, manager);
    expect(bare.statusCode).toBe(400);
    expect(bare.json().error.field).toBe('note');

    expect((await post(url, { decided: 'nail', note: 'Stalled two years despite a CNY 300 M wallet' }, manager)).statusCode).toBe(201);
    const effective = (await judgement(ids.account!)).tag.effective.value;
    expect(effective).toMatchObject({ tag: 'nail', source: 'overridden', note: 'Stalled two years despite a CNY 300 M wallet' });

    const history = (await get(url)).json().items;
    expect(history[0]).toMatchObject({ suggested, decided: 'nail', source: 'overridden', decidedBy: { name: 'Manager Li' } });
    const audit = (await get(`/api/accounts/${ids.account}/history`)).json().items;
    expect(audit.find((e: { field: string }) => e.field === 'tag')).toMatchObject({ after: 'nail' });

    // Confirming the suggestion needs no note.
    expect((await post(url, { decided: suggested }, manager)).statusCode).toBe(201);
    expect((await judgement(ids.account!)).tag.effective.value).toMatchObject({ tag: suggested, source: 'confirmed' });
  });

  it('a rep cannot confirm or override a tag', async () => {
    const res = await post(`/api/accounts/${ids.account}/tag-decisions`, { decided: 'benchmark', note: 'I think so' });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('auth.forbidden');
  });

  it('flags optimism when our own estimate is above the level the customer confirmed', async () => {
    const url = `/api/accounts/${ids.account}/level-assessments`;
    const unproven = await post(url, { level: 4, source: 'customer_confirmed', assessedAt: '2025-03-01' });
    expect(unproven.statusCode).toBe(400);
    expect(unproven.json().error.field).toBe('evidence');

    expect(
      (await post(url, { level: 4, source: 'customer_confirmed', evidence: 'Annual review meeting', assessedAt: '2025-03-01' })).statusCode,
    ).toBe(201);
    expect((await post(url, { level: 3, source: 'own_estimate', assessedAt: '2025-06-01' })).statusCode).toBe(201);
    const level = (await judgement(ids.account!)).level;
    expect(level.official.value).toBe(4);
    expect(level.optimism.value).toBe(true);
    expect(level.optimism.reasons[0]).toMatchObject({ rule: 'ladder_optimism', input: 3, threshold: 4 });

    const items = (await get(url)).json().items;
    expect(items.map((a: { level: number; source: string }) => [a.level, a.source])).toEqual([
      [3, 'own_estimate'],
      [4, 'customer_confirmed'],
    ]);
    expect((await post(url, { level: 2, source: 'own_estimate', assessedAt: '2025-07-02' })).statusCode).toBe(400);
  });

  it('keeps scores and playbook records, checking each payload against its kind', async () => {
    expect((await post(`/api/accounts/${ids.account}/scores`, { influence: 5, satisfaction: 4, cooperation: 6 })).statusCode).toBe(400);
    expect(
      (await post(`/api/accounts/${ids.account}/scores`, { influence: 5, satisfaction: 4, cooperation: 4, note: 'Industry leader' }))
        .statusCode,
    ).toBe(201);
    expect((await get(`/api/accounts/${ids.account}/scores`)).json().items[0]).toMatchObject({
      influence: 5,
      scoredBy: { name: 'Rep Wang' },
    });

    const url = `/api/accounts/${ids.account}/playbook-records`;
    const wrong = await post(url, { kind: 'case_asset', payload: { kind: 'speech_video', title: 'CEO speech', url: 'not a link' } });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.field).toBe('payload.url');
    const asset = await post(url, {
      kind: 'case_asset',
      payload: { kind: 'speech_video', title: 'CEO speech', url: 'https://cases.example/seastar.mp4' },
      status: 'ready',
    });
    expect(asset.statusCode).toBe(201);
    const items = (await get(`${url}?kind=case_asset`)).json().items;
    expect(items).toEqual([
      expect.objectContaining({
        kind: 'case_asset',
        valid: true,
        status: 'ready',
        payload: expect.objectContaining({ title: 'CEO speech' }),
      }),
    ]);
  });

  it('hides another rep’s account: 404 for reading and writing', async () => {
    for (const part of ['attestations', 'tag-decisions', 'level-assessments', 'scores', 'playbook-records', 'playbook']) {
      expect((await get(`/api/accounts/${ids.elsewhere}/${part}`)).statusCode).toBe(404);
    }
    expect((await post(`/api/accounts/${ids.elsewhere}/attestations`, { criterion: 'scale', effect: 'for', note: 'x' })).statusCode).toBe(
      404,
    );
    expect(
      (await post(`/api/accounts/${ids.account}/scores`, { influence: 1, satisfaction: 1, cooperation: 1 }, otherRep)).statusCode,
    ).toBe(404);
  });
});
