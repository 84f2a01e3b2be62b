import type { InstrumentDefinition } from '../types';
import { labelledOptions, noMissingAllowed, numberedItems, range, refs } from './build';

const ITEM_TEXT = [
  'Feeling nervous, anxious or on edge',
  'Not being able to stop or control worrying',
  'Worrying too much about different things',
  'Trouble relaxing',
  'Being so restless that it is hard to sit still',
  'Becoming easily annoyed or irritable',
  'Feeling afraid as if something awful might happen',
];

export const gad7: InstrumentDefinition = {
  id: 'gad-7',
  version: '1.0.0',
  name: 'Generalized Anxiety Disorder 7-item scale (GAD-7)',
  citation:
    'Spitzer, R. L., Kroenke, K., Williams, J. B. W., & Löwe, B. (2006). A brief measure for assessing generalized anxiety disorder: The GAD-7. Archives of Internal Medicine, 166(10), 1092–1097.',
  doi: '10.1001/archinte.166.10.1092',
  licence: {
    status: 'public_domain',
    note: 'No permission required to reproduce, translate, display or distribute.',
    source: 'phqscreeners.com, as quoted in CamCOPS IP notes',
    evidence: 'confirmed',
  },
  itemTextShipped: true,
  itemIds: '`gad-7.<n>`, n = 1–7 in the order of the published form.',
  responseScale:
    'Stem: "Over the last 2 weeks, how often have you been bothered by any of the following problems?" 0 = Not at all … 3 = Nearly every day (the zero anchor is "Not at all", not "Not at all sure"). The unscored function item is not part of this definition.',
  items: numberedItems('gad-7', 7, {
    min: 0,
    max: 3,
    texts: ITEM_TEXT,
    options: labelledOptions([
      'Not at all',
      'Several days',
      'More than half the days',
      'Nearly every day',
    ]),
  }),
  scores: [
    {
      kind: 'items',
      name: 'total',
      label: 'GAD-7 total',
      items: refs('gad-7', range(1, 7)),
      method: 'sum',
      min: 0,
      max: 21,
      direction: 'higher_is_worse',
      missing: noMissingAllowed('Spitzer 2006; PHQ instruction manual not retrieved'),
      bands: {
        source:
          'Spitzer et al. 2006 (cut points 5, 10, 15), as implemented in CamCOPS gad7.py; the abstract itself does not state the cut points',
        evidence: 'secondary',
        bands: [
          { min: 0, max: 4, label: 'Minimal' },
          { min: 5, max: 9, label: 'Mild' },
          { min: 10, max: 14, label: 'Moderate' },
          { min: 15, max: 21, label: 'Severe' },
        ],
      },
    },
  ],
  scoringKey: {
    source: 'Spitzer et al. 2006; CamCOPS gad7.py (sum of items 1–7)',
    evidence: 'confirmed',
  },
  interpretation:
    'Anxiety severity over the last two weeks. A total of 10 or more identified generalized anxiety disorder with sensitivity 89% and specificity 82% (Spitzer 2006) and also screens for panic, social anxiety and PTSD. A screening and monitoring aid, not a diagnosis.',
  psychometrics: {
    cutoffs: [
      {
        score: 'total',
        value: 8,
        meaning:
          'At or above 8 is the clinical range (caseness) used for NHS Talking Therapies recovery',
        source:
          'NHS Talking Therapies (IAPT) caseness GAD-7 ≥ 8, as reported by secondary sources; the manual itself was not read',
        evidence: 'secondary',
      },
    ],
    norms: [
      {
        score: 'total',
        population: 'German general population',
        mean: 2.95,
        sd: 3.4,
        source: 'Löwe et al. 2008, as tabulated in PMC7598559',
        evidence: 'confirmed',
      },
    ],
    reliability: [],
    publishedChange: [
      {
        score: 'total',
        kind: 'reliable_improvement',
        points: 4,
        detail:
          'NHS Talking Therapies (IAPT): a fall of 4 or more is reliable improvement; caseness is 8 or more. IAPT uses a disorder-specific measure instead of the GAD-7 where one applies.',
        source:
          'Several independent secondary sources citing the IAPT manual (manual not retrieved)',
        evidence: 'secondary',
      },
    ],
  },
  loinc: {
    panel: {
      code: '69737-5',
      display: 'Generalized anxiety disorder 7 item (GAD-7)',
      source: 'Several independent FHIR implementations; not seen on loinc.org or in an HL7 guide',
      evidence: 'secondary',
    },
    scores: {
      total: {
        code: '70274-6',
        display: 'Generalized anxiety disorder 7 item (GAD-7) total score [Reported.PHQ]',
        source:
          'MII IG PRO ObservationDefinition mii-obsdef-pro-score-gad-7; HL7 PHR IG value set observation-scored-assessment-score-codes',
        evidence: 'confirmed',
      },
    },
  },
  unconfirmed: [
    'Missing-item rule: none found; we give no score if any item is missing.',
    "Cronbach's alpha .92 (Spitzer 2006) not seen in a primary source; not recorded.",
    'ICC .83: one source describes it as agreement between self-report and interviewer versions, not test–retest; not recorded as reliability.',
    'LOINC panel code 69737-5 seen only in implementations.',
  ],
};
