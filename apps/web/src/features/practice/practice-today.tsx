import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { myPracticeQuery } from './queries';
import { TodayCard } from './today-card';

/** On the portal home: today's practice, with the way to everything else between sessions. */
export function PracticeToday() {
  const { t } = useTranslation();
  const practice = useQuery(myPracticeQuery);
  if (!practice.data) return null;
  return (
    <div className="sb-practice-today">
      <TodayCard tasks={practice.data.today} />
      <p className="sb-practice-today__more">
        <Link to="/portal/practice">{t('practice.today.all')}</Link>
      </p>
    </div>
  );
}
