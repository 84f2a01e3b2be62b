import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../lib/format';
import { Card } from '../../ui/card';
import { KeepHyphenated } from '../../ui/keep-hyphenated';
import { LoadError } from '../../ui/load-error';
import { Spinner } from '../../ui/spinner';
import { sharedResultsQuery } from './queries';

/** On the client's home: the results their clinician chose to share, newest first. */
export function SharedResults() {
  const { t, i18n } = useTranslation();
  const shared = useQuery(sharedResultsQuery);
  return (
    <Card title={t('portal.sharedTitle')}>
      {shared.isPending ? <Spinner label={t('app.loading')} /> : null}
      {shared.error ? (
        <LoadError error={shared.error} onRetry={() => void shared.refetch()} />
      ) : null}
      {shared.data && shared.data.results.length === 0 ? <p>{t('portal.sharedEmpty')}</p> : null}
      {shared.data && shared.data.results.length > 0 ? (
        <ul className="sb-shared-list">
          {shared.data.results.map((result) => (
            <li key={result.responseId}>
              <Link
                to={`/portal/results/${encodeURIComponent(result.responseId)}`}
                className="sb-shared-link"
              >
                <span className="sb-shared-link__title">
                  <KeepHyphenated text={result.instrumentName} />
                </span>
                <span className="sb-shared-link__meta">
                  {t('portal.sharedAnswered', {
                    date: formatDate(result.submittedAt, i18n.language),
                  })}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
    </Card>
  );
}
