/**
 * What a client writes between sessions, one shape per exercise, and the one checker both the
 * portal (to help as they type) and the server (to refuse bad input with 400) use. A draft may
 * be half-filled; a finished entry must hold what the exercise is for. Pure: no I/O.
 */
import { articleById } from './learn';
import { emotionWord, isHelper } from './emotions';
import { practiceById } from './mindfulness';
import { skillById } from './skills';

export const EXERCISE_KINDS = [
  'emotion_log',
  'regulation_skill',
  'mindfulness',
  'mentalizing',
  'repair',
  'secure_base',
  'article',
] as const;
export type ExerciseKind = (typeof EXERCISE_KINDS)[number];

export function isExerciseKind(value: string): value is ExerciseKind {
  return (EXERCISE_KINDS as readonly string[]).includes(value);
}

export interface EmotionRating {
  word: string;
  intensity: number;
}
export interface EmotionLog {
  situation: string;
  emotions: EmotionRating[];
  bodySignals: string;
  urge: string;
  whatIDid: string;
  helped: string[];
  helpedNote: string;
  intensityAfter: number | null;
}
export interface SkillPractice {
  skillId: string;
  before: number | null;
  after: number | null;
  seconds: number | null;
  note: string;
}
export interface MindfulnessSession {
  practiceId: string;
  minutes: number;
  secondsPractised: number;
  spoken: boolean;
  note: string;
}
export interface OtherReading {
  feelings: string;
  thoughts: string;
}
export interface MentalizingEntry {
  episode: string;
  myFeelings: string;
  myThoughts: string;
  readings: OtherReading[];
  whatIDid: string;
  nextTime: string;
}
export interface LikelyResponse {
  theySay: string;
  iStayConnected: string;
}
export interface RealConversation {
  happenedOn: string;
  howItWent: string;
  rating: number;
}
export interface RepairPlan {
  whatHappened: string;
  feelingUnderneath: string;
  need: string;
  request: string;
  responses: LikelyResponse[];
  rehearsals: number;
  realConversation: RealConversation | null;
}
export interface SecureBaseReflection {
  thereForMe: string[];
  iWasThere: string[];
}
export interface ArticleRead {
  articleId: string;
  question: string;
}

export interface ContentOf {
  emotion_log: EmotionLog;
  regulation_skill: SkillPractice;
  mindfulness: MindfulnessSession;
  mentalizing: MentalizingEntry;
  repair: RepairPlan;
  secure_base: SecureBaseReflection;
  article: ArticleRead;
}
export type EntryContent = ContentOf[ExerciseKind];

export type Stage = 'draft' | 'done';

export interface ContentProblem {
  /** Path inside the content, e.g. `emotions.1.intensity`. */
  field: string;
  message: string;
}
export type Checked<K extends ExerciseKind> =
  { ok: true; content: ContentOf[K] } | { ok: false; problem: ContentProblem };

export const TEXT_LIMIT = 4000;
export const LIST_LIMIT = 12;
/** The longest timed practice or skill a client can record: two hours. */
export const LONGEST_SECONDS = 7200;

class Refusal extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}
const refuse = (field: string, message: string): never => {
  throw new Refusal(field, message);
};

type Raw = Record<string, unknown>;

function record(value: unknown, field: string): Raw {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return refuse(field, 'Expected an object.');
  }
  return value as Raw;
}

function text(raw: Raw, key: string, field = key): string {
  const value = raw[key] ?? '';
  if (typeof value !== 'string') return refuse(field, 'Expected text.');
  if (value.length > TEXT_LIMIT) return refuse(field, `Keep this under ${TEXT_LIMIT} characters.`);
  return value.trim();
}

function rating(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 10) {
    return refuse(field, 'Give a whole number from 0 to 10.');
  }
  return value;
}

function optionalRating(raw: Raw, key: string): number | null {
  const value = raw[key];
  return value === undefined || value === null ? null : rating(value, key);
}

function list(raw: Raw, key: string, max = LIST_LIMIT): unknown[] {
  const value = raw[key] ?? [];
  if (!Array.isArray(value)) return refuse(key, 'Expected a list.');
  if (value.length > max) return refuse(key, `No more than ${max}, please.`);
  return value;
}

function texts(raw: Raw, key: string): string[] {
  return list(raw, key)
    .map((item, i) => text({ v: item }, 'v', `${key}.${i}`))
    .filter((item) => item.length > 0);
}

function needed(done: boolean, present: boolean, field: string, message: string) {
  if (done && !present) refuse(field, message);
}

function emotionLog(raw: Raw, done: boolean): EmotionLog {
  const emotions = list(raw, 'emotions', 6).map((item, i) => {
    const one = record(item, `emotions.${i}`);
    const word = one.word;
    if (typeof word !== 'string' || !emotionWord(word)) {
      return refuse(`emotions.${i}.word`, `"${String(word)}" is not one of the emotion words.`);
    }
    return { word, intensity: rating(one.intensity, `emotions.${i}.intensity`) };
  });
  const helped = list(raw, 'helped').map((item, i) =>
    typeof item === 'string' && isHelper(item)
      ? item
      : refuse(`helped.${i}`, `"${String(item)}" is not one of the things that can help.`),
  );
  const log: EmotionLog = {
    situation: text(raw, 'situation'),
    emotions,
    bodySignals: text(raw, 'bodySignals'),
    urge: text(raw, 'urge'),
    whatIDid: text(raw, 'whatIDid'),
    helped: [...new Set(helped)],
    helpedNote: text(raw, 'helpedNote'),
    intensityAfter: optionalRating(raw, 'intensityAfter'),
  };
  needed(done, log.situation !== '', 'situation', 'Say briefly what happened.');
  needed(done, emotions.length > 0, 'emotions', 'Choose at least one emotion.');
  return log;
}

function seconds(value: unknown, field: string, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > max) {
    return refuse(field, `Give whole seconds from 0 to ${max}.`);
  }
  return value;
}

function skillPractice(raw: Raw, done: boolean): SkillPractice {
  const skillId = raw.skillId;
  if (typeof skillId !== 'string' || !skillById(skillId)) {
    return refuse('skillId', 'Choose one of the regulation skills.');
  }
  const practice: SkillPractice = {
    skillId,
    before: optionalRating(raw, 'before'),
    after: optionalRating(raw, 'after'),
    seconds:
      raw.seconds === undefined || raw.seconds === null
        ? null
        : seconds(raw.seconds, 'seconds', LONGEST_SECONDS),
    note: text(raw, 'note'),
  };
  needed(done, practice.before !== null, 'before', 'Rate how strong the feeling was before.');
  needed(done, practice.after !== null, 'after', 'Rate how strong the feeling was after.');
  return practice;
}

function mindfulness(raw: Raw, done: boolean): MindfulnessSession {
  const practice = typeof raw.practiceId === 'string' ? practiceById(raw.practiceId) : undefined;
  if (!practice) return refuse('practiceId', 'Choose one of the mindfulness practices.');
  const minutes = raw.minutes;
  if (typeof minutes !== 'number' || !practice.minutes.includes(minutes)) {
    return refuse('minutes', `This practice lasts ${practice.minutes.join(', ')} minutes.`);
  }
  // The timer may run a little over when the phone sleeps; never more than a minute.
  const session: MindfulnessSession = {
    practiceId: practice.id,
    minutes,
    secondsPractised: seconds(raw.secondsPractised ?? 0, 'secondsPractised', minutes * 60 + 60),
    spoken: raw.spoken === true,
    note: text(raw, 'note'),
  };
  needed(done, session.secondsPractised > 0, 'secondsPractised', 'Start the timer first.');
  return session;
}

function mentalizing(raw: Raw, done: boolean): MentalizingEntry {
  const readings = list(raw, 'readings', 5).map((item, i) => {
    const one = record(item, `readings.${i}`);
    return {
      feelings: text(one, 'feelings', `readings.${i}.feelings`),
      thoughts: text(one, 'thoughts', `readings.${i}.thoughts`),
    };
  });
  const entry: MentalizingEntry = {
    episode: text(raw, 'episode'),
    myFeelings: text(raw, 'myFeelings'),
    myThoughts: text(raw, 'myThoughts'),
    readings: readings.filter((r) => r.feelings !== '' || r.thoughts !== ''),
    whatIDid: text(raw, 'whatIDid'),
    nextTime: text(raw, 'nextTime'),
  };
  needed(done, entry.episode !== '', 'episode', 'Describe the moment briefly.');
  needed(done, entry.myFeelings !== '', 'myFeelings', 'Say what you felt.');
  needed(
    done,
    entry.readings.length >= 2,
    'readings',
    'Imagine at least two ways the other person might have felt or thought.',
  );
  return entry;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function repair(raw: Raw, done: boolean): RepairPlan {
  const responses = list(raw, 'responses', 5).map((item, i) => {
    const one = record(item, `responses.${i}`);
    return {
      theySay: text(one, 'theySay', `responses.${i}.theySay`),
      iStayConnected: text(one, 'iStayConnected', `responses.${i}.iStayConnected`),
    };
  });
  const rehearsals = raw.rehearsals ?? 0;
  if (typeof rehearsals !== 'number' || !Number.isInteger(rehearsals) || rehearsals < 0) {
    return refuse('rehearsals', 'Expected a count of rehearsals.');
  }
  let real: RealConversation | null = null;
  if (raw.realConversation !== undefined && raw.realConversation !== null) {
    const one = record(raw.realConversation, 'realConversation');
    const happenedOn = one.happenedOn;
    if (typeof happenedOn !== 'string' || !DATE.test(happenedOn)) {
      return refuse('realConversation.happenedOn', 'Give the date as YYYY-MM-DD.');
    }
    real = {
      happenedOn,
      howItWent: text(one, 'howItWent', 'realConversation.howItWent'),
      rating: rating(one.rating, 'realConversation.rating'),
    };
  }
  const plan: RepairPlan = {
    whatHappened: text(raw, 'whatHappened'),
    feelingUnderneath: text(raw, 'feelingUnderneath'),
    need: text(raw, 'need'),
    request: text(raw, 'request'),
    responses: responses.filter((r) => r.theySay !== ''),
    rehearsals: Math.min(rehearsals, 1000),
    realConversation: real,
  };
  needed(done, plan.whatHappened !== '', 'whatHappened', 'Say briefly what happened.');
  needed(done, plan.feelingUnderneath !== '', 'feelingUnderneath', 'Name the feeling underneath.');
  needed(done, plan.request !== '', 'request', 'Put your request into words.');
  needed(
    done,
    plan.responses.length >= 2,
    'responses',
    'Write two or three ways the other person might respond.',
  );
  return plan;
}

function secureBase(raw: Raw, done: boolean): SecureBaseReflection {
  const reflection = { thereForMe: texts(raw, 'thereForMe'), iWasThere: texts(raw, 'iWasThere') };
  needed(
    done,
    reflection.thereForMe.length + reflection.iWasThere.length > 0,
    'thereForMe',
    'Write at least one moment.',
  );
  return reflection;
}

function articleRead(raw: Raw): ArticleRead {
  const articleId = raw.articleId;
  if (typeof articleId !== 'string' || !articleById(articleId)) {
    return refuse('articleId', 'Choose one of the Learn articles.');
  }
  return { articleId, question: text(raw, 'question') };
}

const checkers: { [K in ExerciseKind]: (raw: Raw, done: boolean) => ContentOf[K] } = {
  emotion_log: emotionLog,
  regulation_skill: skillPractice,
  mindfulness,
  mentalizing,
  repair,
  secure_base: secureBase,
  article: articleRead,
};

/**
 * Checks and normalises an entry's content (trimmed text, unknown keys dropped). The first
 * problem found is returned with the path of the field it is in.
 */
export function checkContent<K extends ExerciseKind>(
  kind: K,
  content: unknown,
  stage: Stage,
): Checked<K> {
  try {
    const raw = record(content, '');
    return { ok: true, content: checkers[kind](raw, stage === 'done') };
  } catch (error) {
    if (error instanceof Refusal) {
      return { ok: false, problem: { field: error.field, message: error.message } };
    }
    throw error;
  }
}
