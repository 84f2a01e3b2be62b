import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CaseSummary } from '@securebase/contracts';
import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '../../lib/format';
import { splitError } from '../../lib/form-errors';
import { useDescribeError } from '../../lib/use-describe-error';
import { Badge } from '../../ui/badge';
import { Button } from '../../ui/button';
import { Card } from '../../ui/card';
import { ConfirmDialog } from '../../ui/dialog';
import { TextAreaField, TextField } from '../../ui/field';
import { ErrorNotice } from '../../ui/notice';
import { Table } from '../../ui/table';
import { categoryText } from '../assessments/change-labels';
import { formatScore } from '../assessments/chart-scale';
import { closingQuery, discharge, schedulesQuery } from './queries';

/** Discharge, and the closing summary: first and last scores, reliable change, follow-ups. */
export function DischargeCard({ summary }: { summary: CaseSummary }) {
  const { t, i18n } = useTranslation();
  const describe = useDescribeError();
  const client = useQueryClient();
  const closing = useQuery(closingQuery(summary.id));
  const [dischargedOn, setDischargedOn] = useState(() => new Date().toISOString().slice(0, 10));
  const [note, setNote] = useState('');
  const [confirming, setConfirming] = useState(false);
  const mutation = useMutation({
    mutationFn: () =>
      discharge(summary.id, { dischargedOn, ...(note.trim() ? { note: note.trim() } : {}) }),
    onSuccess: async (next) => {
      setConfirming(false);
      client.setQueryData(closingQuery(summary.id).queryKey, next);
      await client.invalidateQueries({ queryKey: ['case', summary.id] });
      await client.invalidateQueries({ queryKey: schedulesQuery(summary.id).queryKey });
    },
    onError: () => setConfirming(false),
  });
  const errors = splitError(mutation.error, ['dischargedOn', 'note'], describe);
  const data = closing.data;
  const locale = i18n.language;

  function submit(event: SubmitEvent) {
    event.preventDefault();
    setConfirming(true);
  }

  return (
    <Card title={data?.dischargedOn ? t('outcomes.closing.title') : t('outcomes.discharge.title')}>
      {closing.error ? <ErrorNotice>{describe(closing.error)}</ErrorNotice> : null}
      {data?.dischargedOn ? (
        <p>
          <Badge tone="success">
            {t('outcomes.closing.discharged', {
              date: formatDate(`${data.dischargedOn}T12:00:00Z`, locale),
            })}
          </Badge>{' '}
          {data.note ?? ''}
        </p>
      ) : (
        <form noValidate onSubmit={submit} className="sb-outcomes__form">
          <p className="sb-small">{t('outcomes.discharge.lead')}</p>
          {errors.form ? <ErrorNotice>{errors.form}</ErrorNotice> : null}
          <TextField
            type="date"
            label={t('outcomes.discharge.date')}
            value={dischargedOn}
            onChange={(event) => setDischargedOn(event.target.value)}
            error={errors.fields.dischargedOn}
          />
          <TextAreaField
            label={t('outcomes.discharge.note')}
            rows={3}
            maxLength={4000}
            value={note}
            onChange={(event) => setNote(event.target.value)}
          />
          <Button type="submit" variant="secondary">
            {t('outcomes.discharge.submit')}
          </Button>
          <ConfirmDialog
            open={confirming}
            title={t('outcomes.discharge.confirmTitle')}
            confirmLabel={t('outcomes.discharge.confirm')}
            cancelLabel={t('outcomes.discharge.cancel')}
            busy={mutation.isPending}
            onConfirm={() => mutation.mutate()}
            onCancel={() => setConfirming(false)}
          >
            <p>{t('outcomes.discharge.confirmBody')}</p>
          </ConfirmDialog>
        </form>
      )}
      {data && data.lines.length > 0 ? (
        <Table
          caption={t('outcomes.closing.caption')}
          rows={data.lines}
          rowKey={(l) => `${l.memberId}-${l.instrumentId}-${l.score}`}
          columns={[
            {
              key: 'measure',
              header: t('outcomes.closing.measure'),
              rowHeader: true,
              cell: (l) =>
                summary.members.length > 1
                  ? `${l.instrumentName}: ${l.scoreLabel} (${l.memberName})`
                  : `${l.instrumentName}: ${l.scoreLabel}`,
            },
            {
              key: 'pre',
              header: t('outcomes.closing.pre'),
              cell: (l) => `${formatScore(l.pre.value, locale)} (${formatDate(l.pre.at, locale)})`,
            },
            {
              key: 'post',
              header: t('outcomes.closing.post'),
              cell: (l) =>
                `${formatScore(l.post.value, locale)} (${formatDate(l.post.at, locale)})`,
            },
            {
              key: 'change',
              header: t('outcomes.closing.change'),
              cell: (l) => formatScore(l.difference, locale),
            },
            {
              key: 'category',
              header: t('outcomes.closing.category'),
              cell: (l) => (
                <>
                  {l.category ? categoryText(l.category, t) : t('outcomes.closing.noBasis')}
                  {l.basis ? <span className="sb-small sb-outcomes__basis">{l.basis}</span> : null}
                </>
              ),
            },
          ]}
        />
      ) : data ? (
        <p className="sb-outcomes__none">{t('outcomes.closing.noLines')}</p>
      ) : null}
      {data && data.followUps.length > 0 ? (
        <>
          <h3>{t('outcomes.closing.followUps')}</h3>
          <ul>
            {data.followUps.map((f) => (
              <li key={`${f.instrumentName}-${f.dueAt}`}>
                {t('outcomes.closing.followUp', {
                  measure: f.instrumentName,
                  who: f.memberName,
                  when: formatDateTime(f.dueAt, locale),
                })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </Card>
  );
}
