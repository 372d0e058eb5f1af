import { NumberInput, Select, SimpleGrid, Switch, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type AccountStatus, accountStatuses, industries } from '../../domain/catalog.ts';
import { usePeople, useRegions } from '../components/use-reference-data.ts';
import { useCatalog } from '../i18n/use-catalog.ts';
import { useFormat } from '../i18n/use-format.ts';
import type { AccountField, AccountFormErrors, AccountFormValues } from './account-form-values.ts';

interface AccountFormProps {
  values: AccountFormValues;
  errors: AccountFormErrors;
  onChange: <F extends AccountField>(field: F, value: AccountFormValues[F]) => void;
  /** Reps own what they create and cannot hand an account over; that is a manager's decision. */
  ownerLocked?: boolean;
}

// The longest texts the API accepts.
const maxLength = { name: 200, nameZh: 200, province: 100, city: 100, description: 5000 } as const;

const asNumber = (value: number | string): number | '' => (typeof value === 'number' ? value : '');

/** The inputs of an account (SPEC §1.1); labels are the same as on the account page. */
export function AccountForm({ values, errors, onChange, ownerLocked = false }: AccountFormProps) {
  const { t } = useTranslation();
  const label = useCatalog();
  const format = useFormat();
  const regions = useRegions();
  const people = usePeople();

  const common = (field: AccountField) => ({
    label: t(`account.fields.${field}`),
    error: errors[field] ? t(errors[field].key, errors[field].values) : undefined,
    'data-testid': `field-${field}`,
  });
  const text = (field: 'name' | 'nameZh' | 'province' | 'city', required = false) => (
    <TextInput
      {...common(field)}
      required={required}
      maxLength={maxLength[field]}
      value={values[field]}
      onChange={(e) => onChange(field, e.currentTarget.value)}
    />
  );
  const number = (
    field: 'walletEstimate' | 'paymentTermsDays' | 'collectionCycleDays' | 'overdueShare' | 'customerGrowth',
    suffix?: string,
  ) => (
    <NumberInput
      {...common(field)}
      value={values[field]}
      onChange={(value) => onChange(field, asNumber(value))}
      suffix={suffix}
      prefix={field === 'walletEstimate' ? '¥ ' : undefined}
      thousandSeparator={field === 'walletEstimate' ? ',' : undefined}
      allowNegative={field === 'customerGrowth'}
      hideControls
    />
  );

  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="sm">
      {text('name', true)}
      {text('nameZh')}
      <Select
        {...common('industry')}
        required
        data={industries.map((id) => ({ value: id, label: label('industries', id) }))}
        value={values.industry}
        onChange={(value) => onChange('industry', value)}
        searchable
      />
      <Select
        {...common('status')}
        data={accountStatuses.map((id) => ({ value: id, label: label('accountStatuses', id) }))}
        value={values.status}
        onChange={(value) => value && onChange('status', value as AccountStatus)}
        allowDeselect={false}
      />
      <Select
        {...common('regionId')}
        data={(regions.data ?? []).map((r) => ({ value: r.id, label: format.name(r.nameEn, r.nameZh) }))}
        value={values.regionId}
        onChange={(value) => onChange('regionId', value)}
        clearable
        searchable
      />
      <Select
        {...common('ownerId')}
        data={(people.data ?? []).filter((p) => p.role !== 'staff').map((p) => ({ value: p.id, label: format.name(p.name, p.nameZh) }))}
        value={values.ownerId}
        onChange={(value) => onChange('ownerId', value)}
        disabled={ownerLocked}
        clearable={!ownerLocked}
        searchable
      />
      {text('province', true)}
      {text('city', true)}
      {number('walletEstimate')}
      {number('paymentTermsDays')}
      {number('collectionCycleDays')}
      {number('overdueShare', ' %')}
      {number('customerGrowth', ' %')}
      <SimpleGrid cols={2} pt="lg">
        <Switch
          {...common('jointOffice')}
          checked={values.jointOffice}
          onChange={(e) => onChange('jointOffice', e.currentTarget.checked)}
        />
        <Switch {...common('coLocated')} checked={values.coLocated} onChange={(e) => onChange('coLocated', e.currentTarget.checked)} />
      </SimpleGrid>
      <Textarea
        {...common('description')}
        value={values.description}
        onChange={(e) => onChange('description', e.currentTarget.value)}
        maxLength={maxLength.description}
        autosize
        minRows={2}
        maxRows={6}
        style={{ gridColumn: '1 / -1' }}
      />
    </SimpleGrid>
  );
}
