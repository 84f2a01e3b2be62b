import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CaseSummary } from '@securebase/contracts';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '../../lib/format';
import { useDescribeError } from '../../lib/use-describe-error';
import { Button } from '../../ui/button';
import { Card } from '../../ui/card';
import { LoadError } from '../../ui/load-error';
import { ErrorNotice } from '../../ui/notice';
import { Spinner } from '../../ui/spinner';
import { Table } from '../../ui/table';
import { DischargeCard } from './discharge-card';
import { PlanCard } from './plan-card';
import { closingQuery, endSchedule, schedulesQuery } from './queries';
import { ScheduleForm } from './schedule-form';
import { whenText } from './schedule-text';
import './outcomes.css';

/** The Outcomes tab: when measures are due, discharge and the closing summary. */
export function OutcomesTab({ summary }: { summary: CaseSummary }) {
  const { t, i18n } = useTranslation();
  const describe = useDescribeError();
  const client = useQueryClient();
  const schedules = useQuery(schedulesQuery(summary.id));
  const closing = useQuery(closingQuery(summary.id));
  const end = useMutation({
    mutationFn: endSchedule,
    onSuccess: (next) => client.setQueryData(schedulesQuery(summary.id).queryKey, next),
  });
  const locale = i18n.language;
  const date = (iso: string) => formatDate(iso, locale);
  const discharged = !!closing.data?.dischargedOn;

  return (
    <div className="sb-outcomes">
      <p className="sb-outcomes__intro">{t('outcomes.intro')}</p>
      <PlanCard summary={summary} />
      <Card title={t('outcomes.schedules.title')}>
        {schedules.isPending ? <Spinner label={t('app.loading')} /> : null}
        {schedules.error ? (
          <LoadError error={schedules.error} onRetry={() => void schedules.refetch()} />
        ) : null}
        {end.error ? <ErrorNotice>{describe(end.error)}</ErrorNotice> : null}
        {schedules.data && schedules.data.schedules.length === 0 ? (
          <p className="sb-outcomes__none">{t('outcomes.schedules.none')}</p>
        ) : null}
        {schedules.data && schedules.data.schedules.length > 0 ? (
          <Table
            caption={t('outcomes.schedules.caption')}
            rows={schedules.data.schedules}
            rowKey={(s) => s.id}
            columns={[
              {
                key: 'measure',
                header: t('outcomes.schedules.measure'),
                rowHeader: true,
                cell: (s) =>
                  summary.members.length > 1
                    ? `${s.instrumentName} (${s.memberName})`
                    : s.instrumentName,
              },
              {
                key: 'when',
                header: t('outcomes.schedules.when'),
                cell: (s) => whenText(s, t, date),
              },
              {
                key: 'next',
                header: t('outcomes.schedules.next'),
                cell: (s) =>
                  s.endedAt
                    ? t('outcomes.schedules.ended', { date: date(s.endedAt) })
                    : s.nextDueAt
                      ? formatDateTime(s.nextDueAt, locale)
                      : s.kind === 'every_session'
                        ? t('outcomes.schedules.afterEachSession')
                        : t('outcomes.schedules.waiting'),
              },
              { key: 'given', header: t('outcomes.schedules.given'), cell: (s) => String(s.given) },
              {
                key: 'end',
                header: <span className="sb-visually-hidden">{t('outcomes.schedules.stop')}</span>,
                cell: (s) =>
                  s.endedAt ? null : (
                    <Button
                      variant="secondary"
                      busy={end.isPending && end.variables === s.id}
                      onClick={() => end.mutate(s.id)}
                      aria-label={t('outcomes.schedules.stopLabel', { measure: s.instrumentName })}
                    >
                      {t('outcomes.schedules.stop')}
                    </Button>
                  ),
              },
            ]}
          />
        ) : null}
        {closing.data ? <ScheduleForm summary={summary} discharged={discharged} /> : null}
      </Card>
      <DischargeCard summary={summary} />
    </div>
  );
}
