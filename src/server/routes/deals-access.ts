import type { FastifyInstance, FastifyRequest } from 'fastify';
import { getDeal } from '../../db/repositories/deals.ts';
import { loadDealRecords } from '../../db/repositories/deals-records.ts';
import { loadDealSettings } from '../../db/repositories/deals-settings.ts';
import type { CurrentUser } from '../auth/current-user.ts';
import { requireUser } from '../auth/hook.ts';
import { requireAccountInScope, requireRole } from '../auth/scope.ts';
import type { DealDetailView } from './deals.schema.ts';
import { describeDeal } from './deals-judgements.ts';

type WithAccount = FastifyRequest & { params: { id: string } };
type WithDeal = FastifyRequest & { params: { id: string; dealId: string } };

/** Scope checks and the deal page, shared by the deal route modules. */
export function dealAccess(app: FastifyInstance) {
  const db = () => app.database.db;

  /** The caller, once the account is known to be in their scope (404 otherwise). */
  const inScope = async (request: WithAccount, write = false): Promise<CurrentUser> => {
    const user = requireUser(request);
    await requireAccountInScope(db(), user, request.params.id);
    if (write) requireRole(user, 'admin', 'executive', 'manager', 'rep', 'staff');
    return user;
  };

  /** The caller and the deal, which must be on an account in their scope. */
  const withDeal = async (request: WithDeal, write = false) => {
    const user = await inScope(request, write);
    const deal = await getDeal(db(), request.params.id, request.params.dealId);
    return { user, deal, ref: { accountId: deal.accountId, dealId: deal.id } };
  };

  /** The deal page as it stands now. */
  const detail = async (accountId: string, dealId: string): Promise<DealDetailView> => {
    const [deal, records, { settings }] = await Promise.all([
      getDeal(db(), accountId, dealId),
      loadDealRecords(db(), accountId, dealId),
      loadDealSettings(db()),
    ]);
    return describeDeal(deal, records, settings, app.now());
  };

  return { db, inScope, withDeal, detail };
}
