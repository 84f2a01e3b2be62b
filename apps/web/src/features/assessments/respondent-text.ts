/**
 * What a respondent reads about how to answer. A form's `instructions` come from the instrument
 * definition, written for clinicians and developers: the published stem in quotes, the scale,
 * then notes on scoring. A client sees the stem, and the scale without the scoring notes.
 * Pure (unit-tested).
 */

export interface RespondentGuide {
  /** The published lead-in every item is read with ("Over the last 2 weeks, how often…"). */
  stem: string | null;
  /** What the numbers mean, for options shown without words. */
  scale: string | null;
}

const STEM = /\b(?:stem|preamble):\s*["“]([^"”]+)["”]/i;

/** Sentences about scoring, the definition or the software: not for the person answering. */
const NOT_FOR_RESPONDENTS =
  /\b(?:engine|definition|reverse|recod|scor|raw answers|not shipped|anchor|unconfirmed)/i;

export function respondentGuide(instructions: string | null | undefined): RespondentGuide {
  const text = (instructions ?? '').trim();
  const stem = STEM.exec(text)?.[1]?.trim() ?? null;
  const scale = text
    .replace(STEM, ' ')
    .split(/(?<=[.;!?])\s+/)
    .map((part) => part.trim().replace(/;$/, '.'))
    .filter((part) => part.length > 0 && !NOT_FOR_RESPONDENTS.test(part))
    .map((part) => (/[.!?…:]$/.test(part) ? part : `${part}.`))
    .join(' ');
  return { stem: stem || null, scale: scale || null };
}
