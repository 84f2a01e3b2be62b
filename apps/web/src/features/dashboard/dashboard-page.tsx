import { useQuery } from '@tanstack/react-query';
import type { Dashboard, DashboardAlert } from '@securebase/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../api/client';
import { formatDate, formatDateTime } from '../../lib/format';
import { usePageTitle } from '../../lib/use-page-title';
import { Badge, type BadgeTone } from '../../ui/badge';
import { Card } from '../../ui/card';
import { LoadError } from '../../ui/load-error';
import { PageHeader } from '../../ui/page-header';
import { Spinner } from '../../ui/spinner';
import { Table } from '../../ui/table';
import { categoryText } from '../assessments/change-labels';
import { firstOrder, sortCases, type DashboardSort, type Order } from './sort';
import { Sparkline } from './sparkline';
import './dashboard.css';

export const dashboardQuery = {
  queryKey: ['dashboard'] as const,
  queryFn: () => api.get<Dashboard>('/api/dashboard'),
};

const TONE: Record<DashboardAlert['kind'], BadgeTone> = {
  risk: 'danger',
  deterioration: 'attention',
  rupture: 'attention',
  overdue: 'neutral',
};

/** The clinician's day: what needs attention, then every case's trend at a glance. */
export function DashboardPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('dashboard.title'));
  const board = useQuery(dashboardQuery);
  const [sort, setSort] = useState<{ key: DashboardSort; order: Order }>({
    key: 'alerts',
    order: 'desc',
  });
  const locale = i18n.language;

  function onSort(key: string) {
    const next = key as DashboardSort;
    setSort((current) =>
      current.key === next
        ? { key: next, order: current.order === 'asc' ? 'desc' : 'asc' }
        : { key: next, order: firstOrder(next) },
    );
  }

  return (
    <>
      <PageHeader title={t('dashboard.title')} description={t('dashboard.description')} />
      {board.isPending ? <Spinner label={t('app.loading')} /> : null}
      {board.error ? <LoadError error={board.error} onRetry={() => void board.refetch()} /> : null}
      {board.data ? (
        <div className="sb-dashboard">
          <Card title={t('dashboard.attention.title')}>
            {board.data.alerts.length === 0 ? (
              <p className="sb-dashboard__calm">{t('dashboard.attention.none')}</p>
            ) : (
              <ul className="sb-plain-list sb-dashboard__alerts">
                {board.data.alerts.map((alert) => (
                  <li key={`${alert.kind}-${alert.caseId}-${alert.memberName}-${alert.at}`}>
                    <Badge tone={TONE[alert.kind]}>{t(`dashboard.kinds.${alert.kind}`)}</Badge>
                    <span className="sb-dashboard__what">
                      <Link to={`/cases/${encodeURIComponent(alert.caseId)}`}>
                        {alert.caseTitle}
                      </Link>
                      {' · '}
                      {t(`dashboard.explain.${alert.kind}`, {
                        who: alert.memberName,
                        measure: alert.instrumentName,
                        detail: alert.detail,
                        when:
                          alert.kind === 'overdue'
                            ? formatDateTime(alert.at, locale)
                            : formatDate(alert.at, locale),
                      })}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </Card>
          <Table
            caption={t('dashboard.cases.caption')}
            rows={sortCases(board.data.cases, sort.key, sort.order)}
            rowKey={(row) => row.caseId}
            sort={{ key: sort.key, order: sort.order }}
            onSort={onSort}
            columns={[
              {
                key: 'title',
                sortKey: 'title',
                header: t('dashboard.cases.case'),
                rowHeader: true,
                cell: (row) => (
                  <>
                    <Link to={`/cases/${encodeURIComponent(row.caseId)}`}>{row.title}</Link>
                    {row.status === 'closed' ? (
                      <>
                        {' '}
                        <Badge>{t('caseStatus.closed')}</Badge>
                      </>
                    ) : null}
                  </>
                ),
              },
              {
                key: 'trend',
                header: t('dashboard.cases.trend'),
                cell: (row) =>
                  row.trend ? (
                    <span className="sb-dashboard__trend">
                      <Sparkline
                        trend={row.trend}
                        label={t('dashboard.cases.trendLabel', {
                          measure: `${row.trend.instrumentName} ${row.trend.scoreLabel}`,
                          who: row.trend.memberName,
                          values: row.trend.values.map((v) => String(v.value)).join(', '),
                          direction: t(`dashboard.direction.${row.trend.direction}`),
                        })}
                      />
                      <span className="sb-small">{row.trend.instrumentName}</span>
                    </span>
                  ) : (
                    <span className="sb-small">{t('dashboard.cases.noTrend')}</span>
                  ),
              },
              {
                key: 'change',
                sortKey: 'change',
                header: t('dashboard.cases.change'),
                cell: (row) => (row.trend?.category ? categoryText(row.trend.category, t) : '—'),
              },
              {
                key: 'alerts',
                sortKey: 'alerts',
                header: t('dashboard.cases.alerts'),
                cell: (row) =>
                  row.alerts > 0 ? <Badge tone="attention">{String(row.alerts)}</Badge> : '0',
              },
              {
                key: 'last',
                sortKey: 'lastActivityAt',
                header: t('dashboard.cases.last'),
                cell: (row) => formatDate(row.lastActivityAt, locale),
              },
            ]}
          />
        </div>
      ) : null}
    </>
  );
}
