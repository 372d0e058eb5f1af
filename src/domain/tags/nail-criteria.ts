import { type Judgement, reason } from '../reason.ts';
import { type NailSettings, defaultTagSettings } from './settings.ts';
import { ageInDays } from './time-window.ts';

/**
 * A nail (钉子客户) is long stalled but valuable: a large wallet, our share low, and no
 * progress (no stage advance, no share growth) for the stall period.
 */
export function nailCriteria(options: {
  now: Date;
  walletCny: number | null;
  ourShare: number | null;
  lastProgressAt: Date | null;
  trackedSince?: Date | null;
  settings?: NailSettings;
}): Judgement<boolean> {
  const settings = options.settings ?? defaultTagSettings.nail;
  const { walletCny, ourShare, now } = options;

  const largeWallet = walletCny !== null && walletCny >= settings.minWalletCny;
  const lowShare = ourShare !== null && ourShare <= settings.maxOurShare;
  // With no progress ever recorded, the stall runs from when we started tracking the account.
  const since = options.lastProgressAt ?? options.trackedSince ?? null;
  const stalledDays = since === null ? null : Math.floor(ageInDays(since, now));
  const stalled = stalledDays !== null && stalledDays >= settings.stalledDays;

  return {
    value: largeWallet && lowShare && stalled,
    reasons: [
      reason('nail_wallet', largeWallet, { input: walletCny, threshold: settings.minWalletCny }),
      reason('nail_our_share', lowShare, { input: ourShare, threshold: settings.maxOurShare }),
      reason('nail_stalled', stalled, {
        input: stalledDays,
        threshold: settings.stalledDays,
        params: { since: since?.toISOString() ?? null, fromTracking: options.lastProgressAt === null && since !== null },
      }),
    ],
  };
}
