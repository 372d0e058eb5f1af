import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../app/api.ts';

/** The text for a failure: the translation of its code, or the server's own message. */
export function useErrorText(): (err: unknown) => string {
  const { t } = useTranslation();
  return (err) => {
    if (isApiError(err)) return t(`errors.${err.code}`, { defaultValue: err.message || t('errors.unknown') });
    return t('errors.unknown');
  };
}

export function ErrorAlert({ error, title }: { error: unknown; title?: string }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  return (
    <Alert color="red" variant="light" title={title ?? t('errors.title')} role="alert">
      {errorText(error)}
    </Alert>
  );
}
