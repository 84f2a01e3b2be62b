import type { InstrumentDefinition } from '../types';
import { labelledOptions, numberedItems, range, refs } from './build';

const ITEM_TEXT = [
  'I have felt tense, anxious or nervous',
  'I have felt I have someone to turn to for support when needed',
  'I have felt able to cope when things go wrong',
  'Talking to people has felt too much for me',
  'I have felt panic or terror',
  'I made plans to end my life',
  'I have had difficulty getting to sleep or staying asleep',
  'I have felt despairing or hopeless',
  'I have felt unhappy',
  'Unwanted images or memories have been distressing me',
];

export const core10: InstrumentDefinition = {
  id: 'core-10',
  version: '1.0.0',
  name: 'Clinical Outcomes in Routine Evaluation – 10 (CORE-10)',
  citation:
    'Barkham, M., Bewick, B., Mullin, T., Gilbody, S., Connell, J., Cahill, J., Mellor-Clark, J., Richards, D., Unsworth, G., & Evans, C. (2013). The CORE-10: A short measure of psychological distress for routine use in the psychological therapies. Counselling and Psychotherapy Research, 13(1), 3–13.',
  doi: '10.1080/14733145.2012.729069',
  licence: {
    status: 'open_licence',
    note: 'CC BY-ND 4.0 (CORE System Trust): free to reproduce in software and on paper without a fee; no modification of the items.',
    source: 'CORE System Trust, as quoted in CamCOPS IP notes; coresystemtrust.org.uk',
    evidence: 'confirmed',
  },
  itemTextShipped: true,
  itemIds: '`core-10.<n>`, n = 1–10 in the order of the CST form.',
  responseScale:
    'Stem: "Over the last week..." Every item is answered on the printed labels 0 = Not at all, 1 = Only occasionally, 2 = Sometimes, 3 = Often, 4 = Most or all of the time. The engine reverse-scores items 2 and 3 (4 − answer); do not pre-reverse them.',
  items: numberedItems('core-10', 10, {
    min: 0,
    max: 4,
    reverse: [2, 3],
    texts: ITEM_TEXT,
    options: labelledOptions([
      'Not at all',
      'Only occasionally',
      'Sometimes',
      'Often',
      'Most or all of the time',
    ]),
    risk: {
      6: {
        atOrAbove: 1,
        label:
          'Plans to end life — needs a risk assessment by a competent clinician, whatever the total.',
        source: 'CamCOPS core10.py field comment "Q6 (suicidality)"; Bloom CORE-10 calculator',
        evidence: 'confirmed',
      },
    },
  }),
  scores: [
    {
      kind: 'items',
      name: 'total',
      label: 'CORE-10 clinical score',
      items: refs('core-10', range(1, 10)),
      method: 'sum',
      min: 0,
      max: 40,
      direction: 'higher_is_worse',
      missing: {
        kind: 'prorate',
        maxMissing: 1,
        note: 'With one item missing, the score is the mean of the nine answered items × 10; with two or more missing there is no score. Interpret a prorated score cautiously.',
        source:
          'CORE System Trust: "What\'s in a name (1): scoring CORE measures" and "CORE-10 information" ("It can be prorated if only one item is omitted")',
        evidence: 'confirmed',
      },
      bands: {
        source:
          'Barkham et al. 2013 clinical cut-off 11 (abstract); band edges as given by Valant (citing Barkham 2013) and SOCAS ("same bandings as the CORE-OM"); the manual\'s Figure 1 was not seen',
        evidence: 'secondary',
        bands: [
          { min: 0, max: 10, label: 'Healthy / low-level (below the clinical cut-off)' },
          { min: 11, max: 14, label: 'Mild psychological distress' },
          { min: 15, max: 19, label: 'Moderate psychological distress' },
          { min: 20, max: 24, label: 'Moderate-to-severe psychological distress' },
          { min: 25, max: 40, label: 'Severe psychological distress' },
        ],
      },
    },
  ],
  scoringKey: {
    source:
      'CamCOPS core10.py and NovoPsych (items 2 and 3 reverse-scored; sum 0–40); CORE System Trust scoring notes',
    evidence: 'confirmed',
  },
  interpretation:
    'General psychological distress over the last week (6 problem items, 3 functioning items, 1 risk item). The clinical cut-off is 11 (Barkham 2013); a depression cut-off of 13 was reported (sensitivity .92, specificity .72). Any answer above 0 on item 6 is a risk item, whatever the total. Prorated scores (one item missing) are flagged and should be read cautiously.',
  psychometrics: {
    cutoffs: [
      {
        score: 'total',
        value: 11,
        meaning: 'At or above 11 is the clinical range of general psychological distress',
        source:
          'Barkham et al. 2013, Counselling and Psychotherapy Research 13(1), 3–13: “The clinical cut-off score for general psychological distress was 11.0”',
        evidence: 'confirmed',
      },
    ],
    norms: [
      {
        score: 'total',
        population: 'General population (CORE-10 manual)',
        n: 535,
        mean: 4.7,
        sd: 4.8,
        source: 'Connell & Barkham 2007 manual, as quoted by NovoPsych',
        evidence: 'secondary',
      },
      {
        score: 'total',
        population: 'Primary-care counselling clients (CORE-10 manual)',
        n: 1835,
        mean: 19.7,
        sd: 7.7,
        source: 'Connell & Barkham 2007 manual, as quoted by NovoPsych',
        evidence: 'secondary',
      },
    ],
    reliability: [
      {
        score: 'total',
        kind: 'internal_consistency',
        value: 0.9,
        detail: "Cronbach's alpha",
        source: 'Barkham et al. 2013 abstract',
        evidence: 'confirmed',
      },
    ],
    publishedChange: [
      {
        score: 'total',
        kind: 'reliable_change_index',
        points: 6,
        detail:
          'Reliable change index of 6 at a 90% confidence interval (not the 95% / |RCI| > 1.96 criterion); do not mix the two in one report.',
        source: 'Barkham et al. 2013 abstract',
        evidence: 'confirmed',
      },
    ],
  },
  unconfirmed: [
    "Severity band edges: two versions circulate (11–14/15–19/20–24/25+ used here vs 11–15/16–20/21–25/26+); the manual's Figure 1 was not seen.",
    'Depression cut-off 13: whether 13 itself counts is not stated in the abstract; not encoded as a band.',
    'Manual norms (n = 535 and n = 1,835) seen only as quoted by NovoPsych.',
  ],
};
