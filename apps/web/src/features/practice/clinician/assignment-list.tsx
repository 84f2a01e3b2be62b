import type { ExerciseAssignment } from '@securebase/contracts';
import { localDateIn } from '@securebase/practice';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format';
import { useDescribeError } from '../../../lib/use-describe-error';
import { Badge } from '../../../ui/badge';
import { Button } from '../../../ui/button';
import { ConfirmDialog } from '../../../ui/dialog';
import { ErrorNotice } from '../../../ui/notice';
import { useEndExercise } from '../queries';
import { cadenceText, completionText, exerciseName } from './assignment-text';
import { useLocalDate } from './local-date';

/** Ongoing exercises first (newest first), then those that have ended. */
function ordered(assignments: readonly ExerciseAssignment[]): ExerciseAssignment[] {
  return [...assignments].sort((a, b) => {
    if ((a.endedAt === null) !== (b.endedAt === null)) return a.endedAt === null ? -1 : 1;
    return a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0;
  });
}

/** Every exercise given on the case, with how much of it is done, and a way to end it. */
export function AssignmentList({
  caseId,
  assignments,
}: {
  caseId: string;
  assignments: readonly ExerciseAssignment[];
}) {
  const { t } = useTranslation();
  const describe = useDescribeError();
  const end = useEndExercise(caseId);
  const [ending, setEnding] = useState<ExerciseAssignment | null>(null);
  if (assignments.length === 0) {
    return <p className="sb-practice-clinic__none">{t('practiceClinic.given.none')}</p>;
  }
  return (
    <>
      {end.error ? <ErrorNotice>{describe(end.error)}</ErrorNotice> : null}
      <ul className="sb-practice-clinic__list">
        {ordered(assignments).map((a) => (
          <AssignmentItem key={a.id} assignment={a} onEnd={() => setEnding(a)} />
        ))}
      </ul>
      <ConfirmDialog
        open={ending !== null}
        title={t('practiceClinic.given.confirmTitle')}
        confirmLabel={t('practiceClinic.given.confirmYes')}
        cancelLabel={t('practiceClinic.given.keep')}
        busy={end.isPending}
        onCancel={() => setEnding(null)}
        onConfirm={() => {
          if (ending) end.mutate(ending.id, { onSettled: () => setEnding(null) });
        }}
      >
        <p>
          {ending
            ? t('practiceClinic.given.confirmBody', {
                name: ending.memberName,
                exercise: exerciseName(ending, t),
              })
            : null}
        </p>
      </ConfirmDialog>
    </>
  );
}

function AssignmentItem({
  assignment: a,
  onEnd,
}: {
  assignment: ExerciseAssignment;
  onEnd: () => void;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const date = useLocalDate();
  const today = localDateIn(a.timeZone, new Date());
  const name = exerciseName(a, t);
  return (
    <li className="sb-practice-clinic__item">
      <div className="sb-practice-clinic__item-head">
        <h3 className="sb-practice-clinic__item-title">{name}</h3>
        {a.endedAt ? (
          <Badge>{t('practiceClinic.given.ended', { date: formatDate(a.endedAt, locale) })}</Badge>
        ) : null}
      </div>
      <dl className="sb-practice-clinic__facts">
        <div>
          <dt>{t('practiceClinic.given.member')}</dt>
          <dd>{a.memberName}</dd>
        </div>
        <div>
          <dt>{t('practiceClinic.given.cadence')}</dt>
          <dd>{cadenceText(a, t, date, today)}</dd>
        </div>
        <div>
          <dt>{t('practiceClinic.given.completion')}</dt>
          <dd>{completionText(a, t, date, today)}</dd>
        </div>
        <div>
          <dt>{t('practiceClinic.given.lastDone')}</dt>
          <dd>
            {a.completion.lastDoneAt
              ? formatDate(a.completion.lastDoneAt, locale, a.timeZone)
              : t('practiceClinic.given.never')}
          </dd>
        </div>
      </dl>
      {a.note ? (
        <p className="sb-practice-clinic__note">
          <span className="sb-small">{t('practiceClinic.given.note')}</span>
          {a.note}
        </p>
      ) : null}
      {a.endedAt ? null : (
        <Button
          variant="secondary"
          onClick={onEnd}
          aria-label={t('practiceClinic.given.endLabel', { exercise: name, name: a.memberName })}
        >
          {t('practiceClinic.given.end')}
        </Button>
      )}
    </li>
  );
}
