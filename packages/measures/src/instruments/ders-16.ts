import type { InstrumentDefinition, ItemScoreDefinition } from '../types';
import { noMissingAllowed, numberedItems, range, refs, unlabelledOptions } from './build';

/** DERS-36 item number of each DERS-16 item, in DERS-16 order. */
const PARENT_ITEMS = [5, 9, 13, 14, 15, 16, 18, 19, 21, 23, 27, 28, 29, 30, 33, 36];

const NO_RULE = noMissingAllowed('Bjureberg 2016 abstract; Gratz & Roemer 2004');

function subscale(name: string, label: string, positions: readonly number[]): ItemScoreDefinition {
  return {
    kind: 'items',
    name,
    label,
    items: refs('ders-16', positions),
    method: 'sum',
    min: positions.length,
    max: positions.length * 5,
    direction: 'higher_is_worse',
    missing: NO_RULE,
  };
}

export const ders16: InstrumentDefinition = {
  id: 'ders-16',
  version: '1.0.0',
  name: 'Difficulties in Emotion Regulation Scale – 16-item version (DERS-16)',
  citation:
    'Bjureberg, J., Ljótsson, B., Tull, M. T., Hedman, E., Sahlin, H., Lundh, L.-G., Bjärehed, J., DiLillo, D., Messman-Moore, T., Gumpert, C. H., & Gratz, K. L. (2016). Development and validation of a brief version of the Difficulties in Emotion Regulation Scale: The DERS-16. Journal of Psychopathology and Behavioral Assessment, 38(2), 284–296.',
  doi: '10.1007/s10862-015-9514-x',
  licence: {
    status: 'free_clinical',
    note: 'The NCTSN measure review lists the DERS as "Cost per copy: $0.00; Copyright: No". No statement from the authors was found, so item text is not shipped.',
    source: 'NCTSN Measure Review Database (paperzz copy)',
    evidence: 'secondary',
  },
  itemTextShipped: false,
  itemIds:
    '`ders-16.<n>`, n = 1–16 in DERS-16 order; `parentItem` gives the DERS-36 number (Gratz & Roemer 2004).',
  responseScale:
    '1 = almost never (0–10%) … 5 = almost always (91–100%). No DERS-16 item is reverse-keyed.',
  items: numberedItems('ders-16', 16, {
    min: 1,
    max: 5,
    parentItems: PARENT_ITEMS,
    options: unlabelledOptions(1, 5),
  }),
  scores: [
    subscale('total', 'DERS-16 total', range(1, 16)),
    subscale('nonacceptance', 'Nonacceptance of emotional responses', [9, 10, 13]),
    subscale('goals', 'Difficulties engaging in goal-directed behaviour', [3, 7, 15]),
    subscale('impulse', 'Impulse control difficulties', [4, 8, 11]),
    subscale('strategies', 'Limited access to emotion regulation strategies', [5, 6, 12, 14, 16]),
    subscale('clarity', 'Lack of emotional clarity', [1, 2]),
  ],
  scoringKey: {
    source:
      'Bjureberg et al. 2016 item list via a DERS-16 implementation; DERS-36 subscale key from dependlab score_ders.R',
    evidence: 'secondary',
  },
  interpretation:
    'Difficulties in emotion regulation; higher totals mean more difficulty. There are no validated clinical cut-offs. The authors present the DERS-16 as a measure of overall emotion regulation difficulties; read subscale scores (2–5 items each) with caution. The Awareness subscale of the DERS-36 is not part of the DERS-16.',
  psychometrics: { norms: [], reliability: [], publishedChange: [] },
  unconfirmed: [
    'Cronbach\'s alpha and test–retest r: the abstract says only "excellent internal consistency, good test-retest reliability"; numbers not seen.',
    'Community and clinical norms (Bjureberg 2016 Table 1; Cogent Psychology 2022 norms by depressive severity) not read.',
    'Subscale membership follows the DERS-36 key (dependlab score_ders.R) mapped through the DERS-16 item order (one implementation); not checked against the paper.',
    'Licence: no statement from the authors.',
  ],
};
