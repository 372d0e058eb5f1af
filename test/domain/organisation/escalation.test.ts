import { describe, expect, it } from 'vitest';
import { ROOT_CAUSES, routeEscalation } from '../../../src/domain/organisation/escalation.ts';

describe('routeEscalation (拍桌子)', () => {
  it('refuses an escalation without a root cause, with an error reason', () => {
    for (const rootCause of [undefined, null]) {
      const r = routeEscalation({ escalation: { accountId: 'a', rootCause } });
      expect(r.value).toEqual({ valid: false, routeTo: [], error: 'root_cause_missing' });
      expect(r.reasons[0]).toMatchObject({ rule: 'escalation_root_cause', met: false });
    }
  });

  it('routes an internal-collaboration cause to the departments involved, never to sales', () => {
    const r = routeEscalation({
      escalation: {
        accountId: 'a',
        rootCause: 'internal_collaboration',
        departmentsInvolved: ['sales', 'operations', 'it_integration', 'operations'],
      },
    });
    expect(r.value).toEqual({ valid: true, routeTo: ['operations', 'it_integration'], error: null });
    expect(r.reasons.some((x) => x.rule === 'escalation_not_to_sales')).toBe(true);
  });

  it('asks for the departments when an internal-collaboration cause names none besides sales', () => {
    for (const departmentsInvolved of [[], ['sales'] as const]) {
      const r = routeEscalation({
        escalation: { accountId: 'a', rootCause: 'internal_collaboration', departmentsInvolved },
      });
      expect(r.value).toEqual({ valid: false, routeTo: [], error: 'departments_missing' });
    }
  });

  it('routes the other causes to their owners', () => {
    const route = (rootCause: (typeof ROOT_CAUSES)[number]) =>
      routeEscalation({ escalation: { accountId: 'a', rootCause } }).value.routeTo;
    expect(route('operations')).toEqual(['operations']);
    expect(route('sales')).toEqual(['sales']);
    expect(route('customer_side')).toEqual(['account_team']);
    expect(route('external')).toEqual(['account_team', 'operations']);
  });

  it('adds named departments to a cause owner', () => {
    const r = routeEscalation({
      escalation: { accountId: 'a', rootCause: 'operations', departmentsInvolved: ['delivery'] },
    });
    expect(r.value.routeTo).toEqual(['operations', 'delivery']);
  });

  it('routes every valid cause somewhere', () => {
    for (const rootCause of ROOT_CAUSES) {
      const r = routeEscalation({ escalation: { accountId: 'a', rootCause, departmentsInvolved: ['pricing'] } });
      expect(r.value.valid).toBe(true);
      expect(r.value.routeTo.length).toBeGreaterThan(0);
    }
  });
});
