import type { InstrumentDefinition, Recode } from '../types';
import { noMissingAllowed, numberedItems, refs, unlabelledOptions } from './build';

/** Polar recoding for certainty: 1→3, 2→2, 3→1, 4–7→0. */
export const CERTAINTY_RECODE: Recode = { 1: 3, 2: 2, 3: 1, 4: 0, 5: 0, 6: 0, 7: 0 };
/** Polar recoding for uncertainty: 1–4→0, 5→1, 6→2, 7→3 (item 7 is reversed first). */
export const UNCERTAINTY_RECODE: Recode = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 1, 6: 2, 7: 3 };

const ITEM_TEXT = [
  "People's thoughts are a mystery to me.",
  "I don't always know why I do what I do.",
  'When I get angry I say things without really knowing why I am saying them.',
  'When I get angry I say things that I later regret.',
  "If I feel insecure I can behave in ways that put others' backs up.",
  'Sometimes I do things without really knowing why.',
  'I always know what I feel.',
  'Strong feelings often cloud my thinking.',
];

const NO_RULE = noMissingAllowed('Fonagy 2016; UCL RFQ page; Millisecond manual');

export const rfq8: InstrumentDefinition = {
  id: 'rfq-8',
  version: '1.0.0',
  name: 'Reflective Functioning Questionnaire – 8-item version (RFQ-8)',
  citation:
    'Fonagy, P., Luyten, P., Moulton-Perkins, A., Lee, Y.-W., Warren, F., Howard, S., Ghinai, R., Fearon, P., & Lowyck, B. (2016). Development and validation of a self-report measure of mentalizing: The Reflective Functioning Questionnaire. PLoS ONE, 11(7), e0158678.',
  doi: '10.1371/journal.pone.0158678',
  licence: {
    status: 'open_licence',
    note: 'Published in a CC BY open-access article ("unrestricted use, distribution, and reproduction in any medium, provided the original author and source are credited"); UCL distributes the RFQ. Credit the authors wherever items are shown. UCL\'s own terms were not seen.',
    source: 'Fonagy et al. 2016, article front matter',
    evidence: 'confirmed',
  },
  itemTextShipped: true,
  itemIds: '`rfq-8.<n>`, n = 1–8 in the order of the published RFQ-8.',
  responseScale:
    '1 = strongly disagree … 7 = strongly agree. Raw answers are stored; the engine applies the polar recoding (and reverses item 7 for uncertainty).',
  items: numberedItems('rfq-8', 8, {
    min: 1,
    max: 7,
    reverse: [7],
    texts: ITEM_TEXT,
    options: [
      { value: 1, label: 'Strongly disagree' },
      ...unlabelledOptions(2, 6),
      { value: 7, label: 'Strongly agree' },
    ],
  }),
  scores: [
    {
      kind: 'items',
      name: 'rfq_c',
      label: 'Certainty about mental states (RFQ_C)',
      items: refs('rfq-8', [1, 2, 3, 4, 5, 6], CERTAINTY_RECODE),
      method: 'mean',
      min: 0,
      max: 3,
      direction: 'not_directional',
      missing: NO_RULE,
    },
    {
      kind: 'items',
      name: 'rfq_u',
      label: 'Uncertainty about mental states (RFQ_U)',
      items: refs('rfq-8', [2, 4, 5, 6, 7, 8], UNCERTAINTY_RECODE),
      method: 'mean',
      min: 0,
      max: 3,
      direction: 'higher_is_worse',
      missing: NO_RULE,
    },
  ],
  scoringKey: {
    source:
      'Millisecond RFQ-8 technical manual (script downloaded from UCL); Cucchi, Hampton & Moulton-Perkins 2018 (PeerJ 6:e5756) data deposit; PLoS ONE deposit doi:10.1371/journal.pone.0279535',
    evidence: 'confirmed',
  },
  interpretation: `Self-reported mentalizing. High uncertainty (RFQ_U) suggests hypomentalizing — little grasp of one's own and others' mental states. Very high certainty (RFQ_C) may suggest hypercertainty, but RFQ_C is not a validated hypermentalizing index (Müller et al. 2022); genuine mentalizing looks like moderate certainty with low uncertainty. Developed for marked impairments (e.g. borderline features). No cut-offs; do not read either score as "higher is better".`,
  psychometrics: { norms: [], reliability: [], publishedChange: [] },
  unconfirmed: [
    'The UCL scoring sheet itself was not seen (the key is confirmed by four independent sources).',
    "Cronbach's alpha (.84 U / .75 C) of unclear provenance; test–retest r and norms (Fonagy 2016 tables) not read; none recorded.",
    "UCL's own terms of use.",
  ],
};
