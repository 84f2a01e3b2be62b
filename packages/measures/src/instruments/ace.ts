import type { InstrumentDefinition } from '../types';
import { labelledOptions, noMissingAllowed, numberedItems, range, refs } from './build';

const ITEM_TEXT = [
  'Did a parent or other adult in the household often or very often… Swear at you, insult you, put you down, or humiliate you? or Act in a way that made you afraid that you might be physically hurt?',
  'Did a parent or other adult in the household often or very often… Push, grab, slap, or throw something at you? or Ever hit you so hard that you had marks or were injured?',
  'Did an adult or person at least 5 years older than you ever… Touch or fondle you or have you touch their body in a sexual way? or Attempt or actually have oral, anal, or vaginal intercourse with you?',
  "Did you often or very often feel that… No one in your family loved you or thought you were important or special? or Your family didn't look out for each other, feel close to each other, or support each other?",
  "Did you often or very often feel that… You didn't have enough to eat, had to wear dirty clothes, and had no one to protect you? or Your parents were too drunk or high to take care of you or take you to the doctor if you needed it?",
  'Were your parents ever separated or divorced?',
  'Was your mother or stepmother: Often or very often pushed, grabbed, slapped, or had something thrown at her? or Sometimes, often, or very often kicked, bitten, hit with a fist, or hit with something hard? or Ever repeatedly hit over at least a few minutes or threatened with a gun or knife?',
  'Did you live with anyone who was a problem drinker or alcoholic, or who used street drugs?',
  'Was a household member depressed or mentally ill, or did a household member attempt suicide?',
  'Did a household member go to prison?',
];

export const ace: InstrumentDefinition = {
  id: 'ace',
  version: '1.0.0',
  name: 'Adverse Childhood Experiences questionnaire (ACE, 10-item)',
  citation:
    'Felitti, V. J., Anda, R. F., Nordenberg, D., Williamson, D. F., Spitz, A. M., Edwards, V., Koss, M. P., & Marks, J. S. (1998). Relationship of childhood abuse and household dysfunction to many of the leading causes of death in adults: The Adverse Childhood Experiences (ACE) Study. American Journal of Preventive Medicine, 14(4), 245–258.',
  doi: '10.1016/S0749-3797(98)00017-8',
  licence: {
    status: 'public_domain',
    note: 'CDC: "The questionnaires are not copyrighted, and there are no fees for their use." The 10-item sheet is a later short adaptation of the study categories.',
    source: 'CDC text reproduced on a foundation page (instruments.md §11)',
    evidence: 'confirmed',
  },
  itemTextShipped: true,
  itemIds: '`ace.<n>`, n = 1–10 in the order of the "Finding Your ACE Score" sheet.',
  responseScale:
    'Preamble: "While you were growing up, during your first 18 years of life:" 0 = No, 1 = Yes. A yes to any part of an item scores that item once.',
  items: numberedItems('ace', 10, {
    min: 0,
    max: 1,
    texts: ITEM_TEXT,
    options: labelledOptions(['No', 'Yes']),
  }),
  scores: [
    {
      kind: 'items',
      name: 'total',
      label: 'ACE score',
      items: refs('ace', range(1, 10)),
      method: 'sum',
      min: 0,
      max: 10,
      direction: 'higher_is_worse',
      missing: noMissingAllowed('CDC ACE pages; an unanswered item is not a "no"'),
      bands: {
        source:
          'Conventional epidemiological grouping 0, 1, 2–3, ≥4 (PMC6035880); not a validated individual clinical cut-off',
        evidence: 'confirmed',
        bands: [
          { min: 0, max: 0, label: 'No ACEs reported' },
          { min: 1, max: 1, label: 'One ACE' },
          { min: 2, max: 3, label: 'Two or three ACEs' },
          { min: 4, max: 10, label: 'Four or more ACEs (high-exposure group in epidemiology)' },
        ],
      },
    },
  ],
  scoringKey: {
    source: 'CDC–Kaiser ACE Study materials as summarised in PMC6035880 (count of yes answers)',
    evidence: 'confirmed',
  },
  interpretation:
    'A count of categories of childhood adversity reported, 0–10. It describes exposure, not current symptoms or a diagnosis, and has limited support beyond screening; four or more is the conventional high-exposure group in population research, not a clinical cut-off. Use trauma-informed framing, allow declining, and follow up with the clinician.',
  psychometrics: { norms: [], reliability: [], publishedChange: [] },
  unconfirmed: [
    'Item wording is the widely circulated 10-item sheet (secondary copies agree); variants exist (item 3 "five years", item 10 "jail or prison").',
    'Test–retest reliability (Dube et al. 2004) not seen; not recorded.',
    'Missing-item rule: none published; we give no score if any item is unanswered.',
  ],
};
