import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeAccount, makeDeal, makeDepartment, makeSupportRequest, makeUser } from '../../src/demo/factories/index.ts';
import { type TestApp, startTestApp, testPassword } from './harness.ts';

const now = new Date('2025-06-30T08:00:00Z');
const hours = (h: number) => new Date(now.getTime() + h * 3_600_000);

interface Request {
  id: string;
  status: string;
  version: number;
  answer: string | null;
  dueAt: string;
  assigneeId: string | null;
  allowedMoves: string[];
  sla: { value: { dueSource: string; breached: boolean; pending: boolean }; reasons: { rule: string; met: boolean }[] };
}

/**
 * Front line first (一切为了前线): a rep raises a request to a department; only the
 * department's own members (or an admin) accept, answer and close it; SLA breaches
 * are visible per department.
 */
describe('support requests API', () => {
  let t: TestApp;
  const ids: Record<string, string> = {};
  const as: Record<string, Record<string, string>> = {};

  beforeAll(async () => {
    t = await startTestApp();
    t.setNow(now);
    const db = t.database.db;
    const sales = await makeDepartment(db, { kind: 'sales', code: 'sales' });
    const pricing = await makeDepartment(db, { kind: 'pricing', code: 'pricing' });
    const legal = await makeDepartment(db, { kind: 'legal', code: 'legal' });
    const executiveOffice = await makeDepartment(db, { kind: 'executive', code: 'exec' });
    ids.pricing = pricing.id;
    ids.legal = legal.id;
    ids.executiveOffice = executiveOffice.id;
    const people: [string, string, string | null][] = [
      ['rep', 'rep', sales.id],
      ['otherRep', 'rep', sales.id],
      ['pricer', 'staff', pricing.id],
      ['lawyer', 'staff', legal.id],
      ['admin', 'admin', null],
    ];
    for (const [key, role, departmentId] of people) {
      ids[key] = (await makeUser(db, { email: `${key}@support.test`, role, departmentId, password: testPassword })).id;
      as[key] = await t.login(`${key}@support.test`);
    }
    ids.account = (await makeAccount(db, { name: 'Yangtze Apparel', ownerId: ids.rep })).id;
    ids.deal = (await makeDeal(db, { accountId: ids.account })).id;
    ids.otherAccount = (await makeAccount(db, { name: 'Someone else’s', ownerId: ids.otherRep })).id;
    ids.otherDeal = (await makeDeal(db, { accountId: ids.otherAccount })).id;
  });
  afterAll(() => t.close());

  const raise = (payload: object, who = 'rep', account = ids.account) =>
    t.app.inject({ method: 'POST', url: `/api/accounts/${account}/support-requests`, headers: as[who], payload });
  const move = (id: string, payload: object, who: string) =>
    t.app.inject({ method: 'PATCH', url: `/api/support-requests/${id}`, headers: as[who], payload });

  it('raises a request with the department SLA as its due time when the rep gives none', async () => {
    const res = await raise({ departmentId: ids.pricing, need: 'Price three volume scenarios', dealId: ids.deal });
    expect(res.statusCode).toBe(201);
    const request: Request = res.json();
    expect(request.status).toBe('open');
    // Pricing answers within 24 hours by default.
    expect(new Date(request.dueAt).toISOString()).toBe(hours(24).toISOString());
    expect(request.sla.value).toMatchObject({ dueSource: 'sla', breached: false, pending: true });
    expect(request.allowedMoves).toEqual([]);
  });

  it('keeps the due time the rep asked for, and refuses one in the past', async () => {
    const asked = await raise({ departmentId: ids.legal, need: 'Review the liability clause', dueAt: hours(6).toISOString() });
    expect(asked.statusCode).toBe(201);
    expect(asked.json().sla.value.dueSource).toBe('requested');
    const late = await raise({ departmentId: ids.legal, need: 'Too late', dueAt: hours(-1).toISOString() });
    expect(late.statusCode).toBe(400);
    expect(late.json().error.field).toBe('dueAt');
  });

  it('refuses a department that does not serve the front line, and a deal of another account', async () => {
    const office = await raise({ departmentId: ids.executiveOffice, need: 'Ask the CEO' });
    expect(office.statusCode).toBe(400);
    expect(office.json().error.field).toBe('departmentId');
    const wrongDeal = await raise({ departmentId: ids.pricing, need: 'Quote', dealId: ids.otherDeal });
    expect(wrongDeal.statusCode).toBe(400);
    expect(wrongDeal.json().error.field).toBe('dealId');
  });

  it('lets the department accept, answer and close; the rep who raised it sees every step', async () => {
    const raised: Request = (await raise({ departmentId: ids.pricing, need: 'Quote the Chengdu lane' })).json();
    const accepted = await move(raised.id, { status: 'accepted', version: raised.version }, 'pricer');
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json()).toMatchObject({ status: 'accepted', assigneeId: ids.pricer, allowedMoves: ['answered', 'closed'] });

    const noAnswer = await move(raised.id, { status: 'answered', version: accepted.json().version }, 'pricer');
    expect(noAnswer.statusCode).toBe(400);
    expect(noAnswer.json().error.field).toBe('answer');

    const answered = await move(raised.id, { status: 'answered', answer: 'CNY 1.8 per kg', version: accepted.json().version }, 'pricer');
    expect(answered.json()).toMatchObject({ status: 'answered', answer: 'CNY 1.8 per kg' });
    expect(answered.json().sla.value.breached).toBe(false);

    const closed = await move(raised.id, { status: 'closed', version: answered.json().version }, 'pricer');
    expect(closed.json().status).toBe('closed');

    const seen: Request = (await t.app.inject({ method: 'GET', url: `/api/support-requests/${raised.id}`, headers: as.rep })).json();
    expect(seen).toMatchObject({ status: 'closed', answer: 'CNY 1.8 per kg', allowedMoves: [] });
  });

  it('forbids a rep to close another department’s request, even one they raised, and hides it from reps of other accounts', async () => {
    const raised: Request = (await raise({ departmentId: ids.pricing, need: 'Quote the Wuhan lane' })).json();
    const byRep = await move(raised.id, { status: 'closed', version: raised.version }, 'rep');
    expect(byRep.statusCode).toBe(403);
    expect(byRep.json().error.code).toBe('auth.forbidden');
    const byOtherDepartment = await move(raised.id, { status: 'closed', version: raised.version }, 'lawyer');
    expect(byOtherDepartment.statusCode).toBe(404);
    const byStranger = await move(raised.id, { status: 'closed', version: raised.version }, 'otherRep');
    expect(byStranger.statusCode).toBe(404);
    const still: Request = (await t.app.inject({ method: 'GET', url: `/api/support-requests/${raised.id}`, headers: as.rep })).json();
    expect(still.status).toBe('open');

    const byAdmin = await move(raised.id, { status: 'closed', version: raised.version }, 'admin');
    expect(byAdmin.statusCode).toBe(200);
  });

  it('answers a stale version with 409 and a move the flow does not allow with 400', async () => {
    const raised: Request = (await raise({ departmentId: ids.pricing, need: 'Quote the Xi’an lane' })).json();
    const first = await move(raised.id, { status: 'accepted', version: raised.version }, 'pricer');
    expect(first.statusCode).toBe(200);
    const stale = await move(raised.id, { status: 'closed', version: raised.version }, 'pricer');
    expect(stale.statusCode).toBe(409);
    const closed = await move(raised.id, { status: 'closed', version: first.json().version }, 'pricer');
    const reopen = await move(raised.id, { status: 'open', version: closed.json().version }, 'pricer');
    expect(reopen.statusCode).toBe(400);
    expect(reopen.json().error.field).toBe('status');
  });

  it('shows the department its queue, and each department’s SLA breaches to everyone', async () => {
    await makeSupportRequest(t.database.db, {
      accountId: ids.account,
      departmentId: ids.legal,
      raisedBy: ids.rep,
      need: 'Overdue contract review',
      raisedAt: hours(-72),
      dueAt: hours(-2),
    });
    const queue = await t.app.inject({ method: 'GET', url: '/api/support-requests?view=department&status=open,accepted', headers: as.lawyer });
    const items: Request[] = queue.json().items;
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((r) => ['open', 'accepted'].includes(r.status))).toBe(true);
    expect(items.find((r) => r.sla.value.breached)?.allowedMoves).toEqual(['accepted', 'closed']);

    const queues = await t.app.inject({ method: 'GET', url: '/api/support-requests/queues', headers: as.otherRep });
    expect(queues.statusCode).toBe(200);
    const legal = queues.json().queues.value.find((q: { department: string }) => q.department === 'legal');
    expect(legal).toMatchObject({ breached: 1 });
    const reason = queues.json().queues.reasons.find((r: { params: { department: string } }) => r.params.department === 'legal');
    expect(reason).toMatchObject({ rule: 'support_queue_within_sla', met: false, input: 1, threshold: 0 });
    const pricing = queues.json().queues.value.find((q: { department: string }) => q.department === 'pricing');
    expect(pricing.breached).toBe(0);
  });

  it('lists only what each person may see', async () => {
    const mine: Request[] = (await t.app.inject({ method: 'GET', url: '/api/support-requests?view=mine', headers: as.rep })).json().items;
    expect(mine.length).toBeGreaterThan(0);
    const stranger: Request[] = (await t.app.inject({ method: 'GET', url: '/api/support-requests', headers: as.otherRep })).json().items;
    expect(stranger).toEqual([]);
    const onAccount = await t.app.inject({ method: 'GET', url: `/api/accounts/${ids.account}/support-requests`, headers: as.otherRep });
    expect(onAccount.statusCode).toBe(404);
  });
});
