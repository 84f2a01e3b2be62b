/**
 * Practising a regulation skill: how strong the feeling is before, the skill's steps, its timer
 * when it has one, and how strong the feeling is after. A controlled form: every change goes to
 * the page through `onChange` (the timer's seconds at most every few seconds, and on pause, end
 * and finish).
 */
import {
  REGULATION_SKILLS,
  skillById,
  type Reference,
  type RegulationSkill,
} from '@securebase/practice';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { TextAreaField } from '../../../ui/field';
import { problemAt, type ExerciseFormProps } from '../exercise-form';
import { Chosen, TimerPanel, type TimerActions } from './mindfulness-player';
import { formatClock } from './timing';
import { useCountdown } from './use-countdown';
import './timed.css';

const RATINGS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;

type Props = ExerciseFormProps<'regulation_skill'>;

/** The skills as radio cards, each with its title and summary. */
function SkillCards(props: {
  legend: ReactNode;
  options: readonly RegulationSkill[];
  value: string;
  onChange: (id: string) => void;
  error: string | null;
}) {
  const { legend, options, value, onChange, error } = props;
  const id = useId();
  return (
    <fieldset className="sb-timed__choices" aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="sb-field__label">{legend}</legend>
      {error ? (
        <p className="sb-field__error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      {options.map((option) => (
        <label key={option.id} className="sb-timed__choice">
          <input
            type="radio"
            name={`${id}-choice`}
            value={option.id}
            checked={value === option.id}
            onChange={() => onChange(option.id)}
          />
          <span className="sb-timed__choice-text">
            <span className="sb-timed__choice-title">{option.title}</span>
            <span className="sb-timed__choice-summary">{option.summary}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}

/** 0 to 10 as large radio buttons (two rows on a phone), with the chosen value in words. */
export function RatingScale(props: {
  legend: ReactNode;
  hint?: ReactNode;
  value: number | null;
  onChange: (value: number) => void;
  error?: string | null;
}) {
  const { legend, hint, value, onChange, error } = props;
  const { t } = useTranslation();
  const id = useId();
  const described = [`${id}-hint`, hint ? `${id}-more` : '', error ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <fieldset className="sb-timed__rating" aria-describedby={described}>
      <legend className="sb-field__label">{legend}</legend>
      <p className="sb-field__hint" id={`${id}-hint`}>
        {t('timed.rating.hint')}
      </p>
      {hint ? (
        <p className="sb-field__hint" id={`${id}-more`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="sb-field__error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      <div className="sb-timed__scale">
        {RATINGS.map((n) => (
          <label key={n} className="sb-timed__point">
            <input
              type="radio"
              className="sb-timed__point-input"
              name={`${id}-rating`}
              value={String(n)}
              checked={value === n}
              onChange={() => onChange(n)}
            />
            <span className="sb-timed__point-label">{n}</span>
          </label>
        ))}
      </div>
      <p className="sb-timed__rating-value">
        {value === null ? t('timed.rating.none') : t('timed.rating.chosen', { value })}
      </p>
    </fieldset>
  );
}

function ReferenceLine({ reference }: { reference: Reference }) {
  const { t } = useTranslation();
  const { authors, year, title, source, doi } = reference;
  return (
    <li>
      {t('timed.why.byline', { authors, year })} <cite>{title}</cite>. {source}.
      {doi ? (
        <>
          {' '}
          <a href={`https://doi.org/${doi}`} rel="noreferrer" target="_blank">
            {`doi:${doi}`}
          </a>
        </>
      ) : null}
    </li>
  );
}

/** "Why this helps": the plain-language reason and the sources, folded away until asked for. */
export function WhyThisHelps({ skill }: { skill: RegulationSkill }) {
  const { t } = useTranslation();
  return (
    <details className="sb-timed__why">
      <summary className="sb-timed__why-summary">{t('timed.why.title')}</summary>
      <p>{skill.why}</p>
      <h3 className="sb-timed__why-sources">{t('timed.why.sources')}</h3>
      <ul className="sb-timed__refs">
        {skill.references.map((reference) => (
          <ReferenceLine key={`${reference.authors}${reference.title}`} reference={reference} />
        ))}
      </ul>
    </details>
  );
}

/** The skill's timer; its seconds go into the entry. Remounted (fresh) for another skill. */
function SkillTimer({ value, onChange, seconds }: Props & { seconds: number }) {
  const { t } = useTranslation();
  const id = useId();
  const timer = useCountdown(seconds, {
    onReport: (elapsed) => onChange({ ...value, seconds: elapsed }),
  });
  const actions: TimerActions = {
    start: timer.start,
    pause: timer.pause,
    resume: timer.resume,
    end: timer.stop,
  };
  return (
    <section className="sb-timed__section" aria-labelledby={`${id}-timer`}>
      <h2 id={`${id}-timer`}>{t('timed.skill.timer')}</h2>
      <p className="sb-field__hint">{t('timed.skill.timerHint')}</p>
      <TimerPanel timer={timer} actions={actions} carryFrom={value.seconds ?? 0}>
        <p className="sb-timed__cue sb-timed__cue--quiet" aria-live="polite">
          {timer.finished ? t('timed.skill.timeUp') : ''}
        </p>
      </TimerPanel>
    </section>
  );
}

function TimerOrRecord(props: Props & { skill: RegulationSkill }) {
  const { value, problem, isDraft, skill } = props;
  const { t } = useTranslation();
  const error = problemAt(problem, 'seconds');
  const recorded =
    value.seconds === null ? null : t('timed.skill.recorded', { time: formatClock(value.seconds) });
  return (
    <>
      {error ? <p className="sb-field__error">{error}</p> : null}
      {isDraft && skill.timerSeconds ? (
        <SkillTimer key={skill.id} {...props} seconds={skill.timerSeconds} />
      ) : (
        <>
          {recorded ? <p className="sb-timed__recorded">{recorded}</p> : null}
          {skill.timerSeconds ? null : <p className="sb-timed__gentle">{t('timed.stopAnyTime')}</p>}
        </>
      )}
    </>
  );
}

function SkillChoice({
  value,
  onChange,
  settings,
  problem,
  isDraft,
  skill,
}: Props & {
  skill: RegulationSkill;
}) {
  const { t } = useTranslation();
  const error = problemAt(problem, 'skillId');
  if (settings.skillId || !isDraft) {
    return (
      <>
        {error ? <p className="sb-field__error">{error}</p> : null}
        <Chosen title={skill.title} summary={skill.summary} />
      </>
    );
  }
  return (
    <SkillCards
      legend={t('timed.skill.choose')}
      options={REGULATION_SKILLS}
      value={skill.id}
      error={error}
      onChange={(skillId) => onChange({ ...value, skillId, seconds: null })}
    />
  );
}

export function SkillPractice(props: Props) {
  const { value, onChange, settings, problem } = props;
  const { t } = useTranslation();
  const skill =
    skillById(value.skillId) ?? skillById(settings.skillId ?? '') ?? REGULATION_SKILLS[0];
  if (!skill) return null;
  return (
    <div className="sb-timed">
      <SkillChoice {...props} skill={skill} />
      <RatingScale
        legend={t('timed.skill.before')}
        value={value.before}
        error={problemAt(problem, 'before')}
        onChange={(before) => onChange({ ...value, before })}
      />
      <section className="sb-timed__section">
        <h2>{t('timed.skill.steps')}</h2>
        <ol className="sb-timed__steps">
          {skill.steps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
      </section>
      <TimerOrRecord {...props} skill={skill} />
      <RatingScale
        legend={t('timed.skill.after')}
        hint={t('timed.skill.afterHint')}
        value={value.after}
        error={problemAt(problem, 'after')}
        onChange={(after) => onChange({ ...value, after })}
      />
      <TextAreaField
        label={t('timed.skill.note')}
        hint={t('timed.skill.noteHint')}
        value={value.note}
        maxLength={4000}
        error={problemAt(problem, 'note')}
        onChange={(event) => onChange({ ...value, note: event.target.value })}
      />
      <WhyThisHelps skill={skill} />
    </div>
  );
}
