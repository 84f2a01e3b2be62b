import { useQuery } from '@tanstack/react-query';
import type { AlliancePointView, CaseSummary } from '@securebase/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/format';
import { Badge } from '../../ui/badge';
import { Button } from '../../ui/button';
import { Card } from '../../ui/card';
import { SelectField } from '../../ui/field';
import { LoadError } from '../../ui/load-error';
import { Spinner } from '../../ui/spinner';
import { Table } from '../../ui/table';
import { formatScore } from '../assessments/chart-scale';
import { AllianceChart } from './alliance-chart';
import { allianceQuery } from './queries';
import { RuptureForm } from './rupture-form';
import './alliance.css';

/** The alliance, session by session, for one member of the case at a time. */
export function AllianceCard({ summary }: { summary: CaseSummary }) {
  const { t } = useTranslation();
  const [memberId, setMemberId] = useState(summary.members[0]?.id ?? '');
  const member = summary.members.find((m) => m.id === memberId);
  if (!member) return null;
  return (
    <Card title={t('alliance.title')}>
      <p className="sb-alliance__intro">{t('alliance.intro')}</p>
      {summary.members.length > 1 ? (
        <SelectField
          label={t('alliance.whose')}
          value={memberId}
          onChange={(event) => setMemberId(event.target.value)}
          options={summary.members.map((m) => ({ value: m.id, label: m.displayName }))}
        />
      ) : null}
      <MemberAlliance
        key={member.id}
        caseId={summary.id}
        memberId={member.id}
        memberName={member.displayName}
      />
    </Card>
  );
}

function MemberAlliance(props: { caseId: string; memberId: string; memberName: string }) {
  const { caseId, memberId, memberName } = props;
  const { t, i18n } = useTranslation();
  const view = useQuery(allianceQuery(caseId, memberId));
  const [open, setOpen] = useState<string | null>(null);
  const locale = i18n.language;
  if (view.isPending) return <Spinner label={t('app.loading')} />;
  if (view.error) return <LoadError error={view.error} onRetry={() => void view.refetch()} />;
  const { measure, points, rule } = view.data;
  if (!measure) return <p className="sb-alliance__none">{view.data.noMeasureReason}</p>;
  const chosen = points.find((p) => p.responseId === open);
  const reading = (p: AlliancePointView) => {
    if (p.rupture) return <Badge tone="danger">{t('alliance.table.rupture')}</Badge>;
    if (p.reasons.length > 0) return <Badge tone="attention">{t('alliance.table.drop')}</Badge>;
    return p.threshold === null ? t('alliance.table.forming') : t('alliance.table.usual');
  };
  return (
    <>
      <p className="sb-small">
        {t('alliance.measure', { name: measure.name, score: measure.scoreLabel })}
      </p>
      {points.length === 0 ? (
        <p className="sb-alliance__none">{t('alliance.noRatings')}</p>
      ) : (
        <>
          <AllianceChart view={view.data} measure={measure} memberName={memberName} />
          <Table
            caption={t('alliance.table.caption', { name: memberName })}
            rows={points}
            rowKey={(p) => p.responseId}
            columns={[
              {
                key: 'when',
                header: t('alliance.table.when'),
                rowHeader: true,
                cell: (p) =>
                  p.afterSession
                    ? t('alliance.table.afterSession', {
                        number: p.afterSession.number,
                        date: formatDate(p.submittedAt, locale),
                      })
                    : formatDate(p.submittedAt, locale),
              },
              {
                key: 'score',
                header: t('alliance.table.score'),
                cell: (p) => formatScore(p.score, locale),
              },
              {
                key: 'baseline',
                header: t('alliance.table.baseline'),
                cell: (p) =>
                  p.baselineMean === null || p.baselineSd === null
                    ? t('alliance.table.baselineForming', { count: p.baselineN })
                    : t('alliance.table.baselineCell', {
                        mean: formatScore(p.baselineMean, locale),
                        sd: formatScore(p.baselineSd, locale),
                        n: p.baselineN,
                      }),
              },
              {
                key: 'threshold',
                header: t('alliance.table.threshold'),
                cell: (p) => (p.threshold === null ? '—' : formatScore(p.threshold, locale)),
              },
              {
                key: 'reading',
                header: t('alliance.table.reading'),
                cell: (p) => (
                  <>
                    {reading(p)}
                    {p.rupture?.repairAttempted ? (
                      <span className="sb-alliance__repair-text">
                        {t('alliance.table.repair', { text: p.rupture.repairAttempted })}
                      </span>
                    ) : null}
                    {p.recovered !== null ? (
                      <span className="sb-small sb-alliance__next">
                        {p.recovered
                          ? t('alliance.table.recovered')
                          : t('alliance.table.notRecovered')}
                      </span>
                    ) : null}
                  </>
                ),
              },
              {
                key: 'record',
                header: <span className="sb-visually-hidden">{t('alliance.table.record')}</span>,
                cell: (p) => (
                  <Button
                    variant="secondary"
                    onClick={() => setOpen(p.responseId)}
                    aria-label={t('alliance.table.recordLabel', {
                      date: formatDate(p.submittedAt, locale),
                    })}
                  >
                    {p.rupture ? t('alliance.table.edit') : t('alliance.table.record')}
                  </Button>
                ),
              },
            ]}
          />
        </>
      )}
      {chosen ? (
        <RuptureForm
          key={chosen.responseId}
          caseId={caseId}
          memberId={memberId}
          point={chosen}
          sessions={view.data.sessions}
          onDone={() => setOpen(null)}
        />
      ) : null}
      <details className="sb-alliance__rule">
        <summary>{t('alliance.rule.title')}</summary>
        <p>
          {t('alliance.rule.text', {
            n: rule.minimumBaseline,
            k: rule.sdMultiplier,
            floor: formatScore(rule.floor, locale),
          })}
        </p>
        <p>{rule.reliableChange ?? t('alliance.rule.noReliable')}</p>
        <p>{t('alliance.rule.tentative')}</p>
        <ul className="sb-small">
          {rule.sources.map((source) => (
            <li key={source}>{source}</li>
          ))}
        </ul>
      </details>
    </>
  );
}
