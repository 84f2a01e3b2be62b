/**
 * Synthetic answers for the demo practice: made-up people whose numbers tell a plausible story
 * (Maya's low mood and worry easing over three weeks; Ana and Ben's relationship satisfaction).
 */
const items = (prefix: string, values: readonly number[]) =>
  Object.fromEntries(values.map((v, i) => [`${prefix}.${String(i + 1)}`, v]));

/** ECR-R answers (1–7): high attachment anxiety, moderate avoidance — a tentative picture only. */
const ecrR = items(
  'ecr-r',
  [
    6, 5, 6, 6, 5, 6, 5, 6, 6, 5, 6, 5, 6, 5, 6, 5, 6, 6, 3, 4, 3, 4, 3, 4, 3, 4, 3, 4, 3, 4, 3, 4,
    3, 4, 3, 4,
  ],
);

const ECR_R_REVERSED = new Set([9, 11, 20, 22, 26, 27, 28, 29, 30, 31, 33, 34, 35, 36]);

/**
 * ECR-R answers from what each item should contribute (items 1–18 anxiety, 19–36 avoidance):
 * reverse-keyed items are answered 8 − contribution, as a respondent would.
 */
function ecrRFrom(anxiety: readonly number[], avoidance: readonly number[]) {
  return items(
    'ecr-r',
    [...anxiety, ...avoidance].map((value, index) =>
      ECR_R_REVERSED.has(index + 1) ? 8 - value : value,
    ),
  );
}

/** Maya, ten weeks ago: anxiety 6.0, avoidance 4.5 (every other item 4 or 5). */
const ecrREarly = ecrRFrom(
  Array.from({ length: 18 }, () => 6),
  Array.from({ length: 18 }, (_, i) => (i % 2 === 0 ? 4 : 5)),
);
/** Maya, this week: anxiety 4.5, avoidance 3.0. */
const ecrRNow = ecrRFrom(
  Array.from({ length: 18 }, (_, i) => (i % 2 === 0 ? 4 : 5)),
  Array.from({ length: 18 }, () => 3),
);

/** ECR-RS (items 1–4 reversed; avoidance 1–6, anxiety 7–9) from each target's two means. */
function ecrRsFrom(targets: Record<string, [anxiety: number, avoidance: number]>) {
  return Object.fromEntries(
    Object.entries(targets).flatMap(([target, [anxiety, avoidance]]) =>
      Array.from({ length: 9 }, (_, i) => {
        const n = i + 1;
        const value = n >= 7 ? anxiety : avoidance;
        return [`${target}.${String(n)}`, n <= 4 ? 8 - value : value];
      }),
    ),
  );
}

export const demoAnswers = {
  maya: [
    { daysAgo: 28, instrumentId: 'phq-9', answers: items('phq-9', [2, 2, 2, 2, 1, 2, 2, 1, 0]) },
    { daysAgo: 28, instrumentId: 'gad-7', answers: items('gad-7', [2, 2, 3, 2, 1, 2, 2]) },
    { daysAgo: 70, instrumentId: 'ecr-r', answers: ecrREarly },
    { daysAgo: 28, instrumentId: 'ecr-r', answers: ecrR },
    {
      daysAgo: 28,
      instrumentId: 'ecr-rs',
      answers: ecrRsFrom({ mother: [4, 3], father: [3, 6], partner: [6, 2], friend: [2, 2] }),
    },
    { daysAgo: 28, instrumentId: 'rq', answers: { 'rq.a': 3, 'rq.b': 4, 'rq.c': 6, 'rq.d': 2 } },
    {
      daysAgo: 28,
      instrumentId: 'core-10',
      answers: items('core-10', [2, 2, 3, 2, 2, 0, 2, 2, 3, 2]),
    },
    { daysAgo: 14, instrumentId: 'phq-9', answers: items('phq-9', [1, 2, 1, 2, 1, 1, 1, 1, 0]) },
    { daysAgo: 7, instrumentId: 'phq-9', answers: items('phq-9', [1, 1, 1, 1, 0, 1, 1, 0, 0]) },
    { daysAgo: 7, instrumentId: 'gad-7', answers: items('gad-7', [1, 1, 2, 1, 1, 1, 1]) },
    { daysAgo: 5, instrumentId: 'ecr-r', answers: ecrRNow },
    {
      daysAgo: 7,
      instrumentId: 'core-10',
      answers: items('core-10', [1, 1, 2, 1, 1, 0, 1, 1, 2, 1]),
    },
  ],
  ana: [
    {
      daysAgo: 10,
      instrumentId: 'csi-16',
      answers: items('csi-16', [3, 3, 3, 2, 3, 3, 2, 3, 3, 3, 2, 3, 3, 2, 3, 3]),
    },
  ],
  ben: [
    {
      daysAgo: 10,
      instrumentId: 'csi-16',
      answers: items('csi-16', [2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 2, 3, 2, 2, 2]),
    },
  ],
};
