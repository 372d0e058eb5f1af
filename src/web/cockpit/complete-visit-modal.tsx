import { Checkbox, TextInput, Textarea } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RecordModal } from '../judgements/record-modal.tsx';
import type { Visit } from './organisation-types.ts';
import { useCompleteVisit } from './use-organisation.ts';

/** Complete a flagged visit's plan: its objective and agenda, and tell the team if it was not told. */
export function CompleteVisitModal({ visit, onClose }: { visit: Visit | null; onClose: () => void }) {
  const { t } = useTranslation();
  const complete = useCompleteVisit();
  const [objective, setObjective] = useState('');
  const [agenda, setAgenda] = useState('');
  const [notifyTeam, setNotifyTeam] = useState(true);
  // biome-ignore lint/correctness/useExhaustiveDependencies: each opening starts from the visit as it is
  useEffect(() => {
    if (!visit) return;
    setObjective(visit.objective ?? '');
    setAgenda(visit.agenda ?? '');
    setNotifyTeam(visit.teamNotifiedAt === null);
    complete.reset();
  }, [visit?.id]);
  if (!visit) return null;
  return (
    <RecordModal
      opened
      onClose={onClose}
      title={t('organisationUi.visits.complete')}
      error={complete.error}
      fields={[]}
      pending={complete.isPending}
      testId="complete-visit"
      onSubmit={() =>
        complete.mutate(
          { visit, changes: { objective: objective.trim() || null, agenda: agenda.trim() || null, notifyTeam } },
          { onSuccess: onClose },
        )
      }
    >
      <TextInput label={t('organisationUi.visits.subject')} value={visit.subject} readOnly />
      <Textarea label={t('organisationUi.visits.objective')} value={objective} onChange={(e) => setObjective(e.currentTarget.value)} autosize minRows={2} />
      <Textarea label={t('organisationUi.visits.agenda')} value={agenda} onChange={(e) => setAgenda(e.currentTarget.value)} autosize minRows={2} data-testid="complete-visit-agenda" />
      {visit.teamNotifiedAt === null && (
        <Checkbox label={t('organisationUi.planVisit.notifyTeam')} checked={notifyTeam} onChange={(e) => setNotifyTeam(e.currentTarget.checked)} />
      )}
    </RecordModal>
  );
}
