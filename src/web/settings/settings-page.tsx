import { Alert, Button, Grid, Group, Paper, Stack, Tabs, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../app/api.ts';
import { useCurrentUser } from '../auth/use-current-user.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { PageLoader } from '../components/page-loader.tsx';
import { useFormat } from '../i18n/use-format.ts';
import { SettingsField } from './settings-field.tsx';
import { SettingsVersions } from './settings-versions.tsx';
import { type SettingsDocument, useRunEvaluation, useSaveSettings, useSettings, useSettingsSchema } from './use-settings.ts';
import { useSettingLabel } from './use-setting-label.ts';

/** A copy of the document with one value replaced at a path. */
function setAt(document: SettingsDocument, path: string[], value: unknown): SettingsDocument {
  const [head, ...rest] = path;
  if (head === undefined) return document;
  const node = (document as Record<string, unknown>)[head];
  const next = rest.length === 0 ? value : setAt((node ?? {}) as SettingsDocument, rest, value);
  return { ...document, [head]: next } as SettingsDocument;
}

/**
 * The company settings (every rule of the method with its value): an admin edits
 * them section by section and saves a new version; everyone can read them and
 * every version before. An invalid value is named by its field.
 */
export function SettingsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { data: user } = useCurrentUser();
  const current = useSettings();
  const schema = useSettingsSchema();
  const save = useSaveSettings();
  const rerun = useRunEvaluation();
  const labels = useSettingLabel();
  const [draft, setDraft] = useState<SettingsDocument | null>(null);
  const [section, setSection] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const canEdit = user?.role === 'admin';
  const canRerun = canEdit || user?.role === 'manager' || user?.role === 'executive';

  if (current.isPending || schema.isPending) return <PageLoader />;
  if (current.isError) return <ErrorAlert error={current.error} />;
  if (schema.isError) return <ErrorAlert error={schema.error} />;
  const document = draft ?? current.data.document;
  const sections = Object.entries(schema.data.properties ?? {});
  const shown = section ?? sections[0]?.[0] ?? null;
  const dirty = draft !== null && JSON.stringify(draft) !== JSON.stringify(current.data.document);
  const err = save.error;
  // The server's message starts with the field's path; the form names the field itself.
  const fieldError =
    isApiError(err) && err.field && err.code === 'validation.failed' ? { field: err.field, message: err.message.replace(`${err.field}: `, '') } : null;
  const stale = isApiError(err, 'conflict.stale_version');

  const submit = () =>
    save.mutate(
      { document, note: note.trim() || undefined, version: current.data.version },
      {
        onSuccess: (saved) => {
          setDraft(null);
          setNote('');
          notifications.show({ color: 'teal', message: t('settingsUi.saved', { version: saved.version }) });
        },
        // Take the admin to the section holding the field the server refused.
        onError: (e) => {
          if (isApiError(e) && e.field) setSection(e.field.split('.')[0] ?? null);
        },
      },
    );

  const runEvaluation = () =>
    rerun.mutate(undefined, {
      onSuccess: (r) => notifications.show({ color: 'teal', message: t('settingsUi.rerunDone', { evaluated: r.evaluated, changed: r.changed, version: r.settingsVersion }) }),
    });

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>{t('nav.settings')}</Title>
          <Text size="sm" c="dimmed">
            {t('settingsUi.subtitle', { version: current.data.version, date: format.dateTime(current.data.createdAt) })}
          </Text>
        </div>
        {canRerun && (
          <Button variant="light" onClick={runEvaluation} loading={rerun.isPending} data-testid="settings-rerun">
            {t('settingsUi.rerun')}
          </Button>
        )}
      </Group>
      {rerun.error ? <ErrorAlert error={rerun.error} /> : null}
      {!canEdit && <Alert variant="light">{t('settingsUi.readOnly')}</Alert>}
      {stale && (
        <Alert color="orange" title={t('settingsUi.staleTitle')}>
          <Group justify="space-between">
            <Text size="sm">{t('settingsUi.stale')}</Text>
            <Button
              size="xs"
              variant="light"
              onClick={() => {
                setDraft(null);
                save.reset();
                void current.refetch();
              }}
            >
              {t('settingsUi.reload')}
            </Button>
          </Group>
        </Alert>
      )}
      {fieldError && (
        <Alert color="red" title={t('errors.validation.failed')} data-testid="settings-error">
          <Text size="sm">
            {t('settingsUi.fieldRefused', { field: labels.field(fieldError.field.split('.')) })}: {fieldError.message}
          </Text>
        </Alert>
      )}
      {err && !fieldError && !stale ? <ErrorAlert error={err} /> : null}
      <Grid>
        <Grid.Col span={{ base: 12, md: 9 }}>
          <Paper withBorder p="md" radius="md">
            <Tabs value={shown} onChange={setSection} keepMounted={false}>
              <Tabs.List>
                {sections.map(([key]) => (
                  <Tabs.Tab key={key} value={key} data-testid={`settings-tab-${key}`}>
                    {t(`settingsUi.sections.${key}`, { defaultValue: key })}
                  </Tabs.Tab>
                ))}
              </Tabs.List>
              {sections.map(([key, node]) => (
                <Tabs.Panel key={key} value={key} pt="md">
                  <Stack gap="xs">
                    {Object.entries(node.properties ?? {}).map(([field, child]) => (
                      <SettingsField
                        key={field}
                        node={child}
                        path={[key, field]}
                        value={document[key]?.[field]}
                        onChange={(path, value) => setDraft(setAt(document, path, value))}
                        readOnly={!canEdit}
                        error={fieldError}
                      />
                    ))}
                  </Stack>
                </Tabs.Panel>
              ))}
            </Tabs>
            {canEdit && (
              <Group mt="md" align="flex-end" justify="space-between">
                <TextInput
                  label={t('settingsUi.note')}
                  value={note}
                  onChange={(e) => setNote(e.currentTarget.value)}
                  w={420}
                  data-testid="settings-note"
                />
                <Group>
                  <Button
                    variant="default"
                    disabled={!dirty}
                    onClick={() => {
                      setDraft(null);
                      save.reset();
                    }}
                  >
                    {t('settingsUi.discard')}
                  </Button>
                  <Button onClick={submit} disabled={!dirty} loading={save.isPending} data-testid="settings-save">
                    {t('settingsUi.save')}
                  </Button>
                </Group>
              </Group>
            )}
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 3 }}>
          <Paper withBorder p="md" radius="md">
            <SettingsVersions current={current.data.version} canEdit={canEdit} onLoad={(d) => setDraft(d)} />
          </Paper>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
