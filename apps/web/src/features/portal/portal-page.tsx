import { useQuery } from '@tanstack/react-query';
import type { PortalHome } from '@securebase/contracts';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { formatDate } from '../../lib/format';
import { usePageTitle } from '../../lib/use-page-title';
import { Card } from '../../ui/card';
import { EmptyState } from '../../ui/empty-state';
import { LoadError } from '../../ui/load-error';
import { Spinner } from '../../ui/spinner';
import { useMe } from '../auth/me-context';
import { CrisisPanel } from './crisis-panel';
import './portal.css';

const portalQuery = {
  queryKey: ['portal'],
  queryFn: () => api.get<PortalHome>('/api/portal'),
};

/** Joins names the way the reader's language does: "A, B and C". */
function listOf(names: readonly string[], locale: string): string {
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(names);
}

export function PortalPage() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const home = useQuery(portalQuery);
  usePageTitle(t('portal.title'));
  const name = home.data?.displayName ?? me.displayName;

  return (
    <div className="sb-portal">
      <header className="sb-portal__greeting">
        <h1>{t('portal.greeting', { name })}</h1>
        <p>{t('portal.intro')}</p>
        <p className="sb-portal__crisis-link">
          <a href="#crisis">{t('portal.crisisLink')}</a>
        </p>
      </header>
      {home.isPending ? <Spinner label={t('app.loading')} /> : null}
      {home.error ? <LoadError error={home.error} onRetry={() => void home.refetch()} /> : null}
      {home.data ? (
        <>
          <Card title={t('portal.tasksTitle')}>
            {home.data.tasks.length === 0 ? (
              <EmptyState title={t('portal.tasksEmpty')} headingLevel={3} />
            ) : (
              <ul className="sb-task-list">
                {home.data.tasks.map((task) => (
                  <li key={task.id} className="sb-task">
                    <span className="sb-task__title">{task.title}</span>
                    {task.dueAt ? (
                      <span className="sb-task__due">
                        {t('portal.due', { date: formatDate(task.dueAt, i18n.language) })}
                      </span>
                    ) : null}
                  </li>
                ))}
              </ul>
            )}
          </Card>
          <Card title={t('portal.careTitle')}>
            {home.data.cases.length === 0 ? (
              <p>{t('portal.careEmpty')}</p>
            ) : (
              <ul className="sb-care-list">
                {home.data.cases.map((item) => (
                  <li key={item.caseId}>
                    <h3 className="sb-care__title">{item.title}</h3>
                    <p>
                      {item.clinicians.length > 0
                        ? t('portal.yourClinicians', {
                            count: item.clinicians.length,
                            names: listOf(item.clinicians, i18n.language),
                          })
                        : t('portal.noClinician')}
                    </p>
                    <p className="sb-care__role">
                      {t('portal.takingPartAs', { role: t(`memberRoles.${item.memberRole}`) })}
                    </p>
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </>
      ) : null}
      <CrisisPanel />
    </div>
  );
}
