import type { InstrumentDefinition } from '../types';
import { labelledOptions, noMissingAllowed, numberedItems, range, refs } from './build';

const FREQUENCY = labelledOptions([
  'Not at all',
  'Several days',
  'More than half the days',
  'Nearly every day',
]);

const ITEM_TEXT = [
  'Little interest or pleasure in doing things',
  'Feeling down, depressed, or hopeless',
  'Trouble falling or staying asleep, or sleeping too much',
  'Feeling tired or having little energy',
  'Poor appetite or overeating',
  'Feeling bad about yourself — or that you are a failure or have let yourself or your family down',
  'Trouble concentrating on things, such as reading the newspaper or watching television',
  'Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual',
  'Thoughts that you would be better off dead or of hurting yourself in some way',
];

export const phq9: InstrumentDefinition = {
  id: 'phq-9',
  version: '1.0.0',
  name: 'Patient Health Questionnaire-9 (PHQ-9)',
  citation:
    'Kroenke, K., Spitzer, R. L., & Williams, J. B. W. (2001). The PHQ-9: Validity of a brief depression severity measure. Journal of General Internal Medicine, 16(9), 606–613.',
  doi: '10.1046/j.1525-1497.2001.016009606.x',
  licence: {
    status: 'public_domain',
    note: 'No permission required to reproduce, translate, display or distribute.',
    source: 'phqscreeners.com, as quoted in CamCOPS IP notes; Pfizer 2010 announcement',
    evidence: 'confirmed',
  },
  itemTextShipped: true,
  itemIds: '`phq-9.<n>`, n = 1–9 in the order of the published form.',
  responseScale:
    'Stem: "Over the last 2 weeks, how often have you been bothered by any of the following problems?" 0 = Not at all … 3 = Nearly every day. The unscored function item is not part of this definition.',
  items: numberedItems('phq-9', 9, {
    min: 0,
    max: 3,
    texts: ITEM_TEXT,
    options: FREQUENCY,
    risk: {
      9: {
        atOrAbove: 1,
        label:
          'Thoughts of being better off dead or of self-harm — needs a suicide-risk assessment by a competent clinician, whatever the total.',
        source:
          'Simon et al. 2013 (Psychiatric Services 64(12), doi:10.1176/appi.ps.201200587); design rule from instruments.md §9a',
        evidence: 'confirmed',
      },
    },
  }),
  scores: [
    {
      kind: 'items',
      name: 'total',
      label: 'PHQ-9 total',
      items: refs('phq-9', range(1, 9)),
      method: 'sum',
      min: 0,
      max: 27,
      direction: 'higher_is_worse',
      missing: noMissingAllowed('Kroenke 2001; PHQ instruction manual not retrieved'),
      bands: {
        source:
          'Kroenke, Spitzer & Williams 2001 abstract: 5, 10, 15 and 20 represent mild, moderate, moderately severe and severe depression',
        evidence: 'confirmed',
        bands: [
          { min: 0, max: 4, label: 'Minimal' },
          { min: 5, max: 9, label: 'Mild' },
          { min: 10, max: 14, label: 'Moderate' },
          { min: 15, max: 19, label: 'Moderately severe' },
          { min: 20, max: 27, label: 'Severe' },
        ],
      },
    },
  ],
  scoringKey: {
    source: 'Kroenke, Spitzer & Williams 2001; CamCOPS phq9.py (sum of items 1–9)',
    evidence: 'confirmed',
  },
  interpretation:
    'Depression severity over the last two weeks. A total of 10 or more identified major depression with sensitivity 88% and specificity 88% (Kroenke 2001). A screening and monitoring aid, not a diagnosis. Any answer above 0 on item 9 is a risk item: it needs a suicide-risk assessment whatever the total, and an answer of 0 never rules risk out.',
  psychometrics: {
    cutoffs: [
      {
        score: 'total',
        value: 10,
        meaning:
          'At or above 10 is the clinical range (caseness), the threshold of NHS Talking Therapies recovery',
        source:
          'Kroenke, Spitzer & Williams 2001, J Gen Intern Med 16, 606–613 (≥10: sensitivity 88%, specificity 88% for major depression)',
        evidence: 'confirmed',
      },
    ],
    norms: [
      {
        score: 'total',
        population: 'German general population',
        mean: 2.91,
        sd: 3.5,
        source: 'Kocalevent, Hinz & Brähler 2013, as tabulated in PMC7598559',
        evidence: 'confirmed',
      },
    ],
    reliability: [
      {
        score: 'total',
        kind: 'internal_consistency',
        value: 0.89,
        detail: "Cronbach's alpha",
        source: 'Kroenke 2001, as summarised by oskarflygare.com',
        evidence: 'secondary',
      },
    ],
    publishedChange: [
      {
        score: 'total',
        kind: 'reliable_improvement',
        points: 6,
        detail:
          'NHS Talking Therapies (IAPT): a fall of 6 or more is reliable improvement; caseness is 10 or more.',
        source:
          'Several independent secondary sources citing the IAPT manual (manual not retrieved)',
        evidence: 'secondary',
      },
    ],
  },
  loinc: {
    panel: {
      code: '44249-1',
      display: 'PHQ-9 quick depression assessment panel [Reported.PHQ]',
      source: 'HL7 US Core example Observation PHQ9-panel-example-44249-1',
      evidence: 'confirmed',
    },
    scores: {
      total: {
        code: '44261-6',
        display: 'Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]',
        source: 'HL7 US Core example Observation PHQ9-item-example-44261-6; HL7 PHR IG value set',
        evidence: 'confirmed',
      },
    },
  },
  unconfirmed: [
    'Missing-item rule: none found from the authors or the PHQ manual; we give no score if any item is missing.',
    '48-hour test–retest r = .84 (Kroenke 2001) not seen in a primary source; not recorded.',
    'Whether IAPT reliable improvement also requires no reliable deterioration on the anxiety measure.',
  ],
};
