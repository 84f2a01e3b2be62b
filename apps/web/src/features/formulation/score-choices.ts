import type { MeasureHistory } from '@securebase/contracts';
import { formatScoreValue, scoreWords, shortDate, shortInstrumentName } from './labels';

/** One score of one submitted result that a working model can point to. */
export interface ScoreChoice {
  responseId: string;
  score: string;
  /** "ECR-R anxiety 4.5 (Nov 23)" */
  text: string;
  /** The score's own label, e.g. "Attachment anxiety". */
  label: string;
  submittedAt: string;
}

/** The key a choice is known by in a select: response and score together. */
export const choiceKey = (link: { responseId: string; score: string }) =>
  `${link.responseId}|${link.score}`;

export function parseChoiceKey(key: string): { responseId: string; score: string } | null {
  const at = key.indexOf('|');
  if (at <= 0 || at === key.length - 1) return null;
  return { responseId: key.slice(0, at), score: key.slice(at + 1) };
}

/**
 * Every computed score of the member's submitted results, newest first: what the clinician may
 * link a working model to. Scores that could not be computed (null) are left out.
 */
export function scoreChoices(
  measures: readonly MeasureHistory[],
  memberId: string,
  locale: string,
  now = new Date(),
): ScoreChoice[] {
  const choices: ScoreChoice[] = [];
  for (const measure of measures) {
    if (measure.memberId !== memberId) continue;
    const short = shortInstrumentName(measure.instrumentName);
    for (const point of measure.points) {
      for (const line of measure.scores) {
        const value = point.scores[line.name];
        if (value === null || value === undefined) continue;
        const when = shortDate(point.submittedAt, locale, now);
        choices.push({
          responseId: point.responseId,
          score: line.name,
          text: `${short} ${scoreWords(line.name)} ${formatScoreValue(value)} (${when})`,
          label: line.label,
          submittedAt: point.submittedAt,
        });
      }
    }
  }
  // Newest first; within one result, the instrument's own order of scores.
  return choices
    .map((choice, index) => ({ choice, index }))
    .sort((a, b) => b.choice.submittedAt.localeCompare(a.choice.submittedAt) || a.index - b.index)
    .map(({ choice }) => choice);
}
