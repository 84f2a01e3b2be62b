import type { InstrumentDefinition, ItemScoreDefinition } from '../types';
import { noMissingAllowed, numberedItems, range, refs, unlabelledOptions } from './build';

const REVERSE_KEYED = [9, 11, 20, 22, 26, 27, 28, 29, 30, 31, 33, 34, 35, 36];

const NO_RULE = noMissingAllowed('Fraley ECR-R pages; Fraley, Waller & Brennan 2000');

function dimension(name: string, label: string, from: number, to: number): ItemScoreDefinition {
  return {
    kind: 'items',
    name,
    label,
    items: refs('ecr-r', range(from, to)),
    method: 'mean',
    min: 1,
    max: 7,
    direction: 'higher_is_worse',
    missing: NO_RULE,
  };
}

export const ecrR: InstrumentDefinition = {
  id: 'ecr-r',
  version: '1.0.0',
  name: 'Experiences in Close Relationships – Revised (ECR-R)',
  citation:
    'Fraley, R. C., Waller, N. G., & Brennan, K. A. (2000). An item response theory analysis of self-report measures of adult attachment. Journal of Personality and Social Psychology, 78(2), 350–365.',
  doi: '10.1037/0022-3514.78.2.350',
  licence: {
    status: 'author_distributed',
    note: 'Posted free by the author for research; no licence, copyright notice or free-use grant found for clinical or commercial use. No item text or option wording is shipped; a deployment must supply its own copy.',
    source: 'labs.psychology.illinois.edu/~rcfraley/measures/ecrr.htm (no terms found)',
    evidence: 'confirmed',
  },
  itemTextShipped: false,
  itemIds:
    "`ecr-r.<n>`, n = 1–36 in the canonical order of Fraley's item page (ecrritems.htm): anxiety items 1–18, avoidance items 19–36. Other orderings (e.g. interleaved) are in circulation — map them to these ids by item content, never by position.",
  responseScale: 'Seven-point agreement scale coded 1 (strongly disagree) to 7 (strongly agree).',
  items: numberedItems('ecr-r', 36, {
    min: 1,
    max: 7,
    reverse: REVERSE_KEYED,
    options: unlabelledOptions(1, 7),
  }),
  scores: [
    dimension('anxiety', 'Attachment anxiety', 1, 18),
    dimension('avoidance', 'Attachment avoidance', 19, 36),
  ],
  scoringKey: {
    source:
      "Two implementations reproducing Fraley's ecrritems.htm order (agree): anxiety 1–18, avoidance 19–36, reverse 9, 11, 20, 22, 26–31, 33–36; means",
    evidence: 'secondary',
  },
  interpretation:
    'Two dimensions of adult attachment in close relationships: anxiety (worry about rejection and abandonment) and avoidance (discomfort with closeness and depending on others). Security is the low end of both. Scores are dimensional and tentative — a starting point for conversation, never a diagnosis or an attachment "type"; no cut-offs or norms are validated.',
  // Deliberately empty: no published sample SD or observed reliability for the 36-item ECR-R
  // could be read in a source (searches and reasons in docs/instruments.md). Without both, the
  // attachment plane draws no SEM band and changeForInstrument reports "not available".
  psychometrics: { norms: [], reliability: [], publishedChange: [] },
  unconfirmed: [
    "Item order and reverse keys from two implementations reproducing Fraley's ecrritems.htm order (they agree); the page itself was not read.",
    'Observed test–retest r: not found. Only latent (disattenuated) stability was read — 85% shared variance over 3 weeks (Sibley, Fischer & Liu 2005, PSPB 31(11), abstract) and 86% over 6 weeks (Sibley & Liu 2004, PAID 36, abstract); not usable as r.',
    'Cronbach\'s alpha per subscale: not found in any readable primary text (Fraley et al. 2000, Sibley et al. 2005 and Fraley et al. 2015 could be read only as abstracts and opening pages). Third-party summaries ("α ≥ .90") name no sample, table or page.',
    'Sample means/SDs: not found. "Fraley et al. (2015) Study 1, N = 2,399: anxiety 4.47 ± 1.62, avoidance 3.75 ± 1.19" appears only in an unrelated app\'s design notes, without table or page, and not in the paper\'s abstract or opening pages; not recorded.',
    'Wongpakaran & Wongpakaran (Clin Pract Epidemiol Ment Health 8, 36): clinical and non-clinical samples report the 18-item ECR-R-18, not this 36-item form; the Thai 36-item ECR-R tables (Singapore Med J 2011, 52(2)) were not readable. Neither recorded.',
    "Consequence: no SEM band and no computed reliable change for ECR-R. If one is needed, use the platform's own baseline SD and reliability and label the source.",
    'Missing-item rule: none found; no score if any item of a dimension is missing.',
    'Licence terms for clinical use.',
  ],
};
