import type { AccountStatus } from '../../domain/catalog.ts';
import type { Account, AccountFields } from './account-types.ts';

/** What the form's inputs hold: text as typed, numbers or '' when empty, shares as percentages. */
export interface AccountFormValues {
  name: string;
  nameZh: string;
  industry: string | null;
  regionId: string | null;
  province: string;
  city: string;
  ownerId: string | null;
  status: AccountStatus;
  walletEstimate: number | '';
  paymentTermsDays: number | '';
  collectionCycleDays: number | '';
  /** Percent, 0..100 (the API stores 0..1). */
  overdueShare: number | '';
  /** Percent (the API stores 0.1 for +10 %). */
  customerGrowth: number | '';
  jointOffice: boolean;
  coLocated: boolean;
  description: string;
}

export type AccountField = keyof AccountFormValues;
/** What is wrong with a field: an i18n key and its interpolation values. */
export interface FieldError {
  key: string;
  values?: Record<string, string>;
}
export type AccountFormErrors = Partial<Record<AccountField, FieldError>>;

export const emptyAccountForm: AccountFormValues = {
  name: '',
  nameZh: '',
  industry: null,
  regionId: null,
  province: '',
  city: '',
  ownerId: null,
  status: 'prospect',
  walletEstimate: '',
  paymentTermsDays: '',
  collectionCycleDays: '',
  overdueShare: '',
  customerGrowth: '',
  jointOffice: false,
  coLocated: false,
  description: '',
};

const toPercent = (share: number | null) => (share === null ? '' : Math.round(share * 10_000) / 100);
const fromPercent = (percent: number | '') => (percent === '' ? null : percent / 100);
const orEmpty = (value: number | null) => (value === null ? '' : value);
const orNull = (value: number | '') => (value === '' ? null : value);
const textOrNull = (value: string) => (value.trim() === '' ? null : value.trim());

export function formFromAccount(account: Account): AccountFormValues {
  return {
    name: account.name,
    nameZh: account.nameZh ?? '',
    industry: account.industry,
    regionId: account.regionId,
    province: account.province,
    city: account.city,
    ownerId: account.ownerId,
    status: account.status,
    walletEstimate: orEmpty(account.walletEstimate),
    paymentTermsDays: orEmpty(account.paymentTermsDays),
    collectionCycleDays: orEmpty(account.collectionCycleDays),
    overdueShare: toPercent(account.overdueShare),
    customerGrowth: toPercent(account.customerGrowth),
    jointOffice: account.jointOffice,
    coLocated: account.coLocated,
    description: account.description ?? '',
  };
}

const converters: { [K in AccountField]: (values: AccountFormValues) => AccountFields[K] } = {
  name: (v) => v.name.trim(),
  nameZh: (v) => textOrNull(v.nameZh),
  industry: (v) => v.industry ?? '',
  regionId: (v) => v.regionId,
  province: (v) => v.province.trim(),
  city: (v) => v.city.trim(),
  ownerId: (v) => v.ownerId,
  status: (v) => v.status,
  walletEstimate: (v) => orNull(v.walletEstimate),
  paymentTermsDays: (v) => orNull(v.paymentTermsDays),
  collectionCycleDays: (v) => orNull(v.collectionCycleDays),
  overdueShare: (v) => fromPercent(v.overdueShare),
  customerGrowth: (v) => fromPercent(v.customerGrowth),
  jointOffice: (v) => v.jointOffice,
  coLocated: (v) => v.coLocated,
  description: (v) => textOrNull(v.description),
};

const fields = Object.keys(converters) as AccountField[];

/** The request body for a new account: every field that has a value. */
export function fieldsToCreate(values: AccountFormValues): Partial<AccountFields> {
  const body: Partial<Record<AccountField, unknown>> = {};
  for (const field of fields) {
    const value = converters[field](values);
    if (value !== null && value !== '') body[field] = value;
  }
  return body as Partial<AccountFields>;
}

/** Only what the user changed, compared as typed so that rounding never invents a change. */
export function fieldsChanged(before: AccountFormValues, after: AccountFormValues): Partial<AccountFields> {
  const body: Partial<Record<AccountField, unknown>> = {};
  for (const field of fields) {
    const changed =
      typeof before[field] === 'string' ? String(before[field]).trim() !== String(after[field]).trim() : before[field] !== after[field];
    if (changed) body[field] = converters[field](after);
  }
  return body as Partial<AccountFields>;
}

/** The longest terms or cycle the API accepts, in days. */
export const maxDays = 720;
const integerDays = (value: number | '') => value !== '' && (!Number.isInteger(value) || value < 0 || value > maxDays);

/** Client-side checks before anything is sent; the server checks again. */
export function validateAccountForm(values: AccountFormValues): AccountFormErrors {
  const errors: AccountFormErrors = {};
  for (const field of ['name', 'province', 'city'] as const) {
    if (values[field].trim() === '') errors[field] = { key: 'form.required' };
  }
  if (!values.industry) errors.industry = { key: 'form.required' };
  if (values.walletEstimate !== '' && values.walletEstimate < 0) errors.walletEstimate = { key: 'form.notNegative' };
  if (integerDays(values.paymentTermsDays)) errors.paymentTermsDays = { key: 'form.days' };
  if (integerDays(values.collectionCycleDays)) errors.collectionCycleDays = { key: 'form.days' };
  if (values.overdueShare !== '' && (values.overdueShare < 0 || values.overdueShare > 100)) errors.overdueShare = { key: 'form.percent' };
  if (values.customerGrowth !== '' && values.customerGrowth < -100) errors.customerGrowth = { key: 'form.growth' };
  return errors;
}

export const isAccountField = (field: string | undefined): field is AccountField =>
  field !== undefined && (fields as string[]).includes(field);
