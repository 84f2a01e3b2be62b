/** Test helpers that build answer records by hand (never from the engine's output). */

export type AnswerRecord = Record<string, number>;

/** `{ '<prefix>.1': values[0], '<prefix>.2': values[1], … }`. */
export function answersInOrder(prefix: string, values: readonly number[]): AnswerRecord {
  return Object.fromEntries(values.map((value, index) => [`${prefix}.${index + 1}`, value]));
}

/** The same answer for every position given. */
export function sameAnswer(
  prefix: string,
  positions: readonly number[],
  value: number,
): AnswerRecord {
  return Object.fromEntries(positions.map((position) => [`${prefix}.${position}`, value]));
}

/** Answers to `count` items (each 0…max) filled greedily from item 1 so that they add up to `total`. */
export function answersSummingTo(
  prefix: string,
  count: number,
  max: number,
  total: number,
): AnswerRecord {
  let remaining = total;
  const values: number[] = [];
  for (let index = 0; index < count; index += 1) {
    const value = Math.min(max, remaining);
    values.push(value);
    remaining -= value;
  }
  if (remaining !== 0) throw new Error(`cannot reach ${total} with ${count} items of 0–${max}`);
  return answersInOrder(prefix, values);
}

/** A copy without the given item ids. */
export function without(answers: AnswerRecord, ...itemIds: string[]): AnswerRecord {
  return Object.fromEntries(Object.entries(answers).filter(([id]) => !itemIds.includes(id)));
}

export function positions(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, index) => from + index);
}
