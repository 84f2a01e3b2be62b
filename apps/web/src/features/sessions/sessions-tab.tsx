import { useQuery } from '@tanstack/react-query';
import type { CaseSummary, SessionSummary } from '@securebase/contracts';
import { useTranslation } from 'react-i18next';
import { useLocation, useSearchParams } from 'react-router';
import { formatDateTime } from '../../lib/format';
import { Badge, type BadgeTone } from '../../ui/badge';
import { Button } from '../../ui/button';
import { LoadError } from '../../ui/load-error';
import { Spinner } from '../../ui/spinner';
import { Table } from '../../ui/table';
import { AllianceCard } from '../alliance/alliance-card';
import { sessionsQuery } from './queries';
import { RecordSessionForm } from './record-session-form';
import { SessionPanel } from './session-panel';
import './sessions.css';

const STATUS_TONE: Record<SessionSummary['noteStatus'], BadgeTone> = {
  none: 'neutral',
  draft: 'attention',
  signed: 'success',
};

/** The case's sessions, newest first, the chosen one's note, and the form to record another. */
export function SessionsTab({ summary }: { summary: CaseSummary }) {
  const { t, i18n } = useTranslation();
  const location = useLocation();
  const [search, setSearch] = useSearchParams();
  const sessions = useQuery(sessionsQuery(summary.id));
  const list = sessions.data?.sessions ?? [];
  const chosen = list.find((s) => s.id === search.get('session'));

  function open(id: string) {
    const params = new URLSearchParams(search);
    params.set('session', id);
    setSearch(params, { replace: true, state: location.state as unknown });
  }

  return (
    <div className="sb-sessions">
      <p className="sb-sessions__intro">{t('sessions.intro')}</p>
      {sessions.isPending ? <Spinner label={t('app.loading')} /> : null}
      {sessions.error ? (
        <LoadError error={sessions.error} onRetry={() => void sessions.refetch()} />
      ) : null}
      {chosen ? <SessionPanel key={chosen.id} caseId={summary.id} session={chosen} /> : null}
      {sessions.data ? (
        list.length === 0 ? (
          <p className="sb-sessions__empty">{t('sessions.none')}</p>
        ) : (
          <Table
            caption={t('sessions.table.caption')}
            rows={[...list].reverse()}
            rowKey={(s) => s.id}
            columns={[
              {
                key: 'number',
                header: t('sessions.table.number'),
                rowHeader: true,
                cell: (s) => t('sessions.table.numberCell', { number: s.number }),
              },
              {
                key: 'when',
                header: t('sessions.table.when'),
                cell: (s) => formatDateTime(s.heldAt, i18n.language),
              },
              {
                key: 'how',
                header: t('sessions.table.how'),
                cell: (s) =>
                  t('sessions.table.howCell', {
                    minutes: s.durationMinutes,
                    modality: t(`sessions.modalities.${s.modality}`),
                  }),
              },
              {
                key: 'who',
                header: t('sessions.table.who'),
                cell: (s) => s.attendees.map((a) => a.displayName).join(', '),
              },
              {
                key: 'note',
                header: t('sessions.table.note'),
                cell: (s) => (
                  <>
                    <Badge tone={STATUS_TONE[s.noteStatus]}>
                      {t(`sessions.noteStatus.${s.noteStatus}`)}
                    </Badge>
                    {s.amendments > 0 ? (
                      <span className="sb-small">
                        {' '}
                        {t('sessions.table.amendments', { count: s.amendments })}
                      </span>
                    ) : null}
                  </>
                ),
              },
              {
                key: 'open',
                header: <span className="sb-visually-hidden">{t('sessions.table.open')}</span>,
                cell: (s) => (
                  <Button
                    variant="secondary"
                    onClick={() => open(s.id)}
                    aria-label={t('sessions.table.openLabel', { number: s.number })}
                    aria-pressed={chosen?.id === s.id}
                  >
                    {s.noteStatus === 'signed'
                      ? t('sessions.table.read')
                      : t('sessions.table.write')}
                  </Button>
                ),
              },
            ]}
          />
        )
      ) : null}
      <AllianceCard summary={summary} />
      <RecordSessionForm summary={summary} onRecorded={(session) => open(session.id)} />
    </div>
  );
}
