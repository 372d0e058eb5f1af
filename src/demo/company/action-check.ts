import type { BuyingStage } from '../../domain/deals/stages.ts';
import { defaultSettings } from '../../domain/settings.ts';
import { checkActionAt } from '../../server/routes/deals-judgements.ts';
import { demoSettingsVersion } from './settings.ts';

// The demo's settings keep the method's deal rules (version 2 only adds our network).
const DEAL_SETTINGS = defaultSettings().deals;

/**
 * The check the product would have given a sales action logged `daysAgo`, judged on
 * the signals seen by then, stored as the deal routes store it. A story that tells the
 * customer was at another stage than its signals show is a mistake in the story: refused.
 */
export function checkedAction(options: {
  deal: string;
  action: string;
  at: Date;
  daysAgo: number;
  told: BuyingStage | null;
  signals: readonly { signal: string; observedAt: Date }[];
}) {
  const { deal, action, at, daysAgo, told } = options;
  const signals = options.signals.map((s) => ({ ...s, retractedAt: null }));
  const check = checkActionAt({ action, signals, settings: DEAL_SETTINGS, at });
  if (check.buyingStage !== told) {
    throw new Error(
      `demo deal "${deal}": ${action} is told at ${told}, but the signals seen by then put the customer at ${check.buyingStage}`,
    );
  }
  return { ...check, settingsVersion: demoSettingsVersion(daysAgo) };
}
