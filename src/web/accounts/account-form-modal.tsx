import { Alert, Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, isApiError } from '../app/api.ts';
import { useCurrentUser } from '../auth/use-current-user.ts';
import { useErrorText } from '../components/error-alert.tsx';
import { useFormat } from '../i18n/use-format.ts';
import { AccountForm } from './account-form.tsx';
import {
  type AccountField,
  type AccountFormErrors,
  type AccountFormValues,
  emptyAccountForm,
  fieldsChanged,
  fieldsToCreate,
  formFromAccount,
  isAccountField,
  validateAccountForm,
} from './account-form-values.ts';
import type { Account } from './account-types.ts';
import { accountKeys, useCreateAccount, useUpdateAccount } from './use-accounts.ts';

/** The server names where the problem is (`body.name: …`); beside the input that is already clear. */
const withoutLocation = (message: string) => message.replace(/^[\w.]+:\s*/, '');

interface AccountFormModalProps {
  opened: boolean;
  onClose: () => void;
  onSaved?: (account: Account) => void;
  /** The account to edit, as read; without it the modal creates a new account. */
  account?: Account;
}

/** Create or edit an account. An edit carries the version it read; a conflict offers to reload. */
export function AccountFormModal({ opened, onClose, onSaved, account }: AccountFormModalProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const errorText = useErrorText();
  const client = useQueryClient();
  const { data: me } = useCurrentUser();
  const ownerLocked = me?.role === 'rep';
  const create = useCreateAccount();
  const update = useUpdateAccount(account?.id ?? '');
  const [base, setBase] = useState<Account | undefined>(account);
  const [values, setValues] = useState<AccountFormValues>(emptyAccountForm);
  const [errors, setErrors] = useState<AccountFormErrors>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [conflict, setConflict] = useState(false);
  const [reason, setReason] = useState('');

  const start = (from: Account | undefined) => {
    setBase(from);
    setValues(from ? formFromAccount(from) : { ...emptyAccountForm, ownerId: ownerLocked && me ? me.id : null });
    setReason('');
    setErrors({});
    setFailure(null);
    setConflict(false);
  };

  // Each opening starts from the account as it is now.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only on opening
  useEffect(() => {
    if (opened) start(account);
  }, [opened]);

  const change = <F extends AccountField>(field: F, value: AccountFormValues[F]) => {
    setValues((previous) => ({ ...previous, [field]: value }));
    setErrors((previous) => ({ ...previous, [field]: undefined }));
  };

  const saved = (result: Account) => {
    notifications.show({
      color: 'teal',
      message: t(base ? 'accountForm.saved' : 'accountForm.created', { name: format.name(result.name, result.nameZh) }),
    });
    onSaved?.(result);
    onClose();
  };

  const failed = (err: unknown) => {
    if (isApiError(err, 'conflict.stale_version')) return setConflict(true);
    if (isApiError(err) && isAccountField(err.field)) {
      const field = err.field;
      return setErrors((previous) => ({
        ...previous,
        [field]: { key: 'form.serverInvalid', values: { message: withoutLocation(err.message) } },
      }));
    }
    setFailure(err);
  };

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    setFailure(null);
    const found = validateAccountForm(values);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const why = reason.trim() ? { reason: reason.trim() } : {};
    if (!base) return create.mutate({ ...fieldsToCreate(values), ...why }, { onSuccess: saved, onError: failed });
    const changes = fieldsChanged(formFromAccount(base), values);
    if (Object.keys(changes).length === 0) return onClose();
    update.mutate({ ...changes, ...why, version: base.version }, { onSuccess: saved, onError: failed });
  };

  const reload = async () => {
    if (!base) return;
    const fresh = await client.fetchQuery({
      queryKey: accountKeys.one(base.id),
      queryFn: async () => (await api<{ account: Account }>(`/accounts/${base.id}`)).account,
      staleTime: 0,
    });
    start(fresh);
  };

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t(base ? 'accountForm.editTitle' : 'accountForm.createTitle')}
      size="xl"
      data-testid="account-form"
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          {conflict && (
            <Alert color="orange" title={t('accountForm.conflictTitle')} data-testid="account-conflict">
              <Stack gap="xs" align="flex-start">
                {t('accountForm.conflict')}
                <Button size="xs" variant="light" color="orange" onClick={() => void reload()}>
                  {t('accountForm.reload')}
                </Button>
              </Stack>
            </Alert>
          )}
          {failure !== null && (
            <Alert color="red" role="alert">
              {errorText(failure)}
            </Alert>
          )}
          <AccountForm values={values} errors={errors} onChange={change} ownerLocked={ownerLocked} />
          <TextInput
            label={t('account.fields.reason')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            maxLength={1000}
            data-testid="field-reason"
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('form.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending || update.isPending} disabled={conflict} data-testid="account-save">
              {t('form.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
