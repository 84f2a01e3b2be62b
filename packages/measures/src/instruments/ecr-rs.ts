import type {
  InstrumentDefinition,
  ItemDefinition,
  MeanOfScoresDefinition,
  Reliability,
  ScoreDefinition,
} from '../types';
import { noMissingAllowed, numberedItems, range, refs, unlabelledOptions } from './build';

export const ECR_RS_TARGETS = ['mother', 'father', 'partner', 'friend'] as const;
export type EcrRsTarget = (typeof ECR_RS_TARGETS)[number];

const NO_RULE = noMissingAllowed('Fraley relstructures.htm scoring notes');

function targetItems(target: EcrRsTarget): ItemDefinition[] {
  return numberedItems(target, 9, {
    min: 1,
    max: 7,
    reverse: [1, 2, 3, 4],
    options: unlabelledOptions(1, 7),
  });
}

function targetScores(target: EcrRsTarget): ScoreDefinition[] {
  const shared = { method: 'mean', min: 1, max: 7, direction: 'higher_is_worse' } as const;
  return [
    {
      kind: 'items',
      name: `${target}.anxiety`,
      label: `Attachment anxiety — ${target}`,
      items: refs(target, range(7, 9)),
      missing: NO_RULE,
      ...shared,
    },
    {
      kind: 'items',
      name: `${target}.avoidance`,
      label: `Attachment avoidance — ${target}`,
      items: refs(target, range(1, 6)),
      missing: NO_RULE,
      ...shared,
    },
  ];
}

function globalScore(dimension: 'anxiety' | 'avoidance'): MeanOfScoresDefinition {
  return {
    kind: 'mean_of_scores',
    name: `global.${dimension}`,
    label: `Global attachment ${dimension} (mean of the four relationships)`,
    scores: ECR_RS_TARGETS.map((target) => `${target}.${dimension}`),
    min: 1,
    max: 7,
    direction: 'higher_is_worse',
  };
}

function retest(score: string, value: number, domain: string): Reliability {
  return {
    score,
    kind: 'test_retest',
    value,
    detail: `30-day test–retest, ${domain} domain (approximate; given for the domain, not per dimension)`,
    source:
      'Fraley, Relationship Structures (ECR-RS) Questionnaire page, internal.psychology.illinois.edu/~rcfraley/measures/relstructures.htm: "test-retest reliability (over 30 days) of the individual scales are approximately .65 for the domain of romantic relationships (including individuals who experienced breakups during the 30-day period) and .80 in the parental domain"',
    evidence: 'confirmed',
  };
}

const RELIABILITY: Reliability[] = [
  ...['mother', 'father'].flatMap((target) =>
    ['anxiety', 'avoidance'].map((dim) => retest(`${target}.${dim}`, 0.8, 'parental')),
  ),
  ...['anxiety', 'avoidance'].map((dim) =>
    retest(`partner.${dim}`, 0.65, 'romantic (including break-ups during the 30 days)'),
  ),
];

export const ecrRs: InstrumentDefinition = {
  id: 'ecr-rs',
  version: '1.0.0',
  name: 'Experiences in Close Relationships – Relationship Structures (ECR-RS)',
  citation:
    'Fraley, R. C., Heffernan, M. E., Vicary, A. M., & Brumbaugh, C. C. (2011). The Experiences in Close Relationships–Relationship Structures questionnaire: A method for assessing attachment orientations across relationships. Psychological Assessment, 23(3), 615–625.',
  doi: '10.1037/a0022898',
  licence: {
    status: 'author_distributed',
    note: "Posted free on the author's page; no licence or free-use grant found. No item text or option wording is shipped; a deployment must supply its own copy.",
    source: 'internal.psychology.illinois.edu/~rcfraley/measures/relstructures.htm',
    evidence: 'confirmed',
  },
  itemTextShipped: false,
  itemIds:
    "`<target>.<n>`: target = mother, father, partner or friend (mother- and father-like figures, romantic partner, best friend); n = 1–9 in the order of Fraley's form. The same nine items are asked about each person.",
  responseScale: 'Seven-point agreement scale coded 1 (strongly disagree) to 7 (strongly agree).',
  items: ECR_RS_TARGETS.flatMap(targetItems),
  scores: [
    ...ECR_RS_TARGETS.flatMap(targetScores),
    globalScore('anxiety'),
    globalScore('avoidance'),
  ],
  scoringKey: {
    source:
      "Fraley's scoring notes as reproduced on the Georgetown MACS and Olomouc pages: avoidance = mean of 1–6 with 1–4 reversed, anxiety = mean of 7–9, global = mean of targets",
    evidence: 'confirmed',
  },
  interpretation:
    'Attachment anxiety and avoidance with four people — mother, father, partner and best friend — and globally (the mean of the four, weighting each relationship equally). Differences between relationships are often the clinically interesting part. Scores are dimensional and tentative — a starting point for conversation, never a diagnosis or an attachment "type"; there are no cut-offs.',
  psychometrics: { norms: [], reliability: RELIABILITY, publishedChange: [] },
  unconfirmed: [
    'Alphas per target: "exceed .90 for each scale" is attributed to Fraley by one secondary source only (statistics.suttong.com); not on his page, not recorded.',
    'Means and SDs per target and for the global scores: not found. Fraley et al. (2011) could be read only as abstract and opening page (Study 1 N > 21,000 online; Study 2 N = 388); its descriptive tables were not readable. No norms are recorded, so no SEM band and no computed reliable change.',
    "Test–retest for the best-friend scores and for the global scores: not given on Fraley's page; not recorded.",
    'Missing-item rule: none found; a relationship score needs all its items, and the global score needs all four relationships (as the source defines it).',
    'Licence terms for clinical use.',
  ],
};
