/**
 * The shapes of the between-session content: regulation skills, mindfulness practices and
 * Learn articles. All wording is our own (see docs/practice.md); pure data, no I/O.
 */

/** A source a clinician can look up: author(s), year, title, where it was published. */
export interface Reference {
  authors: string;
  year: number;
  title: string;
  /** Journal, book publisher or similar. */
  source: string;
  /** A DOI (without the https://doi.org/ prefix) when the work has one. */
  doi?: string;
}

export interface RegulationSkill {
  id: string;
  title: string;
  /** One or two sentences: what it is and when it helps. */
  summary: string;
  /** Short, concrete steps in second person ("Breathe out slowly…"). */
  steps: readonly string[];
  /** A suggested timer for the skill, in seconds, when a timer fits (breathing, grounding). */
  timerSeconds?: number;
  /** Why it works, in plain language, with a source. */
  why: string;
  references: readonly Reference[];
}

/** A cue spoken or shown at a point in a guided practice. */
export interface GuidanceCue {
  /** When to give the cue, as a fraction of the practice's length (0 = start, <1). */
  at: number;
  text: string;
}

export interface MindfulnessPractice {
  id: string;
  title: string;
  summary: string;
  /** Lengths the client can choose, in minutes, shortest first. */
  minutes: readonly number[];
  /** Ordered by `at`, starting at 0. */
  cues: readonly GuidanceCue[];
  /** Spoken/shown when the timer ends. */
  closing: string;
  references: readonly Reference[];
}

export interface ArticleSection {
  heading: string;
  /** Paragraphs of plain text (no markup). */
  paragraphs: readonly string[];
}

export interface Article {
  id: string;
  title: string;
  /** One sentence shown in the list. */
  summary: string;
  /** Minutes to read, rounded up, at about 200 words a minute. */
  readingMinutes: number;
  sections: readonly ArticleSection[];
  /** Questions the client might bring to a session. */
  reflect: readonly string[];
  references: readonly Reference[];
}
