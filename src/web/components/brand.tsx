import { Stack, Text, Title, type TitleOrder } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Abreast / 并肩 and the method's goal as its motto. */
export function Brand({ withMotto = false, order = 3 }: { withMotto?: boolean; order?: TitleOrder }) {
  const { t } = useTranslation();
  return (
    <Stack gap={0}>
      <Title order={order} c="teal.8">
        {t('shell.product')}
      </Title>
      {withMotto && (
        <Text size="sm" c="dimmed">
          {t('shell.motto')}
        </Text>
      )}
    </Stack>
  );
}
