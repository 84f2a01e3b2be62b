import { useQuery } from '@tanstack/react-query';
import type { ResponseResult } from '@securebase/contracts';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../api/client';
import { formatDate } from '../../lib/format';
import { usePageTitle } from '../../lib/use-page-title';
import { ButtonLink } from '../../ui/button';
import { Card } from '../../ui/card';
import { KeepHyphenated } from '../../ui/keep-hyphenated';
import { LoadError } from '../../ui/load-error';
import { PageHeader } from '../../ui/page-header';
import { Spinner } from '../../ui/spinner';
import { bandShade, formatScore } from '../assessments/chart-scale';
import { responseQuery } from '../assessments/queries';
import { CrisisPanel } from './crisis-panel';
import { percentAlong, plainScores, type PlainScore } from './plain-result';
import './portal.css';

/** `/portal/results/:responseId`: a result the clinician shared, in plain words. */
export function SharedResultPage() {
  const { t } = useTranslation();
  const { responseId = '' } = useParams();
  const result = useQuery(responseQuery(responseId));
  usePageTitle(result.data?.instrumentName ?? t('sharedResult.loading'));

  if (result.isPending) return <Spinner label={t('sharedResult.loading')} />;
  if (result.error) {
    if (isApiError(result.error, 404) || isApiError(result.error, 400)) {
      return (
        <>
          <PageHeader
            title={t('sharedResult.notFoundTitle')}
            description={t('sharedResult.notFoundBody')}
          />
          <ButtonLink to="/portal" variant="secondary">
            {t('sharedResult.back')}
          </ButtonLink>
        </>
      );
    }
    return <LoadError error={result.error} onRetry={() => void result.refetch()} />;
  }
  return <SharedResultView result={result.data} />;
}

function SharedResultView({ result }: { result: ResponseResult }) {
  const { t, i18n } = useTranslation();
  const scores = plainScores(result);
  return (
    <div className="sb-portal sb-shared-result">
      <p className="sb-back">
        <Link to="/portal">{t('sharedResult.back')}</Link>
      </p>
      <header className="sb-shared-result__header">
        <h1>
          <KeepHyphenated text={result.instrumentName} />
        </h1>
        <p>
          {t('sharedResult.answered', { date: formatDate(result.submittedAt, i18n.language) })}{' '}
          {result.sharedAt
            ? t('sharedResult.sharedOn', { date: formatDate(result.sharedAt, i18n.language) })
            : null}
        </p>
      </header>
      {scores.map((score) => (
        <ScoreCard key={score.name} score={score} single={scores.length === 1} />
      ))}
      <Card title={t('sharedResult.meaningTitle')} tone="muted">
        <p>{t('sharedResult.meaning')}</p>
        <p>{t('sharedResult.talk')}</p>
      </Card>
      <footer className="sb-shared-result__about">
        <h2>{t('questionnaire.citationTitle')}</h2>
        <p>{result.citation}</p>
      </footer>
      <CrisisPanel />
    </div>
  );
}

function ScoreCard({ score, single }: { score: PlainScore; single: boolean }) {
  const { t, i18n } = useTranslation();
  const num = (value: number) => formatScore(value, i18n.language);
  const title = single ? t('sharedResult.yourScore') : score.label;
  if (score.value === null) {
    return (
      <Card title={title} headingLevel={2}>
        <p>{t('sharedResult.notWorkedOut')}</p>
      </Card>
    );
  }
  if (typeof score.value === 'string') {
    return (
      <Card title={title} headingLevel={2}>
        <p className="sb-shared-score">{score.value}</p>
      </Card>
    );
  }
  const value = score.value;
  const ranged = score.min !== null && score.max !== null;
  return (
    <Card title={title} headingLevel={2}>
      <p className="sb-shared-score">
        {ranged
          ? t('sharedResult.outOf', {
              value: num(value),
              max: num(score.max ?? 0),
            })
          : num(value)}
      </p>
      {ranged ? <ScoreScale score={score} value={value} /> : null}
      {score.band ? (
        <p>
          {t('sharedResult.band', {
            min: num(score.band.min),
            max: num(score.band.max),
            band: score.band.label.toLocaleLowerCase(i18n.language),
          })}
        </p>
      ) : null}
      <p>{t(`sharedResult.easier.${score.easier}`)}</p>
      {score.change ? <ChangeText change={score.change} /> : null}
    </Card>
  );
}

function ChangeText({ change }: { change: NonNullable<PlainScore['change']> }) {
  const { t, i18n } = useTranslation();
  const num = (value: number) => formatScore(value, i18n.language);
  const size = Math.abs(change.difference);
  const moved =
    change.difference === 0
      ? t('sharedResult.same', { previous: num(change.previous) })
      : t(change.difference < 0 ? 'sharedResult.lower' : 'sharedResult.higher', {
          previous: num(change.previous),
          count: size,
          points: num(size),
        });
  return (
    <p>
      {moved}
      {change.difference !== 0 && change.beyondChance !== null
        ? ` ${t(change.beyondChance ? 'sharedResult.beyondChance' : 'sharedResult.withinChance')}`
        : null}
    </p>
  );
}

/**
 * The score's range as a bar, shaded like the clinician's chart (darker towards the harder
 * end), with a marker at the score. Decorative: the sentences around it say the same.
 */
function ScoreScale({ score, value }: { score: PlainScore; value: number }) {
  const { i18n } = useTranslation();
  const min = score.min ?? 0;
  const max = score.max ?? 1;
  const direction =
    score.easier === 'lower'
      ? 'higher_is_worse'
      : score.easier === 'higher'
        ? 'higher_is_better'
        : 'not_directional';
  return (
    <div className="sb-scale" aria-hidden="true">
      <div className="sb-scale__bar">
        {score.bands.map((band, index) => {
          const from = Math.max(min, band.min);
          const to = Math.min(max, score.bands[index + 1]?.min ?? max);
          const shade = bandShade(index, score.bands.length, direction);
          return (
            <span
              key={band.label}
              className="sb-scale__band"
              style={{
                left: `${String(percentAlong(from, min, max))}%`,
                width: `${String(percentAlong(to, min, max) - percentAlong(from, min, max))}%`,
                opacity: shade === null ? 0.15 : 0.08 + 0.4 * shade,
              }}
            />
          );
        })}
        <span
          className="sb-scale__marker"
          style={{ left: `${String(percentAlong(value, min, max))}%` }}
        />
      </div>
      <div className="sb-scale__ends">
        <span>{formatScore(min, i18n.language)}</span>
        <span>{formatScore(max, i18n.language)}</span>
      </div>
    </div>
  );
}
