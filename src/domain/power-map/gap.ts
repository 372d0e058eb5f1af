import type { Reason } from '../reason.ts';
import type { Contact, PowerRelation } from './contact.ts';
import type { GapSeverity, PowerMapSettings } from './settings.ts';

/** The holes in our picture of, and reach into, the customer's power structure. */
export const powerMapGapKinds = [
  'no_coach',
  'decision_maker_unknown',
  'decision_maker_not_covered',
  'single_threaded',
  'high_influence_opponent',
  'opponent_influences_decision_maker',
  'figurehead_as_main_contact',
  'key_contact_left',
  'narrow_coverage',
] as const;
export type PowerMapGapKind = (typeof powerMapGapKinds)[number];

export interface PowerMapGap {
  gap: PowerMapGapKind;
  severity: GapSeverity;
  /** The people the gap is about, so the canvas can highlight them. */
  contactIds: string[];
  reasons: Reason[];
}

/** What a single gap rule sees. */
export interface GapContext {
  contacts: readonly Contact[];
  relations: readonly PowerRelation[];
  now: Date;
  settings: PowerMapSettings;
}

/** A rule's finding before the company's severity is applied. */
export type GapFinding = Omit<PowerMapGap, 'severity'>;

export type GapRule = (context: GapContext) => GapFinding | null;

/** Reason parameters that name the person, for texts such as "{{name}} left 30 days ago". */
export function aboutContact(contact: Pick<Contact, 'id' | 'name'>): Record<string, unknown> {
  return { contactId: contact.id, name: contact.name };
}
