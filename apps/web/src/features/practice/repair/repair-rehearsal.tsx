import type { ContentProblem, RepairPlan } from '@securebase/practice';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/button';
import { ErrorNotice, Notice } from '../../../ui/notice';
import { problemAt } from '../exercise-form';
import { buildRehearsal, isMine, type MissingPart, type Turn } from './rehearsal-turns';
import { speechAvailable as canSpeak, speak, stopSpeaking } from '../speech';
import './repair.css';

export interface RepairRehearsalProps {
  value: RepairPlan;
  onChange: (next: RepairPlan) => void;
  problem: ContentProblem | null;
  /** Brings Prepare forward, to fill in what is missing. */
  onPrepare: () => void;
}

/** Rehearse: the conversation turn by turn, one turn on screen at a time. */
export function RepairRehearsal({ value, onChange, problem, onPrepare }: RepairRehearsalProps) {
  const { t, i18n } = useTranslation();
  const [step, setStep] = useState(0);
  const [finished, setFinished] = useState(false);
  const [readAloud, setReadAloud] = useState(false);
  const { turns, missing } = buildRehearsal(value, t);
  // The plan may have shrunk since the last visit; never point past its end.
  const current = Math.min(step, Math.max(turns.length - 1, 0));
  const turn = finished ? undefined : turns[current];
  const line = readAloud && turn ? turn.text : null;
  const lang = i18n.language;
  useSpokenLine(line, lang);
  const countError = problemAt(problem, 'rehearsals');
  if (missing.length > 0) return <MissingParts missing={missing} onPrepare={onPrepare} />;
  return (
    <div className="sb-repair__rehearse">
      {countError ? <ErrorNotice>{countError}</ErrorNotice> : null}
      <p className="sb-repair__intro">{t('repair.rehearse.intro')}</p>
      <ReadAloud
        on={readAloud}
        onToggle={setReadAloud}
        onAgain={line ? () => speak(line, lang) : null}
      />
      {turn ? (
        <TurnStep
          turn={turn}
          index={current}
          total={turns.length}
          onBack={() => setStep(current - 1)}
          onNext={() => setStep(current + 1)}
          onDone={() => {
            setFinished(true);
            onChange({ ...value, rehearsals: value.rehearsals + 1 });
          }}
        />
      ) : (
        <Finished
          count={value.rehearsals}
          onAgain={() => {
            setStep(0);
            setFinished(false);
          }}
        />
      )}
    </div>
  );
}

/** Reads the line on screen aloud whenever it changes, and stops when it goes away. */
function useSpokenLine(line: string | null, lang: string) {
  useEffect(() => {
    if (line === null) return undefined;
    speak(line, lang);
    return stopSpeaking;
  }, [line, lang]);
}

function TurnStep({
  turn,
  index,
  total,
  onBack,
  onNext,
  onDone,
}: {
  turn: Turn;
  index: number;
  total: number;
  onBack: () => void;
  onNext: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const last = index === total - 1;
  const side = isMine(turn.kind) ? 'mine' : 'theirs';
  return (
    <>
      <div className="sb-repair__stage" aria-live="polite">
        <p className="sb-repair__progress">
          {t('repair.rehearse.progress', { current: index + 1, total })}
        </p>
        <div className={`sb-repair__turn sb-repair__turn--${side}`}>
          <p className="sb-repair__speaker">{t(`repair.rehearse.speakers.${turn.kind}`)}</p>
          <p
            className={turn.written ? 'sb-repair__line' : 'sb-repair__line sb-repair__line--empty'}
          >
            {turn.text}
          </p>
        </div>
        <p className="sb-repair__cue">{t(`repair.rehearse.cues.${turn.kind}`)}</p>
      </div>
      <div className="sb-repair__nav">
        <Button variant="secondary" disabled={index === 0} onClick={onBack}>
          {t('repair.rehearse.back')}
        </Button>
        {last ? (
          <Button onClick={onDone}>{t('repair.rehearse.done')}</Button>
        ) : (
          <Button onClick={onNext}>{t('repair.rehearse.next')}</Button>
        )}
      </div>
    </>
  );
}

/** The toggle for reading aloud, or a note that this browser cannot. */
function ReadAloud({
  on,
  onToggle,
  onAgain,
}: {
  on: boolean;
  onToggle: (next: boolean) => void;
  onAgain: (() => void) | null;
}) {
  const { t } = useTranslation();
  const id = useId();
  if (!canSpeak()) return <p className="sb-small">{t('repair.rehearse.noSpeech')}</p>;
  return (
    <div className="sb-repair__voice">
      <Button
        variant="secondary"
        aria-pressed={on}
        aria-describedby={`${id}-hint`}
        className="sb-repair__voice-toggle"
        onClick={() => {
          if (on) stopSpeaking();
          onToggle(!on);
        }}
      >
        {t('repair.rehearse.readAloud')}
      </Button>
      {on && onAgain ? (
        <Button variant="quiet" onClick={onAgain}>
          {t('repair.rehearse.readAgain')}
        </Button>
      ) : null}
      <p className="sb-small" id={`${id}-hint`}>
        {t('repair.rehearse.readAloudHint')}
      </p>
    </div>
  );
}

function Finished({ count, onAgain }: { count: number; onAgain: () => void }) {
  const { t } = useTranslation();
  return (
    <>
      <Notice tone="success" live="status" title={t('repair.rehearse.wellDone')}>
        {count > 0 ? t('repair.rehearse.count', { count }) : null}
      </Notice>
      <div className="sb-repair__nav">
        <Button block onClick={onAgain}>
          {t('repair.rehearse.again')}
        </Button>
      </div>
    </>
  );
}

function MissingParts({ missing, onPrepare }: { missing: MissingPart[]; onPrepare: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="sb-repair__rehearse">
      <Notice tone="info" title={t('repair.rehearse.missingTitle')}>
        <p>{t('repair.rehearse.missingIntro')}</p>
        <ul className="sb-repair__missing">
          {missing.map((part) => (
            <li key={part}>{t(`repair.rehearse.missing.${part}`)}</li>
          ))}
        </ul>
      </Notice>
      <Button variant="secondary" block onClick={onPrepare}>
        {t('repair.rehearse.toPrepare')}
      </Button>
    </div>
  );
}
