import { EXERCISE_KINDS } from '@securebase/practice';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '../../lib/use-page-title';
import { ButtonLink } from '../../ui/button';
import { Card } from '../../ui/card';
import { LoadError } from '../../ui/load-error';
import { Spinner } from '../../ui/spinner';
import { CrisisPanel } from '../portal/crisis-panel';
import { EntriesList } from './entries-list';
import { myPracticeQuery } from './queries';
import { RemindersCard } from './reminders-card';
import { TodayCard } from './today-card';
import { PracticeTrendsView } from './trends/trends-chart';
import './practice.css';

/** The client's practice between sessions: today first, then start anything, then the record. */
export function PracticePage() {
  const { t } = useTranslation();
  const practice = useQuery(myPracticeQuery);
  usePageTitle(t('practice.page.title'));
  if (practice.isPending) return <Spinner label={t('app.loading')} />;
  if (practice.error) {
    return <LoadError error={practice.error} onRetry={() => void practice.refetch()} />;
  }
  const data = practice.data;
  return (
    <div className="sb-practice">
      <header className="sb-practice__header">
        <h1>{t('practice.page.title')}</h1>
        <p>{t('practice.page.intro')}</p>
      </header>
      <TodayCard tasks={data.today} />
      <Card title={t('practice.start.title')}>
        <p>{t('practice.start.intro')}</p>
        <ul className="sb-practice__kinds">
          {EXERCISE_KINDS.filter((kind) => kind !== 'article').map((kind) => (
            <li key={kind}>
              <ButtonLink to={`/portal/practice/do/${kind}`} variant="secondary">
                {t(`practice.kinds.${kind}`)}
              </ButtonLink>
              <span className="sb-practice__kind-hint">{t(`practice.kindHints.${kind}`)}</span>
            </li>
          ))}
        </ul>
        <p>
          <Link to="/portal/learn">{t('practice.start.learn')}</Link>
        </p>
      </Card>
      <Card title={t('practice.trends.title')}>
        <PracticeTrendsView trends={data.trends} audience="client" />
      </Card>
      <EntriesList entries={data.entries} />
      <RemindersCard current={data.reminders} />
      <CrisisPanel />
    </div>
  );
}
