import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AlliancePointView, SessionMark } from '@securebase/contracts';
import { useId, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/format';
import { splitError } from '../../lib/form-errors';
import { useDescribeError } from '../../lib/use-describe-error';
import { Button } from '../../ui/button';
import { SelectField, TextAreaField } from '../../ui/field';
import { ErrorNotice, Notice } from '../../ui/notice';
import { allianceQuery, recordRupture } from './queries';

/** What happened at a rating, and the repair attempted (in which session, if one). */
export function RuptureForm({
  caseId,
  memberId,
  point,
  sessions,
  onDone,
}: {
  caseId: string;
  memberId: string;
  point: AlliancePointView;
  sessions: readonly SessionMark[];
  onDone: () => void;
}) {
  const { t, i18n } = useTranslation();
  const describe = useDescribeError();
  const client = useQueryClient();
  const headingId = useId();
  const [whatHappened, setWhatHappened] = useState(point.rupture?.whatHappened ?? '');
  const [repairAttempted, setRepairAttempted] = useState(point.rupture?.repairAttempted ?? '');
  const [repairSessionId, setRepairSessionId] = useState(point.rupture?.repairSessionId ?? '');
  const [missing, setMissing] = useState(false);
  const mutation = useMutation({
    mutationFn: () =>
      recordRupture(point.responseId, {
        whatHappened: whatHappened.trim(),
        repairAttempted: repairAttempted.trim(),
        ...(repairSessionId ? { repairSessionId } : {}),
      }),
    onSuccess: (view) => {
      client.setQueryData(allianceQuery(caseId, memberId).queryKey, view);
      onDone();
    },
  });
  const errors = splitError(
    mutation.error,
    ['whatHappened', 'repairAttempted', 'repairSessionId'],
    describe,
  );
  const later = sessions.filter((s) => s.heldAt >= point.submittedAt || s.id === repairSessionId);

  function submit(event: SubmitEvent) {
    event.preventDefault();
    const empty = !whatHappened.trim();
    setMissing(empty);
    if (!empty) mutation.mutate();
  }

  return (
    <section className="sb-card sb-alliance__rupture" aria-labelledby={headingId}>
      <h4 id={headingId} tabIndex={-1}>
        {t('alliance.rupture.title', {
          date: formatDate(point.submittedAt, i18n.language),
          score: point.score,
        })}
      </h4>
      {point.reasons.length > 0 ? (
        <Notice tone="attention">{t('alliance.rupture.flagged')}</Notice>
      ) : (
        <p className="sb-small">{t('alliance.rupture.notFlagged')}</p>
      )}
      <form noValidate onSubmit={submit} className="sb-alliance__rupture-form">
        {errors.form ? <ErrorNotice>{errors.form}</ErrorNotice> : null}
        <TextAreaField
          label={t('alliance.rupture.whatHappened')}
          hint={t('alliance.rupture.whatHappenedHint')}
          rows={3}
          maxLength={4000}
          value={whatHappened}
          onChange={(event) => setWhatHappened(event.target.value)}
          error={missing ? t('alliance.rupture.missing') : errors.fields.whatHappened}
        />
        <TextAreaField
          label={t('alliance.rupture.repair')}
          hint={t('alliance.rupture.repairHint')}
          rows={3}
          maxLength={4000}
          value={repairAttempted}
          onChange={(event) => setRepairAttempted(event.target.value)}
          error={errors.fields.repairAttempted}
        />
        <SelectField
          label={t('alliance.rupture.session')}
          value={repairSessionId}
          onChange={(event) => setRepairSessionId(event.target.value)}
          error={errors.fields.repairSessionId}
          options={[
            { value: '', label: t('alliance.rupture.noSession') },
            ...later.map((s) => ({
              value: s.id,
              label: t('alliance.rupture.sessionOption', {
                number: s.number,
                date: formatDate(s.heldAt, i18n.language),
              }),
            })),
          ]}
        />
        <div className="sb-alliance__actions">
          <Button type="submit" busy={mutation.isPending}>
            {t('alliance.rupture.save')}
          </Button>
          <Button variant="secondary" onClick={onDone}>
            {t('alliance.rupture.cancel')}
          </Button>
        </div>
      </form>
    </section>
  );
}
