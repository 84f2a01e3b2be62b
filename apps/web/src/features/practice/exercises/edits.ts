/**
 * The changes each exercise form can make to its content, kept apart from React so that what a
 * tap or a slider does can be tested on its own. Each `…Edits(value, onChange)` returns the
 * actions a form wires to its controls; every action hands the whole new content to `onChange`.
 */
import {
  LIST_LIMIT,
  type EmotionLog,
  type MentalizingEntry,
  type OtherReading,
  type SecureBaseReflection,
} from '@securebase/practice';

/** The most emotion words one log can hold (the server refuses more). */
export const MOST_EMOTIONS = 6;
/** Where a newly chosen emotion's slider starts: the middle of 0–10. */
export const STARTING_INTENSITY = 5;
export const NOTHING_HELPED = 'nothing-helped';
export const FEWEST_READINGS = 2;
export const MOST_READINGS = 5;
export const MOST_MOMENTS = LIST_LIMIT;

type Change<T> = (next: T) => void;

/** A slider's value as a whole number from 0 to 10. */
export function toRating(raw: string | number): number {
  const n = Math.round(Number(raw));
  return Number.isFinite(n) ? Math.min(10, Math.max(0, n)) : 0;
}

function withField<T extends object, F extends keyof T>(value: T, field: F, next: T[F]): T {
  return { ...value, [field]: next };
}

export type EmotionLogText = 'situation' | 'bodySignals' | 'urge' | 'whatIDid' | 'helpedNote';

/** "Nothing helped" stands alone: choosing it clears the others, choosing another clears it. */
function toggledHelpers(helped: readonly string[], id: string): string[] {
  if (helped.includes(id)) return helped.filter((h) => h !== id);
  if (id === NOTHING_HELPED) return [id];
  return [...helped.filter((h) => h !== NOTHING_HELPED), id];
}

export function emotionLogEdits(value: EmotionLog, onChange: Change<EmotionLog>) {
  const emotions = (next: EmotionLog['emotions']) => onChange({ ...value, emotions: next });
  return {
    write: (field: EmotionLogText, text: string) => onChange(withField(value, field, text)),
    /** Chooses a word (up to the limit) or, when it is already chosen, lets it go. */
    toggleEmotion: (word: string) => {
      if (value.emotions.some((e) => e.word === word)) {
        emotions(value.emotions.filter((e) => e.word !== word));
      } else if (value.emotions.length < MOST_EMOTIONS) {
        emotions([...value.emotions, { word, intensity: STARTING_INTENSITY }]);
      }
    },
    removeEmotionAt: (index: number) => emotions(value.emotions.filter((_, i) => i !== index)),
    rate: (index: number, intensity: number) =>
      emotions(
        value.emotions.map((e, i) => (i === index ? { ...e, intensity: toRating(intensity) } : e)),
      ),
    toggleHelper: (id: string) => onChange({ ...value, helped: toggledHelpers(value.helped, id) }),
    rateAfter: (intensity: number | null) =>
      onChange({ ...value, intensityAfter: intensity === null ? null : toRating(intensity) }),
  };
}

const emptyReading = (): OtherReading => ({ feelings: '', thoughts: '' });

/** The readings on screen: always at least two, even when the saved entry dropped blank ones. */
export function shownReadings(readings: readonly OtherReading[]): OtherReading[] {
  const shown = [...readings];
  while (shown.length < FEWEST_READINGS) shown.push(emptyReading());
  return shown;
}

export type MentalizingText = 'episode' | 'myFeelings' | 'myThoughts' | 'whatIDid' | 'nextTime';

export function mentalizingEdits(value: MentalizingEntry, onChange: Change<MentalizingEntry>) {
  const readings = shownReadings(value.readings);
  const withReadings = (next: OtherReading[]) => onChange({ ...value, readings: next });
  return {
    write: (field: MentalizingText, text: string) => onChange(withField(value, field, text)),
    writeReading: (index: number, part: keyof OtherReading, text: string) =>
      withReadings(readings.map((r, i) => (i === index ? withField(r, part, text) : r))),
    addReading: () => {
      if (readings.length < MOST_READINGS) withReadings([...readings, emptyReading()]);
    },
    removeReading: (index: number) => {
      if (readings.length > FEWEST_READINGS) withReadings(readings.filter((_, i) => i !== index));
    },
  };
}

export type MomentList = 'thereForMe' | 'iWasThere';
export const MOMENT_LISTS: readonly MomentList[] = ['thereForMe', 'iWasThere'];

/** The moments on screen: an empty list still offers one line to write in. */
export function shownMoments(moments: readonly string[]): string[] {
  return moments.length > 0 ? [...moments] : [''];
}

export function secureBaseEdits(
  value: SecureBaseReflection,
  onChange: Change<SecureBaseReflection>,
) {
  const moments = (list: MomentList) => shownMoments(value[list]);
  const withList = (list: MomentList, next: string[]) => onChange(withField(value, list, next));
  return {
    write: (list: MomentList, index: number, text: string) =>
      withList(
        list,
        moments(list).map((m, i) => (i === index ? text : m)),
      ),
    add: (list: MomentList) => {
      if (moments(list).length < MOST_MOMENTS) withList(list, [...moments(list), '']);
    },
    remove: (list: MomentList, index: number) =>
      withList(
        list,
        moments(list).filter((_, i) => i !== index),
      ),
  };
}
