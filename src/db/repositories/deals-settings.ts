import { desc } from 'drizzle-orm';
import { type DealSettings, dealDefaults, dealSettingsSchema } from '../../domain/deals/settings.ts';
import type { Db, Tx } from '../client.ts';
import { settingsVersions } from '../schema/index.ts';

export interface LoadedDealSettings {
  settings: DealSettings;
  /** The settings version the judgements used; null while the company runs on the defaults. */
  version: number | null;
}

/**
 * The company's deal rules (signal and action catalogues, playbook, thresholds): the
 * latest saved settings document's section, or the method's defaults while none is
 * saved. A section that no longer validates falls back to the defaults rather than
 * leaving every deal without a judgement.
 */
export async function loadDealSettings(db: Db | Tx): Promise<LoadedDealSettings> {
  const [latest] = await db
    .select({ version: settingsVersions.version, document: settingsVersions.document })
    .from(settingsVersions)
    .orderBy(desc(settingsVersions.version))
    .limit(1);
  const section = (latest?.document as { deals?: unknown } | undefined)?.deals;
  if (!latest || section === undefined) return { settings: dealDefaults, version: latest?.version ?? null };
  const parsed = dealSettingsSchema.safeParse(section);
  return parsed.success ? { settings: parsed.data, version: latest.version } : { settings: dealDefaults, version: null };
}
