import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { RiskAlert } from '@securebase/contracts';
import { useId, useRef, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../lib/format';
import { useDescribeError } from '../../lib/use-describe-error';
import { Button, ButtonLink } from '../../ui/button';
import { TextAreaField } from '../../ui/field';
import { LoadError } from '../../ui/load-error';
import { ErrorNotice, Notice } from '../../ui/notice';
import { Spinner } from '../../ui/spinner';
import { acknowledgeAlert, ALERTS_KEY, alertsQuery } from './queries';
import './safety.css';

function itemNumbers(items: readonly string[]): string {
  return items.map((item) => item.split('.').at(-1) ?? item).join(', ');
}

/**
 * Open risk alerts first (red accent): review the result, or acknowledge with a note. The
 * acknowledged ones sit in a collapsed list with who acknowledged and their note.
 * `openOnly` (the caseload) shows only what needs doing: nothing when no alert is open, and no
 * acknowledged list (that history is on the alerts page).
 */
export function AlertsBlock({ openOnly = false }: { openOnly?: boolean }) {
  const { t } = useTranslation();
  const alerts = useQuery(alertsQuery);
  const [done, setDone] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  if (alerts.isPending) return openOnly ? null : <Spinner label={t('app.loading')} />;
  if (alerts.error) return <LoadError error={alerts.error} onRetry={() => void alerts.refetch()} />;
  const open = alerts.data.alerts.filter((alert) => alert.acknowledgedAt === null);
  const closed = openOnly
    ? []
    : alerts.data.alerts.filter((alert) => alert.acknowledgedAt !== null);
  // Just acknowledged here: the block stays, with its notice and the focus on its heading.
  if (openOnly && open.length === 0 && !done) return null;
  return (
    <section className="sb-alerts-block" aria-labelledby="sb-alerts-title">
      <h2
        id="sb-alerts-title"
        ref={headingRef}
        tabIndex={-1}
        className={
          open.length > 0
            ? 'sb-alerts-block__heading sb-alerts-block__title'
            : 'sb-alerts-block__heading'
        }
      >
        {open.length > 0 ? t('alerts.openTitle', { count: open.length }) : t('alerts.noneOpen')}
      </h2>
      {done ? (
        <Notice tone="success" live="status">
          {t('alerts.done')}
        </Notice>
      ) : null}
      {open.length > 0 ? (
        <ul className="sb-alerts">
          {open.map((alert) => (
            <OpenAlert
              key={alert.id}
              alert={alert}
              onDone={() => {
                setDone(true);
                // The acknowledged alert leaves the list: focus goes to the list's heading.
                headingRef.current?.focus();
              }}
            />
          ))}
        </ul>
      ) : null}
      {closed.length > 0 ? (
        <details className="sb-disclosure">
          <summary>{t('alerts.acknowledged', { count: closed.length })}</summary>
          <ul className="sb-alerts">
            {closed.map((alert) => (
              <DoneAlert key={alert.id} alert={alert} />
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}

function AlertText({ alert }: { alert: RiskAlert }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <h3 className="sb-alert__title">
        {alert.instrumentName} · {alert.memberName}
      </h3>
      <p className="sb-alert__meta">
        <Link to={`/cases/${encodeURIComponent(alert.caseId)}`}>
          {t('alerts.caseLink', { title: alert.caseTitle })}
        </Link>
      </p>
      <p className="sb-alert__meta">
        {t('alerts.items', { count: alert.items.length, items: itemNumbers(alert.items) })} ·{' '}
        {t('alerts.raised', { date: formatDateTime(alert.createdAt, i18n.language) })}
      </p>
    </>
  );
}

function OpenAlert({ alert, onDone }: { alert: RiskAlert; onDone: () => void }) {
  const { t } = useTranslation();
  const describe = useDescribeError();
  const client = useQueryClient();
  const formId = useId();
  const [acknowledging, setAcknowledging] = useState(false);
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState<string | null>(null);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const named = { instrument: alert.instrumentName, name: alert.memberName };
  const ack = useMutation({
    mutationFn: () => acknowledgeAlert(alert.id, note.trim()),
    onSuccess: async () => {
      onDone();
      await client.invalidateQueries({ queryKey: ALERTS_KEY });
    },
  });

  function submit(event: SubmitEvent) {
    event.preventDefault();
    if (!note.trim()) {
      setMissing(t('alerts.noteMissing'));
      noteRef.current?.focus();
      return;
    }
    setMissing(null);
    ack.mutate();
  }

  return (
    <li className="sb-alert">
      <div className="sb-alert__text">
        <AlertText alert={alert} />
      </div>
      <div className="sb-alert__actions">
        <ButtonLink
          to={`/cases/${encodeURIComponent(alert.caseId)}/results/${encodeURIComponent(alert.responseId)}`}
          aria-label={t('alerts.reviewNamed', named)}
        >
          {t('alerts.review')}
        </ButtonLink>
        {acknowledging ? null : (
          <Button
            variant="secondary"
            aria-label={t('alerts.acknowledgeNamed', named)}
            onClick={() => {
              setAcknowledging(true);
              requestAnimationFrame(() => noteRef.current?.focus());
            }}
          >
            {t('alerts.acknowledge')}
          </Button>
        )}
      </div>
      {acknowledging ? (
        <form id={formId} noValidate onSubmit={submit} className="sb-alert__form">
          {ack.error ? <ErrorNotice>{describe(ack.error)}</ErrorNotice> : null}
          <TextAreaField
            ref={noteRef}
            label={t('alerts.note')}
            hint={t('alerts.noteHint')}
            required
            rows={3}
            maxLength={2000}
            value={note}
            onChange={(event) => setNote(event.target.value)}
            error={missing}
          />
          <div className="sb-form-actions">
            <Button type="submit" busy={ack.isPending}>
              {t('alerts.confirm')}
            </Button>
            <Button variant="secondary" onClick={() => setAcknowledging(false)}>
              {t('alerts.cancel')}
            </Button>
          </div>
        </form>
      ) : null}
    </li>
  );
}

function DoneAlert({ alert }: { alert: RiskAlert }) {
  const { t, i18n } = useTranslation();
  return (
    <li className="sb-alert sb-alert--done">
      <div className="sb-alert__text">
        <AlertText alert={alert} />
        <p className="sb-alert__meta">
          {t('alerts.acknowledgedBy', {
            name: alert.acknowledgedBy ?? '',
            date: formatDateTime(alert.acknowledgedAt, i18n.language),
          })}
        </p>
        {alert.note ? <p className="sb-alert__note">{alert.note}</p> : null}
      </div>
      <div className="sb-alert__actions">
        <ButtonLink
          variant="secondary"
          to={`/cases/${encodeURIComponent(alert.caseId)}/results/${encodeURIComponent(alert.responseId)}`}
          aria-label={t('alerts.reviewNamed', {
            instrument: alert.instrumentName,
            name: alert.memberName,
          })}
        >
          {t('alerts.review')}
        </ButtonLink>
      </div>
    </li>
  );
}
