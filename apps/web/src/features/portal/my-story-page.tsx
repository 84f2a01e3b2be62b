import { useQuery } from '@tanstack/react-query';
import type { HistoryEntry } from '@securebase/contracts';
import { useEffect, useReducer, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '../../lib/use-page-title';
import { Button } from '../../ui/button';
import { LoadError } from '../../ui/load-error';
import { Spinner } from '../../ui/spinner';
import { myHistoryQuery } from '../history/queries';
import { CrisisPanel } from './crisis-panel';
import { GroundingButton } from './grounding-dialog';
import {
  INITIAL_STORY,
  progressOf,
  screenKey,
  STORY_PROMPTS,
  storyReducer,
  type StoryAction,
  type StoryState,
} from './story-flow';
import { StoryList } from './story-list';
import { storyMemberId } from './story-member';
import { EndStep, IntroStep, NoteStep, PausedStep, PromptStep } from './story-steps';
import './my-story.css';
import { portalHomeQuery } from './queries';

const reduce = storyReducer(STORY_PROMPTS);

/**
 * "My story": guided, gentle prompts about the people and times that shaped the client, each
 * answer saved as a private entry of their own unless they choose to share it.
 */
export function MyStoryPage() {
  const { t } = useTranslation();
  usePageTitle(t('history.story.title'));
  const home = useQuery(portalHomeQuery);
  const mine = useQuery(myHistoryQuery);
  const entries = mine.data?.entries ?? [];
  const memberId = home.data ? storyMemberId(home.data.cases, entries) : null;

  return (
    <div className="sb-story">
      <p className="sb-back">
        <Link to="/portal">{t('history.story.home')}</Link>
      </p>
      <header className="sb-story__header">
        <h1>{t('history.story.title')}</h1>
        <p>{t('history.story.lead')}</p>
        <p className="sb-story__private">{t('history.story.privateDefault')}</p>
        <p className="sb-story__crisis-link">
          <a href="#crisis">{t('portal.crisisLink')}</a>
        </p>
      </header>
      {home.isPending || mine.isPending ? <Spinner label={t('app.loading')} /> : null}
      {home.error ? <LoadError error={home.error} onRetry={() => void home.refetch()} /> : null}
      {mine.error ? <LoadError error={mine.error} onRetry={() => void mine.refetch()} /> : null}
      {home.data && mine.data ? (
        <>
          <StoryFlow memberId={memberId} />
          <StoryList entries={entries} />
        </>
      ) : null}
      <CrisisPanel />
    </div>
  );
}

function StoryFlow({ memberId }: { memberId: string | null }) {
  const { t } = useTranslation();
  const [state, dispatch] = useReducer(reduce, INITIAL_STORY);
  const [lastSaved, setLastSaved] = useState<HistoryEntry | null>(null);
  const headingRef = useRef<HTMLHeadingElement | null>(null);
  const pausedRef = useRef<HTMLHeadingElement | null>(null);
  const topRef = useRef<HTMLElement>(null);
  const key = screenKey(state);
  const first = useRef(true);

  // Each new screen starts at its heading, so keyboard and screen reader users begin there.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    (state.paused ? pausedRef : headingRef).current?.focus({ preventScroll: true });
    topRef.current?.scrollIntoView({ block: 'start' });
  }, [key]);

  return (
    <section ref={topRef} className="sb-story__flow" aria-label={t('history.story.flowLabel')}>
      <StoryToolbar state={state} dispatch={dispatch} />
      {state.paused ? (
        <PausedStep headingRef={pausedRef} onResume={() => dispatch({ type: 'resume' })} />
      ) : null}
      {/* Kept (hidden) while paused, so nothing typed is lost. */}
      <div hidden={state.paused}>
        <StoryScreen
          state={state}
          dispatch={dispatch}
          memberId={memberId}
          headingRef={headingRef}
          lastSaved={lastSaved}
          onSaved={(entry) => {
            setLastSaved(entry);
            dispatch({ type: 'saved' });
          }}
        />
      </div>
    </section>
  );
}

/** Progress, and pause, skip and grounding: always in the same place. */
function StoryToolbar({
  state,
  dispatch,
}: {
  state: StoryState;
  dispatch: (action: StoryAction) => void;
}) {
  const { t } = useTranslation();
  const progress = progressOf(state.step, STORY_PROMPTS);
  const inPrompts = progress !== null && !state.paused;
  // The note and the "saved" screen carry their own skip and next buttons.
  const canSkip = inPrompts && state.step.kind === 'prompt' && !state.justSaved;
  return (
    <div className="sb-story__toolbar">
      {progress ? (
        <p className="sb-story__progress">
          {t('history.story.progress', { number: progress.number, total: progress.total })}
        </p>
      ) : null}
      <div className="sb-story__tools">
        {inPrompts ? (
          <Button variant="secondary" onClick={() => dispatch({ type: 'pause' })}>
            {t('history.story.pause')}
          </Button>
        ) : null}
        {canSkip ? (
          <Button variant="secondary" onClick={() => dispatch({ type: 'skip' })}>
            {t('history.story.skip')}
          </Button>
        ) : null}
        <GroundingButton />
      </div>
    </div>
  );
}

function StoryScreen({
  state,
  dispatch,
  memberId,
  headingRef,
  lastSaved,
  onSaved,
}: {
  state: StoryState;
  dispatch: (action: StoryAction) => void;
  memberId: string | null;
  headingRef: RefObject<HTMLHeadingElement | null>;
  lastSaved: HistoryEntry | null;
  onSaved: (entry: HistoryEntry) => void;
}) {
  const { step } = state;
  if (step.kind === 'intro') {
    return (
      <IntroStep
        headingRef={headingRef}
        count={STORY_PROMPTS.length}
        onBegin={() => dispatch({ type: 'start' })}
      />
    );
  }
  if (step.kind === 'end') {
    return (
      <EndStep
        headingRef={headingRef}
        savedCount={state.savedCount}
        onRestart={() => dispatch({ type: 'restart' })}
      />
    );
  }
  const prompt = STORY_PROMPTS[step.index];
  if (!prompt) return null;
  if (step.kind === 'note') {
    return (
      <NoteStep
        headingRef={headingRef}
        prompt={prompt}
        onGoOn={() => dispatch({ type: 'goOn' })}
        onSkip={() => dispatch({ type: 'skip' })}
        onBack={() => dispatch({ type: 'back' })}
      />
    );
  }
  return (
    <PromptStep
      key={step.index}
      headingRef={headingRef}
      prompt={prompt}
      memberId={memberId}
      justSaved={state.justSaved}
      lastSaved={lastSaved}
      onSaved={onSaved}
      onNext={() => dispatch({ type: 'next' })}
      onAnother={() => dispatch({ type: 'another' })}
      onBack={() => dispatch({ type: 'back' })}
    />
  );
}
