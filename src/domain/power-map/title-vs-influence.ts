import type { Judgement } from '../reason.ts';
import type { Contact } from './contact.ts';
import { type PowerMapSettings, powerMapDefaults } from './settings.ts';
import { powerMapReason } from './power-map-reason.ts';

/** 徒有虚名 (a big title without power) or 大权在握 (power behind a small title). */
export const titlePowers = ['figurehead', 'hidden_power'] as const;
export type TitlePower = (typeof titlePowers)[number];

type TitleFacts = Pick<Contact, 'rank' | 'influence'>;

/** Decides whether the title and the real influence disagree, and which way. */
export function judgeTitleAgainstInfluence(options: {
  contact: TitleFacts;
  settings: PowerMapSettings;
}): Judgement<TitlePower | null> {
  const { contact, settings } = options;
  const { figurehead, hiddenPower } = settings;
  const highTitle = contact.rank <= figurehead.maxRank;
  const lowInfluence = contact.influence <= figurehead.maxInfluence;
  const lowTitle = contact.rank >= hiddenPower.minRank;
  const highInfluence = contact.influence >= hiddenPower.minInfluence;
  const reasons = [
    powerMapReason('figurehead_rank', highTitle, { input: contact.rank, threshold: figurehead.maxRank }),
    powerMapReason('figurehead_influence', lowInfluence, { input: contact.influence, threshold: figurehead.maxInfluence }),
    powerMapReason('hidden_power_rank', lowTitle, { input: contact.rank, threshold: hiddenPower.minRank }),
    powerMapReason('hidden_power_influence', highInfluence, { input: contact.influence, threshold: hiddenPower.minInfluence }),
  ];
  // Figurehead first: if a company's settings let both hold, the title is the
  // misleading signal a rep is most likely to act on.
  const value: TitlePower | null =
    highTitle && lowInfluence ? 'figurehead' : lowTitle && highInfluence ? 'hidden_power' : null;
  return { value, reasons };
}

/** The at-a-glance badge for the canvas: title versus real influence. */
export function figureheadOrHiddenPower(
  contact: TitleFacts,
  settings: PowerMapSettings = powerMapDefaults,
): TitlePower | null {
  return judgeTitleAgainstInfluence({ contact, settings }).value;
}
