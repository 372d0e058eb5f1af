import type { DealSettings } from '../../domain/deals/settings.ts';
import type { Db, Tx } from '../client.ts';
import { currentSettings } from './settings.ts';

export interface LoadedDealSettings {
  settings: DealSettings;
  /** The settings version the judgements used, kept with every checked action. */
  version: number;
}

/** The company's deal rules in force (signal and action catalogues, playbook, thresholds) and their version. */
export async function loadDealSettings(db: Db | Tx): Promise<LoadedDealSettings> {
  const { version, document } = await currentSettings(db);
  return { settings: document.deals, version };
}
