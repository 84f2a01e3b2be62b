import type { PracticeTask } from '@securebase/contracts';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/format';
import { Badge } from '../../ui/badge';
import { ButtonLink } from '../../ui/button';
import { Card } from '../../ui/card';
import { detailOf, taskHref } from './task-label';

/** Today's tasks, open ones first: what the clinician asked, with their note. */
export function TodayCard({
  tasks,
  headingLevel = 2,
}: {
  tasks: PracticeTask[];
  headingLevel?: 2 | 3;
}) {
  const { t, i18n } = useTranslation();
  return (
    <Card title={t('practice.today.title')} headingLevel={headingLevel}>
      {tasks.length === 0 ? (
        <p>{t('practice.today.empty')}</p>
      ) : (
        <ul className="sb-today">
          {tasks.map((task) => {
            const detail = detailOf(task.kind, task.settings);
            const name = t(`practice.kinds.${task.kind}`);
            return (
              <li key={task.assignmentId} className="sb-today__task" data-kind={task.kind}>
                <span className="sb-today__text">
                  <span className="sb-today__name">{name}</span>
                  {detail ? <span className="sb-today__detail">{detail}</span> : null}
                  {task.note ? <span className="sb-today__note">{task.note}</span> : null}
                  {!task.done && task.openUntil && task.openUntil !== task.period ? (
                    <span className="sb-today__due">
                      {t('practice.today.openUntil', {
                        date: formatDate(`${task.openUntil}T12:00:00Z`, i18n.language),
                      })}
                    </span>
                  ) : null}
                </span>
                {task.done ? (
                  <Badge tone="success">{t('practice.today.done')}</Badge>
                ) : (
                  <ButtonLink
                    to={taskHref(task)}
                    variant={task.draftId ? 'primary' : 'secondary'}
                    aria-label={t('practice.today.startNamed', { name: detail ?? name })}
                  >
                    {task.draftId ? t('practice.today.continue') : t('practice.today.start')}
                  </ButtonLink>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}
