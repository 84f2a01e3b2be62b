import type { InstrumentDefinition, ItemDefinition, ItemScoreDefinition } from '../types';
import { noMissingAllowed } from './build';

const RATING = [
  { value: 1, label: 'It does not describe me at all' },
  { value: 2 },
  { value: 3 },
  { value: 4 },
  { value: 5 },
  { value: 6 },
  { value: 7, label: 'It very much describes me' },
];

const PARAGRAPHS = [
  {
    letter: 'a',
    prototype: 'secure',
    text: "It is easy for me to become emotionally close to others. I am comfortable depending on them and having them depend on me. I don't worry about being alone or having others not accept me.",
  },
  {
    letter: 'b',
    prototype: 'fearful',
    text: 'I am uncomfortable getting close to others. I want emotionally close relationships, but I find it difficult to trust others completely, or to depend on them. I worry that I will be hurt if I allow myself to become too close to others.',
  },
  {
    letter: 'c',
    prototype: 'preoccupied',
    text: "I want to be completely emotionally intimate with others, but I often find that others are reluctant to get as close as I would like. I am uncomfortable being without close relationships, but I sometimes worry that others don't value me as much as I value them.",
  },
  {
    letter: 'd',
    prototype: 'dismissing',
    text: 'I am comfortable without close emotional relationships. It is very important to me to feel independent and self-sufficient, and I prefer not to depend on others or have others depend on me.',
  },
] as const;

const NO_RULE = noMissingAllowed('SFU AARM pages; each prototype is a single rating');

type Paragraph = (typeof PARAGRAPHS)[number];

function paragraphItem(paragraph: Paragraph, index: number): ItemDefinition {
  return {
    id: `rq.${paragraph.letter}`,
    position: index + 1,
    min: 1,
    max: 7,
    text: paragraph.text,
    options: RATING,
  };
}

function prototypeScore(paragraph: Paragraph): ItemScoreDefinition {
  return {
    kind: 'items',
    name: paragraph.prototype,
    label: `${paragraph.prototype} prototype rating (paragraph ${paragraph.letter.toUpperCase()})`,
    items: [{ item: `rq.${paragraph.letter}` }],
    method: 'sum',
    min: 1,
    max: 7,
    direction: paragraph.prototype === 'secure' ? 'higher_is_better' : 'higher_is_worse',
    missing: NO_RULE,
  };
}

export const rq: InstrumentDefinition = {
  id: 'rq',
  version: '1.0.0',
  name: 'Relationship Questionnaire (RQ)',
  citation:
    'Bartholomew, K., & Horowitz, L. M. (1991). Attachment styles among young adults: A test of a four-category model. Journal of Personality and Social Psychology, 61(2), 226–244. Dimensional scoring: Griffin, D. W., & Bartholomew, K. (1994).',
  doi: '10.1037/0022-3514.61.2.226',
  licence: {
    status: 'public_domain',
    note: 'Public domain for research ("you are welcome to use any of these questionnaires without charge"); the authors forbid commercial use and say the RQ is not validated for individual clinical assessment, though some practitioners use it for informal self-exploration.',
    source: 'SFU Bartholomew AARM FAQ (sfu.ca/psychology/people/bartholomew/aarm/FAQ.html)',
    evidence: 'confirmed',
  },
  itemTextShipped: true,
  itemIds:
    '`rq.<letter>`: the four paragraphs as lettered on the form — a (secure), b (fearful), c (preoccupied), d (dismissing). Do not show the prototype names to the respondent. The Part 1 forced choice is not scored here.',
  responseScale:
    'Each paragraph rated 1 (it does not describe me at all) to 7 (it very much describes me).',
  items: PARAGRAPHS.map(paragraphItem),
  scores: [
    ...PARAGRAPHS.map(prototypeScore),
    {
      kind: 'linear',
      name: 'self_model',
      label: 'Model of self: (secure + dismissing) − (preoccupied + fearful)',
      terms: [
        { score: 'secure', weight: 1 },
        { score: 'dismissing', weight: 1 },
        { score: 'preoccupied', weight: -1 },
        { score: 'fearful', weight: -1 },
      ],
      min: -12,
      max: 12,
      direction: 'higher_is_better',
    },
    {
      kind: 'linear',
      name: 'other_model',
      label: 'Model of other: (secure + preoccupied) − (dismissing + fearful)',
      terms: [
        { score: 'secure', weight: 1 },
        { score: 'preoccupied', weight: 1 },
        { score: 'dismissing', weight: -1 },
        { score: 'fearful', weight: -1 },
      ],
      min: -12,
      max: 12,
      direction: 'higher_is_better',
    },
    {
      kind: 'highest_rated',
      name: 'category',
      label: 'Highest-rated prototype (tentative)',
      scores: ['secure', 'fearful', 'preoccupied', 'dismissing'],
      tieLabel: 'unclassified',
      direction: 'not_directional',
    },
  ],
  scoringKey: {
    source:
      'Bartholomew & Horowitz 1991; model of self/other as on the psychology wikia RQ page (Griffin & Bartholomew 1994)',
    evidence: 'confirmed',
  },
  interpretation:
    'Four short descriptions of ways of relating, each rated for fit. The category is simply the highest-rated description; when two or more share the highest rating it is "unclassified" (we do not guess). Results are tentative and for self-exploration and conversation — the authors say the RQ is not validated for individual assessment, so it is never a diagnosis or a fixed attachment style. Model of self and model of other run from −12 to +12.',
  psychometrics: { norms: [], reliability: [], publishedChange: [] },
  unconfirmed: [
    'Paragraph wording from a public implementation matching the standard RQ; some copies open B with "I am somewhat uncomfortable". Check against the SFU master copy.',
    'Tie rule: no published convention; ties are reported as "unclassified".',
    'Single-item prototypes have no alpha; no norms suitable for reliable change.',
  ],
};
