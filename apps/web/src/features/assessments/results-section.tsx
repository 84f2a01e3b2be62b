import { useQuery } from '@tanstack/react-query';
import type { MeasureHistory } from '@securebase/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Card } from '../../ui/card';
import { SelectField } from '../../ui/field';
import { LoadError } from '../../ui/load-error';
import { KeepHyphenated } from '../../ui/keep-hyphenated';
import { Spinner } from '../../ui/spinner';
import { formatScore } from './chart-scale';
import { HistoryChart, type HistoryValue } from './history-chart';
import { bandsFor, publishedChangeFor } from './instrument-info';
import { closingQuery } from '../outcomes/queries';
import { sessionsQuery } from '../sessions/queries';
import { resultsQuery } from './queries';

export function ResultsSection({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const results = useQuery(resultsQuery(caseId));
  return (
    <section aria-labelledby="sb-results-title" className="sb-results">
      <h2 id="sb-results-title">{t('measures.resultsTitle')}</h2>
      {results.isPending ? <Spinner label={t('app.loading')} /> : null}
      {results.error ? (
        <LoadError error={results.error} onRetry={() => void results.refetch()} />
      ) : null}
      {results.data && results.data.measures.length === 0 ? <p>{t('measures.noResults')}</p> : null}
      <div className="sb-results__grid">
        {results.data?.measures.map((measure) => (
          <MeasureCard
            key={`${measure.memberId}-${measure.instrumentId}`}
            caseId={caseId}
            measure={measure}
          />
        ))}
      </div>
    </section>
  );
}

function valuesFor(measure: MeasureHistory, scoreName: string): HistoryValue[] {
  return [...measure.points]
    .sort((a, b) => a.submittedAt.localeCompare(b.submittedAt))
    .flatMap((point) => {
      const value = point.scores[scoreName];
      const fromFirst = point.fromFirst[scoreName];
      return typeof value === 'number'
        ? [
            {
              responseId: point.responseId,
              at: point.submittedAt,
              value,
              status: point.status,
              ...(fromFirst ? { fromFirst } : {}),
              ...(point.riskItems.length > 0 ? { risk: true } : {}),
            },
          ]
        : [];
    });
}

function MeasureCard({ caseId, measure }: { caseId: string; measure: MeasureHistory }) {
  return (
    <Card
      title={
        <>
          <span className="sb-results__member">{measure.memberName}</span>
          <KeepHyphenated text={measure.instrumentName} />
        </>
      }
      headingLevel={3}
      className="sb-results__card"
    >
      <MeasureChart caseId={caseId} measure={measure} />
    </Card>
  );
}

/** One measure's chart over time, with a choice of score where it has several. */
export function MeasureChart({
  caseId,
  measure,
  currentId,
}: {
  caseId: string;
  measure: MeasureHistory;
  /** The result being read, marked on the chart. */
  currentId?: string;
}) {
  const { t, i18n } = useTranslation();
  const sessions = useQuery(sessionsQuery(caseId)).data?.sessions ?? [];
  const closing = useQuery(closingQuery(caseId));
  const numeric = measure.scores.filter((score) => valuesFor(measure, score.name).length > 0);
  const [shown, setShown] = useState(numeric[0]?.name ?? '');
  const score = numeric.find((candidate) => candidate.name === shown) ?? numeric[0];
  if (!score) return null;
  const values = valuesFor(measure, score.name);
  const bands = bandsFor(measure.instrumentId, score.name);
  const change = publishedChangeFor(measure.instrumentId, score.name);
  return (
    <>
      {numeric.length > 1 ? (
        <SelectField
          label={t('measures.scoreShown')}
          value={score.name}
          onChange={(event) => setShown(event.target.value)}
          options={numeric.map((s) => ({ value: s.name, label: s.label }))}
          fieldClassName="sb-results__select"
        />
      ) : null}
      <HistoryChart
        caseId={caseId}
        score={score}
        values={values}
        outcome={measure.outcome.find((o) => o.score === score.name)}
        sessions={sessions}
        dischargedOn={closing.data?.dischargedOn ?? null}
        bands={bands?.bands ?? []}
        bandSource={bands?.source ?? null}
        caption={t('measures.numbersCaption', {
          instrument: score.label,
          name: measure.memberName,
        })}
        currentId={currentId}
      />
      {change ? (
        <p className="sb-small">
          {t('measures.reliableNote', {
            points: formatScore(change.points, i18n.language),
            source: change.source,
          })}
        </p>
      ) : null}
    </>
  );
}
