/**
 * Weekly views of what a client logged: how strong feelings ran, which feelings came up and
 * what helped bring them down. Used for the client's own chart (all their entries) and the
 * clinician's (shared entries only — the caller decides which entries go in). Pure.
 */
import { emotionWord, EMOTION_FAMILIES, type EmotionFamily } from './emotions';
import type { EmotionLog, MindfulnessSession, SkillPractice } from './entries';
import { addLocalDays } from './tasks';

export interface Dated<T> {
  /** The local date the entry is about (YYYY-MM-DD). */
  localDate: string;
  content: T;
}

/** Monday of the ISO week a local date falls in. */
export function weekOf(date: string): string {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay(); // 0 = Sunday
  return addLocalDays(date, -((weekday + 6) % 7));
}

function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10;
}

/** The strongest feeling in an entry: what the log is mostly about. */
export function peakIntensity(log: EmotionLog): number | null {
  return log.emotions.length === 0 ? null : Math.max(...log.emotions.map((e) => e.intensity));
}

export interface EmotionWeek {
  weekOf: string;
  entries: number;
  /** Mean of each entry's strongest feeling, 0–10. */
  peakMean: number | null;
  /** Mean intensity afterwards, over entries that rated it. */
  afterMean: number | null;
  families: Record<EmotionFamily, number>;
  words: { word: string; count: number; meanIntensity: number }[];
}

function byWeek<T>(entries: readonly Dated<T>[]): Map<string, Dated<T>[]> {
  const weeks = new Map<string, Dated<T>[]>();
  for (const entry of [...entries].sort((a, b) => (a.localDate < b.localDate ? -1 : 1))) {
    const key = weekOf(entry.localDate);
    weeks.set(key, [...(weeks.get(key) ?? []), entry]);
  }
  return weeks;
}

export function emotionWeeks(entries: readonly Dated<EmotionLog>[]): EmotionWeek[] {
  return [...byWeek(entries)].map(([week, list]) => {
    const families = Object.fromEntries(EMOTION_FAMILIES.map((f) => [f, 0])) as Record<
      EmotionFamily,
      number
    >;
    const words = new Map<string, number[]>();
    for (const { content } of list) {
      for (const { word, intensity } of content.emotions) {
        const family = emotionWord(word)?.family;
        if (family) families[family] += 1;
        words.set(word, [...(words.get(word) ?? []), intensity]);
      }
    }
    return {
      weekOf: week,
      entries: list.length,
      peakMean: mean(list.flatMap(({ content }) => peakIntensity(content) ?? [])),
      afterMean: mean(list.flatMap(({ content }) => content.intensityAfter ?? [])),
      families,
      words: [...words]
        .map(([word, values]) => ({
          word,
          count: values.length,
          meanIntensity: mean(values) ?? 0,
        }))
        .sort((a, b) => b.count - a.count || (a.word < b.word ? -1 : 1)),
    };
  });
}

export interface HelpedTally {
  helper: string;
  times: number;
  /** Mean fall from the strongest feeling to the rating afterwards, where both were given. */
  meanDrop: number | null;
}

export function whatHelped(entries: readonly Dated<EmotionLog>[]): HelpedTally[] {
  const tally = new Map<string, number[][]>();
  for (const { content } of entries) {
    const peak = peakIntensity(content);
    const drop =
      peak !== null && content.intensityAfter !== null ? [peak - content.intensityAfter] : [];
    for (const helper of content.helped) tally.set(helper, [...(tally.get(helper) ?? []), drop]);
  }
  return [...tally]
    .map(([helper, drops]) => ({ helper, times: drops.length, meanDrop: mean(drops.flat()) }))
    .sort((a, b) => b.times - a.times || (a.helper < b.helper ? -1 : 1));
}

export interface PracticeWeek {
  weekOf: string;
  /** Minutes of mindfulness practised (timer time, rounded to whole minutes per week). */
  mindfulnessMinutes: number;
  skillsPractised: number;
  /** Mean fall in feeling strength across skills rated before and after. */
  skillMeanDrop: number | null;
}

export function practiceWeeks(
  mindfulness: readonly Dated<MindfulnessSession>[],
  skills: readonly Dated<SkillPractice>[],
): PracticeWeek[] {
  const minds = byWeek(mindfulness);
  const skilled = byWeek(skills);
  const weeks = [...new Set([...minds.keys(), ...skilled.keys()])].sort();
  return weeks.map((week) => {
    const done = skilled.get(week) ?? [];
    const seconds = (minds.get(week) ?? []).reduce((s, e) => s + e.content.secondsPractised, 0);
    return {
      weekOf: week,
      mindfulnessMinutes: Math.round(seconds / 60),
      skillsPractised: done.length,
      skillMeanDrop: mean(
        done.flatMap(({ content }) =>
          content.before !== null && content.after !== null ? [content.before - content.after] : [],
        ),
      ),
    };
  });
}
