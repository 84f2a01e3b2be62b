import type { MyPractice } from '@securebase/contracts';
import {
  isExerciseKind,
  type AssignmentSettings,
  type ContentOf,
  type ExerciseKind,
} from '@securebase/practice';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useParams, useSearchParams } from 'react-router';
import { useState } from 'react';
import { usePageTitle } from '../../lib/use-page-title';
import { LoadError } from '../../ui/load-error';
import { Spinner } from '../../ui/spinner';
import { portalHomeQuery } from '../portal/queries';
import { ExerciseEditor } from './exercise-editor';
import type { ExerciseStart } from './exercise-start';
import { myPracticeQuery } from './queries';
import { todayOnDevice } from './today-on-device';

/** What the address asks for: an entry to carry on with, a task, or a new exercise of a kind. */
function resolve(
  data: MyPractice,
  firstCaseId: string | undefined,
  params: { kind?: string; entryId?: string },
  search: URLSearchParams,
): ExerciseStart | 'draft-redirect' | null {
  if (params.entryId) {
    const entry = data.entries.find((e) => e.id === params.entryId);
    if (!entry) return null;
    const assignment = data.assignments.find((a) => a.id === entry.assignmentId);
    const task = data.today.find((t) => t.assignmentId === entry.assignmentId) ?? null;
    return {
      kind: entry.kind,
      caseId: entry.caseId,
      task,
      settings: assignment?.settings ?? {},
      entry,
      localDate: entry.localDate,
    };
  }
  const kind = params.kind;
  if (!kind || !isExerciseKind(kind)) return null;
  const taskId = search.get('task');
  const task = taskId ? (data.today.find((t) => t.assignmentId === taskId) ?? null) : null;
  if (task?.draftId) return 'draft-redirect';
  const caseId = task?.caseId ?? search.get('case') ?? firstCaseId;
  if (!caseId) return null;
  const article = search.get('article');
  const settings: AssignmentSettings = {
    ...(task?.settings ?? {}),
    ...(article ? { articleId: article } : {}),
  };
  return { kind, caseId, task, settings, entry: null, localDate: todayOnDevice() };
}

/** `/portal/practice/do/:kind?task=…` and `/portal/practice/entries/:entryId`. */
export function ExercisePage() {
  const { t } = useTranslation();
  const params = useParams();
  const [search] = useSearchParams();
  const location = useLocation();
  const practice = useQuery(myPracticeQuery);
  const home = useQuery(portalHomeQuery);
  usePageTitle(t('practice.exercise.pageTitle'));
  if (practice.isPending || home.isPending) return <Spinner label={t('app.loading')} />;
  if (practice.error || home.error) {
    return (
      <LoadError
        error={practice.error ?? home.error}
        onRetry={() => void Promise.all([practice.refetch(), home.refetch()])}
      />
    );
  }
  return (
    <OpenExercise
      key={location.key}
      resolved={resolve(practice.data, home.data.cases[0]?.caseId, params, search)}
      draftOf={(taskId) => practice.data.today.find((x) => x.assignmentId === taskId)?.draftId}
      taskId={search.get('task')}
    />
  );
}

/**
 * Decides once per visit what to open. Saving a first draft refreshes the practice data, which
 * would now resolve to "carry on with the draft"; the page must not remount under someone
 * typing or under a running timer, so later answers are ignored until the address changes.
 */
function OpenExercise({
  resolved,
  draftOf,
  taskId,
}: {
  resolved: ReturnType<typeof resolve>;
  draftOf: (taskId: string | null) => string | null | undefined;
  taskId: string | null;
}) {
  const { t } = useTranslation();
  const [start] = useState(resolved);
  const [draftId] = useState(() => draftOf(taskId));
  if (start === 'draft-redirect') {
    return <Navigate to={`/portal/practice/entries/${draftId ?? ''}`} replace />;
  }
  if (!start) return <p role="alert">{t('practice.exercise.notFound')}</p>;
  return (
    <ExerciseEditor
      start={start}
      initial={(start.entry?.content ?? null) as ContentOf[ExerciseKind] | null}
    />
  );
}
