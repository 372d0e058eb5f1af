import type { Attitude, BuyingRole } from '../../domain/power-map/contact.ts';
import type { MapPerson } from './power-map-types.ts';

/** The body of POST/PATCH /api/accounts/:id/contacts: every field, always. */
export interface ContactFields {
  name: string;
  nameZh: string | null;
  department: string;
  title: string;
  titleZh: string | null;
  rank: number;
  influence: number;
  buyingRole: BuyingRole;
  attitude: Attitude;
  relationshipStrength: number;
  ownerId: string | null;
  isMainContact: boolean;
  email: string | null;
  phone: string | null;
  leftAt: string | null;
  notes: string | null;
}

/** What the side panel's inputs hold: text as typed, '' when empty. */
export interface PersonFormValues {
  name: string;
  nameZh: string;
  department: string;
  title: string;
  titleZh: string;
  rank: number | '';
  influence: number;
  buyingRole: BuyingRole;
  attitude: Attitude;
  relationshipStrength: number;
  ownerId: string | null;
  isMainContact: boolean;
  email: string;
  phone: string;
  leftAt: string;
  notes: string;
}
export type PersonField = keyof PersonFormValues;
export type PersonFormErrors = Partial<Record<PersonField, string>>;

export function emptyPerson(defaults: { department?: string; ownerId?: string | null } = {}): PersonFormValues {
  return {
    name: '',
    nameZh: '',
    department: defaults.department ?? '',
    title: '',
    titleZh: '',
    rank: 3,
    influence: 3,
    buyingRole: 'user',
    attitude: 'neutral',
    relationshipStrength: 1,
    ownerId: defaults.ownerId ?? null,
    isMainContact: false,
    email: '',
    phone: '',
    leftAt: '',
    notes: '',
  };
}

export function formFromPerson(p: MapPerson): PersonFormValues {
  return {
    name: p.name,
    nameZh: p.nameZh ?? '',
    department: p.department,
    title: p.title,
    titleZh: p.titleZh ?? '',
    rank: p.rank,
    influence: p.influence,
    buyingRole: p.buyingRole,
    attitude: p.attitude,
    relationshipStrength: p.relationshipStrength,
    ownerId: p.ownerId,
    isMainContact: p.isMainContact,
    email: p.email ?? '',
    phone: p.phone ?? '',
    leftAt: p.leftAt ?? '',
    notes: p.notes ?? '',
  };
}

const textOrNull = (value: string) => (value.trim() === '' ? null : value.trim());

/**
 * Every field is sent, even unchanged ones: an edit then says exactly what the
 * person is, and a field the form did not touch can never be reset to a default.
 */
export function fieldsFromForm(v: PersonFormValues): ContactFields {
  return {
    name: v.name.trim(),
    nameZh: textOrNull(v.nameZh),
    department: v.department.trim(),
    title: v.title.trim(),
    titleZh: textOrNull(v.titleZh),
    rank: v.rank === '' ? 3 : v.rank,
    influence: v.influence,
    buyingRole: v.buyingRole,
    attitude: v.attitude,
    relationshipStrength: v.relationshipStrength,
    ownerId: v.ownerId,
    isMainContact: v.isMainContact,
    email: textOrNull(v.email),
    phone: textOrNull(v.phone),
    leftAt: textOrNull(v.leftAt),
    notes: textOrNull(v.notes),
  };
}

/** What the browser can tell before asking the server; each value is an i18n key. */
export function validatePerson(v: PersonFormValues): PersonFormErrors {
  const errors: PersonFormErrors = {};
  for (const field of ['name', 'department', 'title'] as const) {
    if (v[field].trim() === '') errors[field] = 'form.required';
  }
  if (v.rank === '' || !Number.isInteger(v.rank) || v.rank < 1 || v.rank > 10) errors.rank = 'powerMapUi.form.rankRange';
  if (v.email.trim() !== '' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v.email.trim())) errors.email = 'powerMapUi.form.emailInvalid';
  if (v.leftAt !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(v.leftAt)) errors.leftAt = 'powerMapUi.form.dateInvalid';
  return errors;
}

export const isPersonField = (field: string | undefined): field is PersonField => field !== undefined && field in emptyPerson();
