import type { InstrumentDefinition } from '@securebase/measures';

/** mulberry32: a small, fast, seeded PRNG, so every run scores the same answers. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type AnswerSet = Record<string, number>;

/** `count` complete, valid answer sets: each item uniform over its own min…max. */
export function randomAnswerSets(
  instrument: InstrumentDefinition,
  count: number,
  random: () => number,
): AnswerSet[] {
  return Array.from({ length: count }, () => {
    const answers: AnswerSet = {};
    for (const item of instrument.items) {
      answers[item.id] = item.min + Math.floor(random() * (item.max - item.min + 1));
    }
    return answers;
  });
}

/** The same answer sets as a CSV file with short headers, for the end-to-end timing. */
export function answersCsv(instrument: InstrumentDefinition, sets: readonly AnswerSet[]): string {
  const ids = instrument.items.map((item) => item.id);
  const prefix = `${instrument.id}.`;
  const header = ids.map((id) => (id.startsWith(prefix) ? id.slice(prefix.length) : id));
  const rows = sets.map((set, index) => [`r${index + 1}`, ...ids.map((id) => set[id])].join(','));
  return `${['response_id', ...header].join(',')}\n${rows.join('\n')}\n`;
}
