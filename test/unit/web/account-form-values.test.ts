import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { accountStatuses, industries } from '../../../src/domain/catalog.ts';
import {
  emptyAccountForm,
  fieldsChanged,
  fieldsToCreate,
  formFromAccount,
  maxDays,
  validateAccountForm,
} from '../../../src/web/accounts/account-form-values.ts';
import type { Account } from '../../../src/web/accounts/account-types.ts';

const account: Account = {
  id: '00000000-0000-4000-8000-000000000001',
  name: 'Hengyuan Apparel',
  nameZh: '恒源服饰',
  industry: 'apparel',
  regionId: null,
  province: 'Zhejiang',
  city: 'Hangzhou',
  ownerId: null,
  status: 'active',
  walletEstimate: 50_000_000,
  paymentTermsDays: 60,
  collectionCycleDays: 75,
  overdueShare: 0.07,
  customerGrowth: -0.123456,
  jointOffice: false,
  coLocated: true,
  description: null,
  createdAt: '2025-01-01T00:00:00Z',
  updatedAt: '2025-01-01T00:00:00Z',
  version: 3,
  owner: null,
  region: null,
};

const arbitraryAccount = fc.record({
  name: fc.string({ minLength: 1 }).filter((s) => s.trim() === s && s !== ''),
  nameZh: fc.option(fc.constantFrom('恒源服饰', '嘉禾医药')),
  industry: fc.constantFrom(...industries),
  status: fc.constantFrom(...accountStatuses),
  walletEstimate: fc.option(fc.double({ min: 0, max: 1e10, noNaN: true })),
  paymentTermsDays: fc.option(fc.integer({ min: 0, max: maxDays })),
  collectionCycleDays: fc.option(fc.integer({ min: 0, max: maxDays })),
  overdueShare: fc.option(fc.double({ min: 0, max: 1, noNaN: true })),
  customerGrowth: fc.option(fc.double({ min: -1, max: 5, noNaN: true })),
  jointOffice: fc.boolean(),
  coLocated: fc.boolean(),
});

describe('account form values', () => {
  it('never reports a change when nothing was edited, whatever the stored numbers', () => {
    fc.assert(
      fc.property(arbitraryAccount, (fields) => {
        const read = formFromAccount({ ...account, ...fields });
        expect(fieldsChanged(read, { ...read })).toEqual({});
      }),
    );
  });

  it('sends only the edited fields, shares converted back from percentages', () => {
    const read = formFromAccount(account);
    expect(read.overdueShare).toBe(7);
    const edited = { ...read, collectionCycleDays: 95 as const, overdueShare: 25 as const, description: '  New DC in Jiaxing ' };
    expect(fieldsChanged(read, edited)).toEqual({ collectionCycleDays: 95, overdueShare: 0.25, description: 'New DC in Jiaxing' });
  });

  it('clears a number by sending null', () => {
    const read = formFromAccount(account);
    expect(fieldsChanged(read, { ...read, paymentTermsDays: '' })).toEqual({ paymentTermsDays: null });
  });

  it('creates with the filled fields only', () => {
    const values = { ...emptyAccountForm, name: ' Meida ', industry: 'home_appliances', province: 'Guangdong', city: 'Foshan' };
    expect(fieldsToCreate(values)).toEqual({
      name: 'Meida',
      industry: 'home_appliances',
      province: 'Guangdong',
      city: 'Foshan',
      status: 'prospect',
      jointOffice: false,
      coLocated: false,
    });
  });
});

describe('account form validation', () => {
  const valid = formFromAccount(account);
  const errorOf = (changes: Partial<typeof valid>) => validateAccountForm({ ...valid, ...changes });

  it('accepts a complete account', () => {
    expect(validateAccountForm(valid)).toEqual({});
  });

  it('requires name, industry, province and city', () => {
    expect(Object.keys(validateAccountForm(emptyAccountForm)).sort()).toEqual(['city', 'industry', 'name', 'province']);
    expect(errorOf({ name: '   ' }).name?.key).toBe('form.required');
  });

  it('takes whole days from 0 up to the API limit', () => {
    expect(errorOf({ collectionCycleDays: maxDays }).collectionCycleDays).toBeUndefined();
    expect(errorOf({ collectionCycleDays: maxDays + 1 }).collectionCycleDays?.key).toBe('form.days');
    expect(errorOf({ collectionCycleDays: 0 }).collectionCycleDays).toBeUndefined();
    expect(errorOf({ collectionCycleDays: -1 }).collectionCycleDays?.key).toBe('form.days');
    expect(errorOf({ paymentTermsDays: 30.5 }).paymentTermsDays?.key).toBe('form.days');
  });

  it('takes an overdue share from 0 to 100 percent', () => {
    expect(errorOf({ overdueShare: 100 }).overdueShare).toBeUndefined();
    expect(errorOf({ overdueShare: 100.01 }).overdueShare?.key).toBe('form.percent');
    expect(errorOf({ overdueShare: 0 }).overdueShare).toBeUndefined();
    expect(errorOf({ overdueShare: -0.01 }).overdueShare?.key).toBe('form.percent');
  });

  it('lets growth fall by at most 100 percent and the wallet never be negative', () => {
    expect(errorOf({ customerGrowth: -100 }).customerGrowth).toBeUndefined();
    expect(errorOf({ customerGrowth: -100.01 }).customerGrowth?.key).toBe('form.growth');
    expect(errorOf({ walletEstimate: 0 }).walletEstimate).toBeUndefined();
    expect(errorOf({ walletEstimate: -1 }).walletEstimate?.key).toBe('form.notNegative');
  });
});
