/**
 * A guided mindfulness practice on the client's phone: choose a practice and its length, then a
 * timer shows (and, if they like, the browser reads) each cue at its moment and the closing at
 * the end. A controlled form: the practised seconds go to the page through `onChange`, at most
 * every few seconds and on pause, end and finish. Also the timer the skill form reuses.
 */
import {
  MINDFULNESS_PRACTICES,
  practiceById,
  type MindfulnessPractice,
} from '@securebase/practice';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/button';
import { RadioGroup, TextAreaField } from '../../../ui/field';
import { problemAt, type ExerciseFormProps } from '../exercise-form';
import { speechAvailable, stopSpeaking } from '../speech';
import {
  cueIndexAt,
  formatClock,
  fractionDone,
  hasEnded,
  nextStep,
  withMinutes,
  withPractice,
  type CountdownState,
  type TimerStep,
} from './timing';
import { useGuidedCountdown, type TimerActions } from './use-countdown';

export type { TimerActions } from './use-countdown';
import './timed.css';

/** The practice or skill the clinician chose (or the one recorded), not to be changed here. */
export function Chosen({ title, summary }: { title: string; summary: string }) {
  return (
    <div className="sb-timed__chosen">
      <h2 className="sb-timed__chosen-title">{title}</h2>
      <p>{summary}</p>
    </div>
  );
}

const RING_RADIUS = 54;
const RING_LENGTH = 2 * Math.PI * RING_RADIUS;

/** An SVG ring filling as time passes: attributes only, no inline style (strict CSP). */
function ProgressRing({ fraction }: { fraction: number }) {
  return (
    <svg className="sb-timed__ring" viewBox="0 0 120 120" aria-hidden="true" focusable="false">
      <circle className="sb-timed__ring-track" cx="60" cy="60" r={RING_RADIUS} />
      <circle
        className="sb-timed__ring-fill"
        cx="60"
        cy="60"
        r={RING_RADIUS}
        strokeDasharray={RING_LENGTH.toFixed(2)}
        strokeDashoffset={(RING_LENGTH * (1 - fraction)).toFixed(2)}
        transform="rotate(-90 60 60)"
      />
    </svg>
  );
}

/** The one big button: always the same element, so focus stays on it as its job changes. */
function usePrimary(timer: CountdownState, carryFrom: number, actions: TimerActions) {
  const { t } = useTranslation();
  const step = nextStep(timer, carryFrom);
  const runs: Record<TimerStep, () => void> = {
    start: () => actions.start(0),
    again: () => actions.start(0),
    carryOn: () => actions.start(carryFrom),
    pause: actions.pause,
    resume: actions.resume,
  };
  const label =
    step === 'carryOn'
      ? t('timed.controls.carryOn', { time: formatClock(carryFrom) })
      : t(`timed.controls.${step}`);
  return { label, run: runs[step] };
}

/**
 * A large clock (a timer a screen reader reads when asked, never on its own), a ring, what
 * goes under it (`children`: the guidance), and the Start / Pause / Resume / End early buttons.
 * `carryFrom`: seconds already recorded in the draft, offered as a place to carry on from.
 */
export function TimerPanel(props: {
  timer: CountdownState;
  actions: TimerActions;
  carryFrom?: number;
  children?: ReactNode;
}) {
  const { timer, actions, carryFrom = 0, children } = props;
  const { t } = useTranslation();
  const primary = usePrimary(timer, carryFrom, actions);
  const offerFromStart = !timer.started && carryFrom > 0 && carryFrom < timer.totalSeconds;
  return (
    <div className="sb-timed__panel">
      <div className="sb-timed__dial">
        <ProgressRing fraction={fractionDone(timer.elapsedSeconds, timer.totalSeconds)} />
        <p className="sb-timed__clock" role="timer" aria-live="off" aria-atomic="true">
          <span className="sb-visually-hidden">{`${t('timed.clock.left')} `}</span>
          <span className="sb-timed__clock-time">{formatClock(timer.remainingSeconds)}</span>
          <span className="sb-timed__clock-length">
            {t('timed.clock.length', { time: formatClock(timer.totalSeconds) })}
          </span>
        </p>
      </div>
      {children}
      <div className="sb-timed__actions">
        <Button block onClick={primary.run}>
          {primary.label}
        </Button>
        {timer.started && !hasEnded(timer) ? (
          <Button block variant="secondary" onClick={actions.end}>
            {t('timed.controls.end')}
          </Button>
        ) : null}
        {offerFromStart ? (
          <Button block variant="quiet" onClick={() => actions.start(0)}>
            {t('timed.controls.fromStart')}
          </Button>
        ) : null}
      </div>
      <p className="sb-timed__gentle">{t('timed.stopAnyTime')}</p>
    </div>
  );
}

/**
 * The words of the moment, large: a welcome before the start, then each cue, then the closing.
 * A polite live region, so a screen reader announces each new cue (and nothing else).
 */
export function Guidance({
  practice,
  timer,
}: {
  practice: MindfulnessPractice;
  timer: CountdownState;
}) {
  const { t } = useTranslation();
  const cue = practice.cues[cueIndexAt(practice.cues, timer.elapsedSeconds, timer.totalSeconds)];
  const text = hasEnded(timer)
    ? practice.closing
    : timer.started
      ? (cue?.text ?? '')
      : t('timed.mindfulness.ready');
  const paused = timer.started && !timer.running && !hasEnded(timer);
  return (
    <div className="sb-timed__guidance">
      <p
        className={timer.started ? 'sb-timed__cue' : 'sb-timed__cue sb-timed__cue--quiet'}
        aria-live="polite"
        aria-atomic="true"
      >
        {text}
      </p>
      {paused ? <p className="sb-timed__paused">{t('timed.mindfulness.paused')}</p> : null}
    </div>
  );
}

function SpeechSwitch(props: { canSpeak: boolean; on: boolean; onChange: (on: boolean) => void }) {
  const { canSpeak, on, onChange } = props;
  const { t } = useTranslation();
  const id = useId();
  if (!canSpeak) return <p className="sb-timed__note">{t('timed.mindfulness.noSpeech')}</p>;
  return (
    <div className="sb-timed__switch">
      <label className="sb-timed__switch-control" htmlFor={id}>
        <input
          id={id}
          type="checkbox"
          role="switch"
          className="sb-timed__switch-input"
          checked={on}
          aria-describedby={`${id}-hint`}
          onChange={(event) => onChange(event.target.checked)}
        />
        <span className="sb-timed__switch-track" aria-hidden="true">
          <span className="sb-timed__switch-thumb" />
        </span>
        <span>{t('timed.mindfulness.spoken')}</span>
      </label>
      <p className="sb-field__hint" id={`${id}-hint`}>
        {t('timed.mindfulness.spokenHint')}
      </p>
    </div>
  );
}

type PlayerProps = ExerciseFormProps<'mindfulness'> & {
  practice: MindfulnessPractice;
  canSpeak: boolean;
};

function NoteField({ value, onChange, problem }: ExerciseFormProps<'mindfulness'>) {
  const { t } = useTranslation();
  return (
    <TextAreaField
      label={t('timed.mindfulness.note')}
      hint={t('timed.mindfulness.noteHint')}
      value={value.note}
      maxLength={4000}
      error={problemAt(problem, 'note')}
      onChange={(event) => onChange({ ...value, note: event.target.value })}
    />
  );
}

function Player(props: PlayerProps) {
  const { value, onChange, settings, problem, practice, canSpeak } = props;
  const { t, i18n } = useTranslation();
  const id = useId();
  const voice = value.spoken && canSpeak;
  const { timer, actions } = useGuidedCountdown({
    totalSeconds: value.minutes * 60,
    cues: practice.cues,
    closing: practice.closing,
    voice,
    lang: i18n.language,
    onReport: (seconds) => onChange({ ...value, secondsPractised: seconds, spoken: voice }),
  });
  const busy = timer.started && !hasEnded(timer);
  const choose = (practiceId: string) => {
    timer.reset();
    onChange(withPractice(value, practiceId));
  };
  const setMinutes = (text: string) => {
    timer.reset();
    onChange(withMinutes(value, Number(text)));
  };
  const setSpoken = (spoken: boolean) => {
    if (!spoken) stopSpeaking();
    onChange({ ...value, spoken });
  };
  const lengths = practice.minutes.map((m) => ({
    value: String(m),
    label: t('timed.mindfulness.minutes', { count: m }),
  }));
  const practiceProblem = problemAt(problem, 'practiceId');
  const minutesProblem = problemAt(problem, 'minutes');
  const secondsProblem = problemAt(problem, 'secondsPractised');
  return (
    <div className="sb-timed">
      <fieldset className="sb-timed__setup" disabled={busy}>
        {settings.practiceId ? (
          <Chosen title={practice.title} summary={practice.summary} />
        ) : (
          <>
            {practiceProblem ? <p className="sb-field__error">{practiceProblem}</p> : null}
            <RadioGroup
              legend={t('timed.mindfulness.choose')}
              name={`${id}-practice`}
              value={practice.id}
              options={MINDFULNESS_PRACTICES.map((p) => ({ value: p.id, label: p.title }))}
              onChange={choose}
            />
            <p className="sb-timed__summary">{practice.summary}</p>
          </>
        )}
        {minutesProblem ? <p className="sb-field__error">{minutesProblem}</p> : null}
        <RadioGroup
          legend={t('timed.mindfulness.length')}
          name={`${id}-minutes`}
          value={String(value.minutes)}
          options={lengths}
          onChange={setMinutes}
          inline
        />
      </fieldset>
      <SpeechSwitch canSpeak={canSpeak} on={value.spoken} onChange={setSpoken} />
      {secondsProblem ? <p className="sb-field__error">{secondsProblem}</p> : null}
      <TimerPanel timer={timer} actions={actions} carryFrom={value.secondsPractised}>
        <Guidance practice={practice} timer={timer} />
      </TimerPanel>
      <NoteField {...props} />
    </div>
  );
}

export function MindfulnessPlayer(props: ExerciseFormProps<'mindfulness'>) {
  const { t } = useTranslation();
  const [canSpeak] = useState(speechAvailable);
  const { value, settings, isDraft } = props;
  const practice =
    practiceById(value.practiceId) ??
    practiceById(settings.practiceId ?? '') ??
    MINDFULNESS_PRACTICES[0];
  if (!practice) return null;
  if (isDraft) return <Player {...props} practice={practice} canSpeak={canSpeak} />;
  // Finished: what was recorded, read-only; the note can still change.
  return (
    <div className="sb-timed">
      <Chosen title={practice.title} summary={practice.summary} />
      <p className="sb-timed__recorded">
        {t('timed.mindfulness.recorded', {
          time: formatClock(value.secondsPractised),
          count: value.minutes,
        })}
      </p>
      <NoteField {...props} />
    </div>
  );
}
