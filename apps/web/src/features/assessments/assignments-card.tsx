import { useQuery } from '@tanstack/react-query';
import type { Assignment } from '@securebase/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate, formatDateTime } from '../../lib/format';
import { Badge } from '../../ui/badge';
import { Card } from '../../ui/card';
import { LoadError } from '../../ui/load-error';
import { Spinner } from '../../ui/spinner';
import { Table } from '../../ui/table';
import { assignmentsQuery } from './queries';

const STATUS_TONE = { open: 'accent', completed: 'success', cancelled: 'neutral' } as const;

export function AssignmentsCard({ caseId }: { caseId: string }) {
  const { t, i18n } = useTranslation();
  const list = useQuery(assignmentsQuery(caseId));
  const rows = list.data?.assignments ?? [];
  const base = `/cases/${encodeURIComponent(caseId)}`;
  return (
    <Card title={t('measures.assignmentsTitle')}>
      {list.isPending ? <Spinner label={t('app.loading')} /> : null}
      {list.error ? <LoadError error={list.error} onRetry={() => void list.refetch()} /> : null}
      {list.data && rows.length === 0 ? <p>{t('measures.noAssignments')}</p> : null}
      {rows.length > 0 ? (
        <Table<Assignment>
          caption={t('measures.assignmentsCaption')}
          captionHidden
          rows={rows}
          rowKey={(row) => row.id}
          columns={[
            {
              key: 'instrument',
              header: t('measures.columns.instrument'),
              rowHeader: true,
              cell: (row) => row.instrumentName,
            },
            {
              key: 'member',
              header: t('measures.columns.member'),
              cell: (row) => row.memberName,
            },
            {
              key: 'status',
              header: t('measures.columns.status'),
              cell: (row) => (
                <span className="sb-badges">
                  <Badge tone={STATUS_TONE[row.status]}>{t(`measures.status.${row.status}`)}</Badge>
                  {row.status === 'open' && row.hasDraft ? (
                    <Badge tone="attention">{t('measures.draft')}</Badge>
                  ) : null}
                </span>
              ),
            },
            {
              key: 'assigned',
              header: t('measures.columns.assigned'),
              className: 'sb-nowrap',
              cell: (row) => formatDate(row.createdAt, i18n.language),
            },
            {
              key: 'due',
              header: t('measures.columns.due'),
              className: 'sb-nowrap',
              cell: (row) => (row.dueAt ? formatDate(row.dueAt, i18n.language) : '—'),
            },
            {
              key: 'actions',
              header: t('measures.columns.actions'),
              cell: (row) => {
                const named = { instrument: row.instrumentName, name: row.memberName };
                if (row.responseId) {
                  return (
                    <Link
                      to={`${base}/results/${encodeURIComponent(row.responseId)}`}
                      aria-label={t('measures.viewResultNamed', {
                        ...named,
                        date: formatDateTime(row.completedAt ?? row.createdAt, i18n.language),
                      })}
                    >
                      {t('measures.viewResult')}
                    </Link>
                  );
                }
                if (row.status !== 'open') return null;
                return (
                  <Link
                    to={`${base}/assignments/${encodeURIComponent(row.id)}/paper`}
                    aria-label={t('measures.enterPaperNamed', named)}
                  >
                    {t('measures.enterPaper')}
                  </Link>
                );
              },
            },
          ]}
        />
      ) : null}
    </Card>
  );
}
