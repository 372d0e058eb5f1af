import {
  Alert,
  Autocomplete,
  Badge,
  Button,
  Drawer,
  Group,
  List,
  NumberInput,
  Rating,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { attitudes, buyingRoles } from '../../domain/catalog.ts';
import { isApiError } from '../app/api.ts';
import { useErrorText } from '../components/error-alert.tsx';
import { usePeople } from '../components/use-reference-data.ts';
import { useCatalog } from '../i18n/use-catalog.ts';
import { useFormat } from '../i18n/use-format.ts';
import {
  emptyPerson,
  fieldsFromForm,
  formFromPerson,
  isPersonField,
  type PersonField,
  type PersonFormErrors,
  type PersonFormValues,
  validatePerson,
} from './person-form-values.ts';
import type { MapPerson } from './power-map-types.ts';
import { useDepartmentLabel, useReasonText } from './use-map-labels.ts';
import { powerMapKey, useSavePerson } from './use-power-map.ts';

interface PersonPanelProps {
  accountId: string;
  opened: boolean;
  onClose: () => void;
  /** The person to edit, as read; without it the panel adds a new person. */
  person: MapPerson | null;
  people: MapPerson[];
  departments: string[];
  defaultDepartment?: string;
  /** Told the id of the person saved, e.g. to bring a new person into view. */
  onSaved?: (id: string) => void;
}

const attitudeColors = { supporter: 'green', neutral: 'gray', opponent: 'red' } as const;

/** The side panel where a person is added to the map or edited. */
export function PersonPanel({ accountId, opened, onClose, person, people, departments, defaultDepartment, onSaved }: PersonPanelProps) {
  const { t } = useTranslation();
  const label = useCatalog();
  const format = useFormat();
  const errorText = useErrorText();
  const departmentLabel = useDepartmentLabel();
  const reasonText = useReasonText(people);
  const users = usePeople();
  const save = useSavePerson(accountId);
  const client = useQueryClient();
  const [values, setValues] = useState<PersonFormValues>(emptyPerson());
  const [errors, setErrors] = useState<PersonFormErrors>({});
  const [failure, setFailure] = useState<unknown>(null);

  // Each opening starts from the person as the map shows them now.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only on opening or when another person is chosen
  useEffect(() => {
    if (!opened) return;
    setValues(person ? formFromPerson(person) : emptyPerson({ department: defaultDepartment }));
    setErrors({});
    setFailure(null);
  }, [opened, person?.id, person?.version]);

  const change = <F extends PersonField>(field: F, value: PersonFormValues[F]) => {
    setValues((v) => ({ ...v, [field]: value }));
    setErrors((e) => ({ ...e, [field]: undefined }));
  };
  const common = (field: PersonField) => ({
    label: t(`powerMapUi.form.${field}`),
    error: errors[field] ? t(errors[field]) : undefined,
    'data-testid': `person-${field}`,
  });

  const submit = async () => {
    const found = validatePerson(values);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setFailure(null);
    try {
      const saved = await save.mutateAsync({ id: person?.id, version: person?.version, fields: fieldsFromForm(values) });
      onSaved?.(saved.id);
      onClose();
    } catch (err) {
      if (isApiError(err) && isPersonField(err.field)) setErrors({ [err.field]: 'powerMapUi.form.serverRefused' });
      setFailure(err);
    }
  };

  const ownerOptions = (users.data ?? []).map((u) => ({ value: u.id, label: format.name(u.name, u.nameZh) }));
  const departmentOptions = [...new Set(departments)].map((d) => ({ value: d, label: departmentLabel(d) }));

  return (
    <Drawer
      opened={opened}
      onClose={onClose}
      position="right"
      size="md"
      title={person ? t('powerMapUi.form.editTitle', { name: format.name(person.name, person.nameZh) }) : t('powerMapUi.form.addTitle')}
      data-testid="person-panel"
    >
      <Stack gap="sm">
        {person?.titlePower.value ? (
          <Alert color={person.titlePower.value === 'figurehead' ? 'orange' : 'violet'} variant="light" p="xs">
            <Badge color={person.titlePower.value === 'figurehead' ? 'orange' : 'violet'}>
              {t(`powerMapUi.badges.${person.titlePower.value}`)}
            </Badge>
            <Text size="xs" mt={4}>
              {t(`powerMap.titlePower.${person.titlePower.value}`)}
            </Text>
            <List size="xs" mt={4}>
              {person.titlePower.reasons
                .filter((r) => r.rule.startsWith(person.titlePower.value === 'figurehead' ? 'figurehead_' : 'hidden_power_'))
                .map((r) => (
                  <List.Item key={r.rule}>{reasonText(r)}</List.Item>
                ))}
            </List>
          </Alert>
        ) : null}
        <SimpleGrid cols={2} spacing="sm">
          <TextInput {...common('name')} required value={values.name} onChange={(e) => change('name', e.currentTarget.value)} />
          <TextInput {...common('nameZh')} value={values.nameZh} onChange={(e) => change('nameZh', e.currentTarget.value)} />
          <TextInput {...common('title')} required value={values.title} onChange={(e) => change('title', e.currentTarget.value)} />
          <TextInput {...common('titleZh')} value={values.titleZh} onChange={(e) => change('titleZh', e.currentTarget.value)} />
        </SimpleGrid>
        <Autocomplete
          {...common('department')}
          required
          description={t('powerMapUi.form.departmentHint')}
          data={departmentOptions.map((o) => o.value)}
          renderOption={({ option }) => departmentLabel(option.value)}
          value={values.department}
          onChange={(value) => change('department', value)}
        />
        <SimpleGrid cols={2} spacing="sm">
          <NumberInput
            {...common('rank')}
            description={t('powerMapUi.form.rankHint')}
            min={1}
            max={10}
            value={values.rank}
            onChange={(value) => change('rank', typeof value === 'number' ? value : '')}
          />
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {t('powerMapUi.form.influence')}
            </Text>
            <Text size="xs" c="dimmed">
              {t('powerMapUi.form.influenceHint')}
            </Text>
            <Rating
              count={5}
              value={values.influence}
              onChange={(value) => change('influence', value || 1)}
              data-testid="person-influence"
            />
          </Stack>
        </SimpleGrid>
        <Select
          {...common('buyingRole')}
          data={buyingRoles.map((id) => ({ value: id, label: label('buyingRoles', id) }))}
          value={values.buyingRole}
          onChange={(value) => value && change('buyingRole', value as PersonFormValues['buyingRole'])}
          allowDeselect={false}
        />
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('powerMapUi.form.attitude')}
          </Text>
          <SegmentedControl
            fullWidth
            color={attitudeColors[values.attitude]}
            data={attitudes.map((id) => ({ value: id, label: <span data-testid={`attitude-${id}`}>{label('attitudes', id)}</span> }))}
            value={values.attitude}
            onChange={(value) => change('attitude', value as PersonFormValues['attitude'])}
            data-testid="person-attitude"
          />
        </Stack>
        <SimpleGrid cols={2} spacing="sm">
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {t('powerMapUi.form.relationshipStrength')}
            </Text>
            <Rating count={5} value={values.relationshipStrength} onChange={(value) => change('relationshipStrength', value || 1)} />
          </Stack>
          <Switch
            {...common('isMainContact')}
            mt="lg"
            checked={values.isMainContact}
            onChange={(e) => change('isMainContact', e.currentTarget.checked)}
          />
        </SimpleGrid>
        <Select
          {...common('ownerId')}
          data={ownerOptions}
          value={values.ownerId}
          onChange={(value) => change('ownerId', value)}
          clearable
          searchable
        />
        <SimpleGrid cols={2} spacing="sm">
          <TextInput {...common('email')} value={values.email} onChange={(e) => change('email', e.currentTarget.value)} />
          <TextInput {...common('phone')} value={values.phone} onChange={(e) => change('phone', e.currentTarget.value)} />
        </SimpleGrid>
        <TextInput
          {...common('leftAt')}
          type="date"
          description={t('powerMapUi.form.leftAtHint')}
          value={values.leftAt}
          onChange={(e) => change('leftAt', e.currentTarget.value)}
        />
        <Textarea
          {...common('notes')}
          autosize
          minRows={2}
          maxRows={6}
          value={values.notes}
          onChange={(e) => change('notes', e.currentTarget.value)}
        />
        {failure ? (
          <Alert color="red" variant="light" role="alert">
            {isApiError(failure, 'conflict.stale_version') ? t('powerMapUi.form.conflict') : errorText(failure)}
            {isApiError(failure, 'conflict.stale_version') ? (
              <Button
                size="compact-xs"
                variant="light"
                ml="sm"
                onClick={() => void client.invalidateQueries({ queryKey: powerMapKey(accountId) })}
              >
                {t('powerMapUi.form.reload')}
              </Button>
            ) : null}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('form.cancel')}
          </Button>
          <Button onClick={submit} loading={save.isPending} data-testid="person-save">
            {t('form.save')}
          </Button>
        </Group>
      </Stack>
    </Drawer>
  );
}
