import { Button, Code, Group, Modal, NavLink, ScrollArea, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../components/error-alert.tsx';
import { PageLoader } from '../components/page-loader.tsx';
import { useFormat } from '../i18n/use-format.ts';
import { type SettingsDocument, useSettingsVersion, useSettingsVersions } from './use-settings.ts';

/** Every saved version of the settings, newest first; one can be read, or loaded into the editor to restore it. */
export function SettingsVersions({
  current,
  canEdit,
  onLoad,
}: {
  current: number;
  canEdit: boolean;
  onLoad: (document: SettingsDocument) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const versions = useSettingsVersions();
  const [open, setOpen] = useState<number | null>(null);
  const version = useSettingsVersion(open);

  return (
    <Stack gap={4} data-testid="settings-versions">
      <Title order={4}>{t('settingsUi.versions')}</Title>
      {versions.isPending && <PageLoader />}
      {versions.isError && <ErrorAlert error={versions.error} />}
      {versions.data?.map((v) => (
        <NavLink
          key={v.version}
          onClick={() => setOpen(v.version)}
          active={v.version === current}
          label={t('settingsUi.versionLine', { version: v.version, date: format.dateTime(v.createdAt) })}
          description={`${v.createdBy ? format.name(v.createdBy.name, v.createdBy.nameZh) : t('account.history.system')}${v.note ? ` · ${v.note}` : ''}`}
        />
      ))}
      <Modal opened={open !== null} onClose={() => setOpen(null)} title={t('settingsUi.versionTitle', { version: open ?? '' })} size="xl">
        {version.isPending && <PageLoader />}
        {version.isError && <ErrorAlert error={version.error} />}
        {version.data && (
          <Stack>
            <Text size="sm" c="dimmed">
              {version.data.note ?? ''}
            </Text>
            <ScrollArea h={420}>
              <Code block>{JSON.stringify(version.data.document, null, 2)}</Code>
            </ScrollArea>
            {canEdit && version.data.version !== current && (
              <Group justify="flex-end">
                <Button
                  variant="light"
                  onClick={() => {
                    onLoad(version.data.document);
                    setOpen(null);
                  }}
                  data-testid="settings-load-version"
                >
                  {t('settingsUi.loadVersion')}
                </Button>
              </Group>
            )}
          </Stack>
        )}
      </Modal>
    </Stack>
  );
}
