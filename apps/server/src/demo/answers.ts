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

export const demoAnswers = {
  maya: [
    { daysAgo: 28, instrumentId: 'phq-9', answers: items('phq-9', [2, 2, 2, 2, 1, 2, 2, 1, 0]) },
    { daysAgo: 28, instrumentId: 'gad-7', answers: items('gad-7', [2, 2, 3, 2, 1, 2, 2]) },
    { daysAgo: 28, instrumentId: 'ecr-r', answers: ecrR },
    {
      daysAgo: 28,
      instrumentId: 'core-10',
      answers: items('core-10', [2, 2, 3, 2, 2, 0, 2, 2, 3, 2]),
    },
    { daysAgo: 14, instrumentId: 'phq-9', answers: items('phq-9', [1, 2, 1, 2, 1, 1, 1, 1, 0]) },
    { daysAgo: 7, instrumentId: 'phq-9', answers: items('phq-9', [1, 1, 1, 1, 0, 1, 1, 0, 0]) },
    { daysAgo: 7, instrumentId: 'gad-7', answers: items('gad-7', [1, 1, 2, 1, 1, 1, 1]) },
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
