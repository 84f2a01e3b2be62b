import type { PracticeEntry } from '@securebase/contracts';
import type { ContentOf, ExerciseKind } from '@securebase/practice';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '../../ui/button';
import { Notice } from '../../ui/notice';
import { CrisisPanel } from '../portal/crisis-panel';
import { ShareSwitch } from '../portal/share-switch';
import { EntryComments } from './entry-comments';
import { emptyContent } from './exercise-form';
import { ExerciseForm } from './exercise-forms';
import type { ExerciseStart } from './exercise-start';
import { SyncLine } from './sync-line';
import { detailOf } from './task-label';
import { useEntrySaver } from './use-entry-saver';
import './practice.css';
import '../portal/my-story.css';

type Content = ContentOf[ExerciseKind];

/** One exercise being done: its form, who sees it, and saving that survives a dropped network. */
export function ExerciseEditor({
  start,
  initial,
}: {
  start: ExerciseStart & { entry: PracticeEntry | null };
  initial: Content | null;
}) {
  const { t } = useTranslation();
  const [content, setContent] = useState<Content>(
    () => initial ?? emptyContent(start.kind, start.settings),
  );
  const [shared, setShared] = useState(start.entry?.shared ?? start.task?.shareByDefault ?? false);
  const saver = useEntrySaver(
    {
      caseId: start.caseId,
      kind: start.kind,
      assignmentId: start.task?.assignmentId ?? start.entry?.assignmentId ?? null,
      localDate: start.localDate,
    },
    start.entry,
  );
  const finished = saver.saved?.status === 'done';
  const stage = finished ? 'done' : 'draft';
  const asRecord = (value: Content) => value as unknown as Record<string, unknown>;
  const change = (next: Content) => {
    setContent(next);
    saver.want({ content: asRecord(next), shared, status: stage }, false);
  };
  const share = (next: boolean) => {
    setShared(next);
    saver.want({ content: asRecord(content), shared: next, status: stage }, true);
  };
  const finish = () => saver.want({ content: asRecord(content), shared, status: 'done' }, true);
  const saveNow = () => saver.want({ content: asRecord(content), shared, status: stage }, true);
  const kindName = t(`practice.kinds.${start.kind}`);
  const heading =
    start.kind === 'article'
      ? (detailOf('article', { articleId: String(asRecord(content).articleId) }) ?? kindName)
      : kindName;

  return (
    <div className="sb-exercise">
      <p className="sb-exercise__back">
        {start.kind === 'article' ? (
          <Link to="/portal/learn">{t('practice.learn.back')}</Link>
        ) : (
          <Link to="/portal/practice">{t('practice.exercise.back')}</Link>
        )}
      </p>
      <h1>{heading}</h1>
      {start.task?.note ? (
        <Notice
          tone="info"
          title={t('practice.exercise.noteFrom', { name: start.task.assignedBy })}
        >
          {start.task.note}
        </Notice>
      ) : null}
      <ExerciseForm
        kind={start.kind}
        value={content}
        onChange={change}
        settings={start.settings}
        problem={saver.refusal?.problem ?? null}
        isDraft={!finished}
      />
      <section className="sb-exercise__finish" aria-label={t('practice.exercise.saveArea')}>
        <ShareSwitch checked={shared} onChange={share} about={kindName} />
        {saver.refusal && !saver.refusal.problem ? (
          <p role="alert" className="sb-exercise__refused">
            {saver.refusal.message}
          </p>
        ) : null}
        {saver.refusal?.problem ? (
          <p role="alert" className="sb-exercise__refused">
            {t('practice.exercise.checkField', { message: saver.refusal.problem.message })}
          </p>
        ) : null}
        <SyncLine status={saver.status} finished={finished} />
        <div className="sb-exercise__actions">
          {finished ? (
            <Button variant="secondary" onClick={saveNow}>
              {t('practice.exercise.saveChanges')}
            </Button>
          ) : (
            <>
              <Button onClick={finish}>
                {start.kind === 'article'
                  ? t('practice.exercise.markRead')
                  : t('practice.exercise.finish')}
              </Button>
              <Button variant="secondary" onClick={saveNow}>
                {t('practice.exercise.saveDraft')}
              </Button>
            </>
          )}
        </div>
        {finished ? (
          <Notice tone="success" title={t('practice.exercise.doneTitle')}>
            {shared ? t('practice.exercise.doneShared') : t('practice.exercise.donePrivate')}{' '}
            <Link to="/portal/practice">{t('practice.exercise.backToPractice')}</Link>
          </Notice>
        ) : null}
      </section>
      {saver.saved && finished ? <EntryComments entry={saver.saved} /> : null}
      <CrisisPanel />
    </div>
  );
}
