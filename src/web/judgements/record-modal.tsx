import { Button, Group, Modal, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../app/api.ts';
import { ErrorAlert, useErrorText } from '../components/error-alert.tsx';

/**
 * The server's complaint about one field (it names the field), shown under that
 * field: in the interface language where we have the words, else as the server said it.
 */
export function useFieldError(error: unknown): (field: string) => string | undefined {
  const { t } = useTranslation();
  const errorText = useErrorText();
  return (field) => {
    if (!isApiError(error) || !error.field || !(error.field === field || error.field.startsWith(`${field}.`))) return undefined;
    return t(`judgementUi.fieldErrors.${error.field.replaceAll('.', '_')}`, { defaultValue: error.message || errorText(error) });
  };
}

interface RecordModalProps {
  opened: boolean;
  onClose: () => void;
  title: string;
  error: unknown;
  /** Fields that show their own error; any other failure shows above the buttons. */
  fields: string[];
  pending: boolean;
  onSubmit: () => void;
  submitLabel?: string;
  testId: string;
  children: React.ReactNode;
}

/** A small form in a dialog that records one thing and closes when the server has it. */
export function RecordModal({ opened, onClose, title, error, fields, pending, onSubmit, submitLabel, testId, children }: RecordModalProps) {
  const { t } = useTranslation();
  const onField =
    isApiError(error) && error.field !== undefined && fields.some((f) => error.field === f || error.field?.startsWith(`${f}.`));
  return (
    <Modal opened={opened} onClose={onClose} title={title} size="lg" data-testid={testId}>
      {/* The server checks every field and names the one at fault, in the same words for every form. */}
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          onSubmit();
        }}
      >
        <Stack gap="sm">
          {children}
          {error && !onField ? <ErrorAlert error={error} /> : null}
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              {t('form.cancel')}
            </Button>
            <Button type="submit" loading={pending} data-testid={`${testId}-submit`}>
              {submitLabel ?? t('form.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
