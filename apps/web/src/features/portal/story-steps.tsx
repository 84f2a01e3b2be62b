import type { HistoryEntry } from '@securebase/contracts';
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, ButtonLink } from '../../ui/button';
import { Notice } from '../../ui/notice';
import { StoryEntryForm } from './story-entry-form';
import type { PromptId, StoryPrompt } from './story-flow';

/** What each harder prompt is about, said before it is asked. */
const NOTES: Partial<
  Record<
    PromptId,
    'history.story.notes.away' | 'history.story.notes.loss' | 'history.story.notes.hard'
  >
> = {
  away: 'history.story.notes.away',
  loss: 'history.story.notes.loss',
  hard: 'history.story.notes.hard',
};

export interface StepProps {
  headingRef: RefObject<HTMLHeadingElement | null>;
}

export function IntroStep({
  headingRef,
  count,
  onBegin,
}: StepProps & { count: number; onBegin: () => void }) {
  const { t } = useTranslation();
  return (
    <>
      <h2 ref={headingRef} tabIndex={-1} className="sb-story__heading">
        {t('history.story.intro.title', { count })}
      </h2>
      <p>{t('history.story.intro.body')}</p>
      <p>{t('history.story.intro.notes')}</p>
      <div className="sb-story__actions">
        <Button block onClick={onBegin}>
          {t('history.story.intro.begin')}
        </Button>
      </div>
    </>
  );
}

/** Before a harder prompt: what it is about, and the choice to go on or skip. */
export function NoteStep({
  headingRef,
  prompt,
  onGoOn,
  onSkip,
  onBack,
}: StepProps & {
  prompt: StoryPrompt;
  onGoOn: () => void;
  onSkip: () => void;
  onBack: () => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <p className="sb-story__eyebrow">{t('history.story.note.eyebrow')}</p>
      <h2 ref={headingRef} tabIndex={-1} className="sb-story__heading">
        {t('history.story.note.title')}
      </h2>
      <p>{t(NOTES[prompt.id] ?? 'history.story.notes.general')}</p>
      <p>{t('history.story.note.choice')}</p>
      <div className="sb-story__actions">
        <Button block onClick={onGoOn}>
          {t('history.story.note.goOn')}
        </Button>
        <Button block variant="secondary" onClick={onSkip}>
          {t('history.story.note.skip')}
        </Button>
        <Button variant="quiet" onClick={onBack}>
          {t('history.story.back')}
        </Button>
      </div>
    </>
  );
}

export function PromptStep({
  headingRef,
  prompt,
  memberId,
  justSaved,
  lastSaved,
  onSaved,
  onNext,
  onAnother,
  onBack,
}: StepProps & {
  prompt: StoryPrompt;
  memberId: string | null;
  justSaved: boolean;
  lastSaved: HistoryEntry | null;
  onSaved: (entry: HistoryEntry) => void;
  onNext: () => void;
  onAnother: () => void;
  onBack: () => void;
}) {
  const { t } = useTranslation();
  if (justSaved) {
    return (
      <>
        <h2 ref={headingRef} tabIndex={-1} className="sb-story__heading">
          {t('history.story.saved.title')}
        </h2>
        <Notice tone="success">
          {lastSaved?.sharedWithClinician
            ? t('history.story.saved.shared')
            : t('history.story.saved.private')}
        </Notice>
        <div className="sb-story__actions">
          <Button block onClick={onNext}>
            {t('history.story.saved.next')}
          </Button>
          <Button block variant="secondary" onClick={onAnother}>
            {t('history.story.saved.another')}
          </Button>
        </div>
      </>
    );
  }
  return (
    <>
      <h2 ref={headingRef} tabIndex={-1} className="sb-story__heading">
        {t(`history.story.prompts.${prompt.id}.question`)}
      </h2>
      <p className="sb-story__help">{t(`history.story.prompts.${prompt.id}.help`)}</p>
      {memberId ? (
        <StoryEntryForm prompt={prompt} memberId={memberId} onSaved={onSaved} />
      ) : (
        <Notice tone="info">{t('history.story.noMember')}</Notice>
      )}
      <div className="sb-story__actions sb-story__actions--row">
        <Button variant="quiet" onClick={onBack}>
          {t('history.story.back')}
        </Button>
      </div>
    </>
  );
}

export function PausedStep({ headingRef, onResume }: StepProps & { onResume: () => void }) {
  const { t } = useTranslation();
  return (
    <>
      <h2 ref={headingRef} tabIndex={-1} className="sb-story__heading">
        {t('history.story.paused.title')}
      </h2>
      <p>{t('history.story.paused.body')}</p>
      <p>{t('history.story.paused.later')}</p>
      <div className="sb-story__actions">
        <Button block onClick={onResume}>
          {t('history.story.paused.resume')}
        </Button>
        <ButtonLink block variant="secondary" to="/portal">
          {t('history.story.home')}
        </ButtonLink>
      </div>
    </>
  );
}

export function EndStep({
  headingRef,
  savedCount,
  onRestart,
}: StepProps & { savedCount: number; onRestart: () => void }) {
  const { t } = useTranslation();
  return (
    <>
      <h2 ref={headingRef} tabIndex={-1} className="sb-story__heading">
        {t('history.story.end.title')}
      </h2>
      <p>
        {savedCount > 0
          ? t('history.story.end.saved', { count: savedCount })
          : t('history.story.end.none')}
      </p>
      <p>{t('history.story.end.later')}</p>
      <div className="sb-story__actions">
        <ButtonLink block to="/portal">
          {t('history.story.home')}
        </ButtonLink>
        <Button block variant="secondary" onClick={onRestart}>
          {t('history.story.end.again')}
        </Button>
      </div>
    </>
  );
}
