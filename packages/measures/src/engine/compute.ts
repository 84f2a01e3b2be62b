import type {
  HighestRatedDefinition,
  InstrumentDefinition,
  ItemDefinition,
  ItemScoreDefinition,
  LinearScoreDefinition,
  MeanOfScoresDefinition,
  ScoreDefinition,
  ScoreValue,
  ScoredItem,
} from '../types';

export interface ComputedScores {
  readonly scores: Record<string, ScoreValue>;
  readonly prorated: string[];
}

/** An item's contribution to one score: reverse-keyed first, then recoded. */
export function contribution(item: ItemDefinition, scored: ScoredItem, answer: number): number {
  const keyed = item.reverse === true ? item.min + item.max - answer : answer;
  if (scored.recode === undefined) return keyed;
  const recoded = scored.recode[String(keyed)];
  if (recoded === undefined) {
    throw new Error(`Definition error: no recode for ${item.id} = ${keyed}`);
  }
  return recoded;
}

function sumOf(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

interface ItemScore {
  readonly value: number | null;
  readonly prorated: boolean;
}

/** Sum or mean of the items, applying the source's missing-data rule; `null` if not allowed. */
export function itemScore(
  definition: ItemScoreDefinition,
  itemsById: ReadonlyMap<string, ItemDefinition>,
  values: ReadonlyMap<string, number>,
): ItemScore {
  const answered: number[] = [];
  for (const scored of definition.items) {
    const item = itemsById.get(scored.item);
    const answer = values.get(scored.item);
    if (item === undefined) throw new Error(`Definition error: unknown item ${scored.item}`);
    if (answer !== undefined) answered.push(contribution(item, scored, answer));
  }
  const missing = definition.items.length - answered.length;
  const allowed = definition.missing.kind === 'prorate' ? definition.missing.maxMissing : 0;
  if (answered.length === 0 || missing > allowed) return { value: null, prorated: false };
  const mean = sumOf(answered) / answered.length;
  if (definition.method === 'mean') return { value: mean, prorated: missing > 0 };
  const value = missing === 0 ? sumOf(answered) : mean * definition.items.length;
  return { value, prorated: missing > 0 };
}

function numbersOf(names: readonly string[], scores: Record<string, ScoreValue>): number[] | null {
  const numbers: number[] = [];
  for (const name of names) {
    const value = scores[name];
    if (typeof value !== 'number') return null;
    numbers.push(value);
  }
  return numbers;
}

function linearScore(definition: LinearScoreDefinition, scores: Record<string, ScoreValue>) {
  let total = 0;
  for (const term of definition.terms) {
    const value = scores[term.score];
    if (typeof value !== 'number') return null;
    total += term.weight * value;
  }
  return total;
}

function meanOfScores(definition: MeanOfScoresDefinition, scores: Record<string, ScoreValue>) {
  const values = numbersOf(definition.scores, scores);
  return values === null ? null : sumOf(values) / values.length;
}

function highestRated(definition: HighestRatedDefinition, scores: Record<string, ScoreValue>) {
  const values = numbersOf(definition.scores, scores);
  if (values === null) return null;
  const highest = Math.max(...values);
  const leaders = definition.scores.filter((_, index) => values[index] === highest);
  const [leader] = leaders;
  return leaders.length === 1 && leader !== undefined ? leader : definition.tieLabel;
}

type DerivedScoreDefinition = Exclude<ScoreDefinition, ItemScoreDefinition>;

function derivedScore(definition: DerivedScoreDefinition, scores: Record<string, ScoreValue>) {
  switch (definition.kind) {
    case 'linear':
      return linearScore(definition, scores);
    case 'mean_of_scores':
      return meanOfScores(definition, scores);
    case 'highest_rated':
      return highestRated(definition, scores);
  }
}

/** Every declared score, in declaration order (derived scores may use earlier ones). */
export function computeScores(
  instrument: InstrumentDefinition,
  values: ReadonlyMap<string, number>,
): ComputedScores {
  const itemsById = new Map(instrument.items.map((item) => [item.id, item]));
  const scores: Record<string, ScoreValue> = {};
  const prorated: string[] = [];
  for (const definition of instrument.scores) {
    if (definition.kind === 'items') {
      const result = itemScore(definition, itemsById, values);
      scores[definition.name] = result.value;
      if (result.prorated) prorated.push(definition.name);
    } else {
      scores[definition.name] = derivedScore(definition, scores);
    }
  }
  return { scores, prorated };
}
