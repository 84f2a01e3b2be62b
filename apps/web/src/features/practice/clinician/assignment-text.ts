/**
 * How an exercise given is described in the list: what it is, how often, how much is done.
 * Pure: strings come from `t`, dates from the `date` function passed in.
 */
import type { ExerciseAssignment } from '@securebase/contracts';
import { articleById, practiceById, skillById } from '@securebase/practice';
import type { TFunction } from 'i18next';

type Assignment = Pick<
  ExerciseAssignment,
  'kind' | 'settings' | 'cadence' | 'startsOn' | 'until' | 'completion'
>;

/** The skill, practice, article or scripted lines chosen, when there are any. */
export function exerciseDetail(a: Assignment, t: TFunction): string | null {
  const { skillId, practiceId, minutes, articleId, likelyResponses } = a.settings;
  switch (a.kind) {
    case 'regulation_skill':
      return skillId ? (skillById(skillId)?.title ?? skillId) : null;
    case 'mindfulness': {
      const title = practiceId ? (practiceById(practiceId)?.title ?? practiceId) : null;
      if (title === null) return null;
      return minutes === undefined
        ? title
        : t('practiceClinic.given.minutesDetail', { title, count: minutes });
    }
    case 'article':
      return articleId ? (articleById(articleId)?.title ?? articleId) : null;
    case 'repair':
      return likelyResponses && likelyResponses.length > 0
        ? t('practiceClinic.given.responsesDetail', { count: likelyResponses.length })
        : null;
    default:
      return null;
  }
}

/** "Regulation skill: Slow breathing", "Emotion log". */
export function exerciseName(a: Assignment, t: TFunction): string {
  const kind = t(`practiceClinic.kinds.${a.kind}`);
  const detail = exerciseDetail(a, t);
  return detail ? t('practiceClinic.given.kindWithDetail', { kind, detail }) : kind;
}

/** "Daily until 18 Jan", "Weekly", "Once, from 12 Jan". */
export function cadenceText(
  a: Assignment,
  t: TFunction,
  date: (local: string) => string,
  today: string,
): string {
  switch (a.cadence) {
    case 'once':
      return a.startsOn > today
        ? t('practiceClinic.given.onceFrom', { date: date(a.startsOn) })
        : t('practiceClinic.given.once');
    case 'daily':
      return a.until
        ? t('practiceClinic.given.dailyUntil', { date: date(a.until) })
        : t('practiceClinic.given.daily');
    case 'weekly':
      return a.until
        ? t('practiceClinic.given.weeklyUntil', { date: date(a.until) })
        : t('practiceClinic.given.weekly');
  }
}

/** "3 of 5 days", "1 of 2 weeks", "Done", "Not yet", "Starts 12 Jan". */
export function completionText(
  a: Assignment,
  t: TFunction,
  date: (local: string) => string,
  today: string,
): string {
  const { periods, done } = a.completion;
  if (periods === 0) {
    return a.startsOn > today
      ? t('practiceClinic.given.startsOn', { date: date(a.startsOn) })
      : t('practiceClinic.given.notStarted');
  }
  switch (a.cadence) {
    case 'once':
      return done > 0 ? t('practiceClinic.given.done') : t('practiceClinic.given.notYet');
    case 'daily':
      return t('practiceClinic.given.days', { done, count: periods });
    case 'weekly':
      return t('practiceClinic.given.weeks', { done, count: periods });
  }
}
