/**
 * What a client wrote, laid out readably for each kind of exercise. The content is checked with
 * the same checker the server uses, so each view gets its own typed shape.
 */
import {
  articleById,
  checkContent,
  practiceById,
  skillById,
  type ContentOf,
  type EmotionLog,
  type ExerciseKind,
  type MentalizingEntry,
  type RepairPlan,
} from '@securebase/practice';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { emotionLabel, helperLabel } from '../trends/labels';
import { formatMean } from '../trends/trends-scale';

export interface ViewContext {
  t: TFunction;
  locale: string;
  /** A local calendar date, readably. */
  date: (local: string) => string;
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="sb-entry__fact">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** A labelled piece of text, left out when the client wrote nothing there. */
const said = (label: string, value: string) =>
  value ? (
    <Fact label={label}>
      <span className="sb-entry__text">{value}</span>
    </Fact>
  ) : null;

const List = ({ items }: { items: readonly string[] }) => (
  <ul className="sb-entry__list">
    {items.map((item, i) => (
      <li key={`${String(i)}-${item}`}>{item}</li>
    ))}
  </ul>
);

function emotionLog(c: EmotionLog, { t }: ViewContext) {
  const outOfTen = (value: number) => t('practiceClinic.shared.outOfTen', { value });
  return (
    <dl className="sb-entry">
      {said(t('practiceClinic.shared.emotionLog.situation'), c.situation)}
      {c.emotions.length > 0 ? (
        <Fact label={t('practiceClinic.shared.emotionLog.emotions')}>
          <List
            items={c.emotions.map((e) =>
              t('practiceClinic.shared.emotionWithIntensity', {
                word: emotionLabel(t, e.word),
                intensity: e.intensity,
              }),
            )}
          />
        </Fact>
      ) : null}
      {said(t('practiceClinic.shared.emotionLog.bodySignals'), c.bodySignals)}
      {said(t('practiceClinic.shared.emotionLog.urge'), c.urge)}
      {said(t('practiceClinic.shared.emotionLog.whatIDid'), c.whatIDid)}
      {c.helped.length > 0 ? (
        <Fact label={t('practiceClinic.shared.emotionLog.helped')}>
          <List items={c.helped.map((h) => helperLabel(t, h))} />
        </Fact>
      ) : null}
      {said(t('practiceClinic.shared.emotionLog.helpedNote'), c.helpedNote)}
      {c.intensityAfter !== null ? (
        <Fact label={t('practiceClinic.shared.emotionLog.after')}>
          {outOfTen(c.intensityAfter)}
        </Fact>
      ) : null}
    </dl>
  );
}

function skillPractice(c: ContentOf['regulation_skill'], { t }: ViewContext) {
  const seconds = c.seconds;
  return (
    <dl className="sb-entry">
      <Fact label={t('practiceClinic.shared.skill.skill')}>
        {skillById(c.skillId)?.title ?? c.skillId}
      </Fact>
      <Fact label={t('practiceClinic.shared.skill.change')}>
        {c.before !== null && c.after !== null
          ? t('practiceClinic.shared.skill.beforeAfter', { before: c.before, after: c.after })
          : t('practiceClinic.shared.skill.notRated')}
      </Fact>
      {seconds !== null && seconds > 0 ? (
        <Fact label={t('practiceClinic.shared.skill.time')}>
          {seconds < 120
            ? t('practiceClinic.shared.skill.seconds', { count: seconds })
            : t('practiceClinic.shared.skill.minutes', { count: Math.round(seconds / 60) })}
        </Fact>
      ) : null}
      {said(t('practiceClinic.shared.skill.note'), c.note)}
    </dl>
  );
}

function mindfulness(c: ContentOf['mindfulness'], { t, locale }: ViewContext) {
  return (
    <dl className="sb-entry">
      <Fact label={t('practiceClinic.shared.mindfulness.practice')}>
        {practiceById(c.practiceId)?.title ?? c.practiceId}
      </Fact>
      <Fact label={t('practiceClinic.shared.mindfulness.practised')}>
        {t('practiceClinic.shared.mindfulness.practisedOf', {
          done: formatMean(c.secondsPractised / 60, locale),
          planned: c.minutes,
        })}
      </Fact>
      <Fact label={t('practiceClinic.shared.mindfulness.guidance')}>
        {c.spoken
          ? t('practiceClinic.shared.mindfulness.spoken')
          : t('practiceClinic.shared.mindfulness.onScreen')}
      </Fact>
      {said(t('practiceClinic.shared.mindfulness.note'), c.note)}
    </dl>
  );
}

function mentalizing(c: MentalizingEntry, { t }: ViewContext) {
  return (
    <dl className="sb-entry">
      {said(t('practiceClinic.shared.mentalizing.episode'), c.episode)}
      {said(t('practiceClinic.shared.mentalizing.myFeelings'), c.myFeelings)}
      {said(t('practiceClinic.shared.mentalizing.myThoughts'), c.myThoughts)}
      {c.readings.length > 0 ? (
        <Fact label={t('practiceClinic.shared.mentalizing.readings')}>
          <ol className="sb-entry__readings">
            {c.readings.map((r, i) => (
              <li key={i}>
                <dl className="sb-entry sb-entry--nested">
                  {said(t('practiceClinic.shared.mentalizing.feelings'), r.feelings)}
                  {said(t('practiceClinic.shared.mentalizing.thoughts'), r.thoughts)}
                </dl>
              </li>
            ))}
          </ol>
        </Fact>
      ) : null}
      {said(t('practiceClinic.shared.mentalizing.whatIDid'), c.whatIDid)}
      {said(t('practiceClinic.shared.mentalizing.nextTime'), c.nextTime)}
    </dl>
  );
}

function repair(c: RepairPlan, { t, date }: ViewContext) {
  const real = c.realConversation;
  return (
    <dl className="sb-entry">
      {said(t('practiceClinic.shared.repair.whatHappened'), c.whatHappened)}
      {said(t('practiceClinic.shared.repair.feelingUnderneath'), c.feelingUnderneath)}
      {said(t('practiceClinic.shared.repair.need'), c.need)}
      {said(t('practiceClinic.shared.repair.request'), c.request)}
      {c.responses.length > 0 ? (
        <Fact label={t('practiceClinic.shared.repair.responses')}>
          <ol className="sb-entry__readings">
            {c.responses.map((r, i) => (
              <li key={i}>
                <dl className="sb-entry sb-entry--nested">
                  {said(t('practiceClinic.shared.repair.theySay'), r.theySay)}
                  {said(t('practiceClinic.shared.repair.iStayConnected'), r.iStayConnected)}
                </dl>
              </li>
            ))}
          </ol>
          <p className="sb-small">
            {t('practiceClinic.shared.repair.rehearsals', { count: c.rehearsals })}
          </p>
        </Fact>
      ) : null}
      <Fact label={t('practiceClinic.shared.repair.real')}>
        {real ? (
          <>
            <span className="sb-small">
              {t('practiceClinic.shared.repair.realOn', { date: date(real.happenedOn) })} ·{' '}
              {t('practiceClinic.shared.repair.rating', { rating: real.rating })}
            </span>
            {real.howItWent ? <span className="sb-entry__text">{real.howItWent}</span> : null}
          </>
        ) : (
          t('practiceClinic.shared.repair.realNotYet')
        )}
      </Fact>
    </dl>
  );
}

function secureBase(c: ContentOf['secure_base'], { t }: ViewContext) {
  const nothing = t('practiceClinic.shared.nothing');
  return (
    <dl className="sb-entry">
      <Fact label={t('practiceClinic.shared.secureBase.thereForMe')}>
        {c.thereForMe.length > 0 ? <List items={c.thereForMe} /> : nothing}
      </Fact>
      <Fact label={t('practiceClinic.shared.secureBase.iWasThere')}>
        {c.iWasThere.length > 0 ? <List items={c.iWasThere} /> : nothing}
      </Fact>
    </dl>
  );
}

function article(c: ContentOf['article'], { t }: ViewContext) {
  return (
    <dl className="sb-entry">
      <Fact label={t('practiceClinic.shared.article.article')}>
        {articleById(c.articleId)?.title ?? c.articleId}
      </Fact>
      <Fact label={t('practiceClinic.shared.article.question')}>
        {c.question ? (
          <span className="sb-entry__text">{c.question}</span>
        ) : (
          t('practiceClinic.shared.article.noQuestion')
        )}
      </Fact>
    </dl>
  );
}

const VIEWS: { [K in ExerciseKind]: (content: ContentOf[K], ctx: ViewContext) => ReactNode } = {
  emotion_log: emotionLog,
  regulation_skill: skillPractice,
  mindfulness,
  mentalizing,
  repair,
  secure_base: secureBase,
  article,
};

function show<K extends ExerciseKind>(kind: K, content: ContentOf[K], ctx: ViewContext) {
  return VIEWS[kind](content, ctx);
}

/** The entry's content for its kind (checked as the server checks it), or a plain note. */
export function entryContent(kind: ExerciseKind, content: unknown, ctx: ViewContext): ReactNode {
  const checked = checkContent(kind, content, 'draft');
  if (!checked.ok) return <p className="sb-small">{ctx.t('practiceClinic.shared.unreadable')}</p>;
  return show(kind, checked.content, ctx);
}
