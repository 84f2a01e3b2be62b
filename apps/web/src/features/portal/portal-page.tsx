import { useQuery } from '@tanstack/react-query';
import type { PortalHome } from '@securebase/contracts';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/format';
import { usePageTitle } from '../../lib/use-page-title';
import { ButtonLink } from '../../ui/button';
import { Card } from '../../ui/card';
import { EmptyState } from '../../ui/empty-state';
import { LoadError } from '../../ui/load-error';
import { Spinner } from '../../ui/spinner';
import { useMe } from '../auth/me-context';
import { KeepHyphenated } from '../../ui/keep-hyphenated';
import { CrisisPanel } from './crisis-panel';
import { MyStoryCard } from './my-story-card';
import { SharedResults } from './shared-results';
import { SharedWords } from './shared-words';
import './portal.css';
import { portalHomeQuery } from './queries';
import { PracticeToday } from '../practice/practice-today';

/** Joins names the way the reader's language does: "A, B and C". */
function listOf(names: readonly string[], locale: string): string {
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(names);
}

/** "Start" or "Continue" for a questionnaire; other kinds of task have no page yet. */
function TaskLink({ task }: { task: PortalHome['tasks'][number] }) {
  const { t } = useTranslation();
  if (task.kind !== 'questionnaire' && task.kind !== 'questionnaire-in-progress') return null;
  const started = task.kind === 'questionnaire-in-progress';
  return (
    <ButtonLink
      to={`/portal/questionnaires/${encodeURIComponent(task.id)}`}
      variant={started ? 'primary' : 'secondary'}
      className="sb-task__action"
      aria-label={
        started
          ? t('portal.continueNamed', { title: task.title })
          : t('portal.startNamed', { title: task.title })
      }
    >
      {started ? t('portal.continue') : t('portal.start')}
    </ButtonLink>
  );
}

export function PortalPage() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const home = useQuery(portalHomeQuery);
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
                    <span className="sb-task__text">
                      <span className="sb-task__title">
                        <KeepHyphenated text={task.title} />
                      </span>
                      {task.kind === 'questionnaire-in-progress' ? (
                        <span className="sb-task__due">{t('portal.inProgress')}</span>
                      ) : null}
                      {task.dueAt ? (
                        <span className="sb-task__due">
                          {t('portal.due', { date: formatDate(task.dueAt, i18n.language) })}
                        </span>
                      ) : null}
                    </span>
                    <TaskLink task={task} />
                  </li>
                ))}
              </ul>
            )}
          </Card>
          <PracticeToday />
          <SharedWords />
          <SharedResults />
          {me.role === 'client' ? <MyStoryCard /> : null}
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
