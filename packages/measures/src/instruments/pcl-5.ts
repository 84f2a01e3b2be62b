import type { InstrumentDefinition, ItemScoreDefinition } from '../types';
import { labelledOptions, noMissingAllowed, numberedItems, range, refs } from './build';

const ITEM_TEXT = [
  'Repeated, disturbing, and unwanted memories of the stressful experience?',
  'Repeated, disturbing dreams of the stressful experience?',
  'Suddenly feeling or acting as if the stressful experience were actually happening again (as if you were actually back there reliving it)?',
  'Feeling very upset when something reminded you of the stressful experience?',
  'Having strong physical reactions when something reminded you of the stressful experience (for example, heart pounding, trouble breathing, sweating)?',
  'Avoiding memories, thoughts, or feelings related to the stressful experience?',
  'Avoiding external reminders of the stressful experience (for example, people, places, conversations, activities, objects, or situations)?',
  'Trouble remembering important parts of the stressful experience?',
  'Having strong negative beliefs about yourself, other people, or the world (for example, having thoughts such as: I am bad, there is something seriously wrong with me, no one can be trusted, the world is completely dangerous)?',
  'Blaming yourself or someone else for the stressful experience or what happened after it?',
  'Having strong negative feelings such as fear, horror, anger, guilt, or shame?',
  'Loss of interest in activities that you used to enjoy?',
  'Feeling distant or cut off from other people?',
  'Trouble experiencing positive feelings (for example, being unable to feel happiness or have loving feelings for people close to you)?',
  'Irritable behavior, angry outbursts, or acting aggressively?',
  'Taking too many risks or doing things that could cause you harm?',
  'Being "superalert" or watchful or on guard?',
  'Feeling jumpy or easily startled?',
  'Having difficulty concentrating?',
  'Trouble falling or staying asleep?',
];

const NO_RULE = noMissingAllowed('Blevins 2015; National Center for PTSD pages');

function cluster(name: string, label: string, from: number, to: number): ItemScoreDefinition {
  return {
    kind: 'items',
    name,
    label,
    items: refs('pcl-5', range(from, to)),
    method: 'sum',
    min: 0,
    max: (to - from + 1) * 4,
    direction: 'higher_is_worse',
    missing: NO_RULE,
  };
}

export const pcl5: InstrumentDefinition = {
  id: 'pcl-5',
  version: '1.0.0',
  name: 'PTSD Checklist for DSM-5 (PCL-5)',
  citation:
    'Weathers, F. W., Litz, B. T., Keane, T. M., Palmieri, P. A., Marx, B. P., & Schnurr, P. P. (2013). The PTSD Checklist for DSM-5 (PCL-5). National Center for PTSD. Psychometrics: Blevins, C. A., Weathers, F. W., Davis, M. T., Witte, T. K., & Domino, J. L. (2015). The Posttraumatic Stress Disorder Checklist for DSM-5 (PCL-5): Development and initial psychometric evaluation. Journal of Traumatic Stress, 28(6), 489–498.',
  doi: '10.1002/jts.22059',
  licence: {
    status: 'public_domain',
    note: 'A work of the US Government (National Center for PTSD).',
    source: 'CamCOPS IP notes citing the VA',
    evidence: 'confirmed',
  },
  itemTextShipped: true,
  itemIds: '`pcl-5.<n>`, n = 1–20 in the order of the VA standard form.',
  responseScale:
    'Stem: "In the past month, how much were you bothered by:" 0 = Not at all, 1 = A little bit, 2 = Moderately, 3 = Quite a bit, 4 = Extremely.',
  items: numberedItems('pcl-5', 20, {
    min: 0,
    max: 4,
    texts: ITEM_TEXT,
    options: labelledOptions([
      'Not at all',
      'A little bit',
      'Moderately',
      'Quite a bit',
      'Extremely',
    ]),
  }),
  scores: [
    {
      ...cluster('total', 'PCL-5 total', 1, 20),
      bands: {
        source:
          'National Center for PTSD: "a PCL-5 cutoff score between 31-33 is indicative of probable PTSD across samples"; 33 is the preliminary cut-off used by CamCOPS',
        evidence: 'confirmed',
        bands: [
          { min: 0, max: 32, label: 'Below the provisional PTSD cut-off (33)' },
          { min: 33, max: 80, label: 'At or above the provisional PTSD cut-off (33)' },
        ],
      },
    },
    cluster('b', 'Cluster B — intrusion (items 1–5)', 1, 5),
    cluster('c', 'Cluster C — avoidance (items 6–7)', 6, 7),
    cluster('d', 'Cluster D — negative alterations in cognitions and mood (items 8–14)', 8, 14),
    cluster('e', 'Cluster E — alterations in arousal and reactivity (items 15–20)', 15, 20),
  ],
  scoringKey: {
    source:
      'CamCOPS pcl5.py; comorbidityguidelines.org.au (total 1–20; clusters B 1–5, C 6–7, D 8–14, E 15–20)',
    evidence: 'confirmed',
  },
  interpretation:
    'PTSD symptom severity over the past month. The VA suggests a cut-off between 31 and 33 for probable PTSD, depending on the population and purpose; there are no empirically derived severity ranges. A cut-off result is provisional and needs a clinical assessment. Item 16 (risk-taking) is clinically relevant but is not a suicide item.',
  psychometrics: {
    norms: [],
    reliability: [
      {
        score: 'total',
        kind: 'internal_consistency',
        value: 0.94,
        detail: "Cronbach's alpha, 278 trauma-exposed students (Study 1)",
        source: 'Blevins et al. 2015 abstract',
        evidence: 'confirmed',
      },
      {
        score: 'total',
        kind: 'test_retest',
        value: 0.82,
        detail: 'Test–retest r, Study 1',
        source: 'Blevins et al. 2015 abstract',
        evidence: 'confirmed',
      },
    ],
    publishedChange: [
      {
        score: 'total',
        kind: 'reliable_change_index',
        points: 15,
        detail:
          'Male veterans: a change of 15 (sample 1) or 18 (sample 2) points was reliable; use the stricter 18 where in doubt.',
        source: 'Marx et al. 2022, Psychological Assessment 34(2), 197–203, abstract',
        evidence: 'confirmed',
      },
      {
        score: 'total',
        kind: 'minimal_important_difference',
        points: 9,
        detail:
          'Primary care (N = 971): changes of 9–12 points likely reflect real change; 5 or less likely not reliable.',
        source: 'Blanchard et al. 2023, Journal of Traumatic Stress 36(6), 1102–1114, abstract',
        evidence: 'confirmed',
      },
    ],
  },
  unconfirmed: [
    'Missing-item rule: none found from the VA or the authors; we give no score if any item of a score is missing.',
    'Normative means and SDs: none recorded.',
    'LOINC codes: none found in the sources searched; left undefined.',
    'The "5–10 points reliable change" often quoted applies to the DSM-IV PCL, not the PCL-5 (instruments-verified.md §8); not used.',
  ],
};
