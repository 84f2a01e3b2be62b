import type { InstrumentDefinition, ItemScoreDefinition, ScoreDirection } from '../types';
import { noMissingAllowed, numberedItems, refs, unlabelledOptions } from './build';

const NO_RULE = noMissingAllowed('Luyten 2017 abstract; implementations');

function subscale(
  name: string,
  label: string,
  positions: readonly number[],
  direction: ScoreDirection,
): ItemScoreDefinition {
  return {
    kind: 'items',
    name,
    label,
    items: refs('prfq', positions),
    method: 'mean',
    min: 1,
    max: 7,
    direction,
    missing: NO_RULE,
  };
}

export const prfq: InstrumentDefinition = {
  id: 'prfq',
  version: '1.0.0',
  name: 'Parental Reflective Functioning Questionnaire (PRFQ)',
  citation:
    'Luyten, P., Mayes, L. C., Nijssens, L., & Fonagy, P. (2017). The parental reflective functioning questionnaire: Development and preliminary validation. PLoS ONE, 12(5), e0176218.',
  doi: '10.1371/journal.pone.0176218',
  licence: {
    status: 'open_licence',
    note: 'Published in an open-access PLoS ONE article (CC BY; the licence line of this article was not seen) and distributed by UCL. The item wording we hold comes from implementations, not the article, so item text is not shipped.',
    source: 'PubMed record of Luyten et al. 2017; PLoS ONE licensing',
    evidence: 'secondary',
  },
  itemTextShipped: false,
  itemIds: '`prfq.<n>`, n = 1–18 in the order of the published PRFQ.',
  responseScale:
    'Seven-point agreement scale coded 1 (strongly disagree) to 7 (strongly agree); items 11 and 18 are reverse-keyed by the engine (8 − answer).',
  items: numberedItems('prfq', 18, {
    min: 1,
    max: 7,
    reverse: [11, 18],
    options: unlabelledOptions(1, 7),
  }),
  scores: [
    subscale('pm', 'Pre-mentalizing modes (PM)', [1, 4, 7, 10, 13, 16], 'higher_is_worse'),
    subscale('cm', 'Certainty about mental states (CM)', [2, 5, 8, 11, 14, 17], 'not_directional'),
    subscale(
      'ic',
      'Interest and curiosity in mental states (IC)',
      [3, 6, 9, 12, 15, 18],
      'not_directional',
    ),
  ],
  scoringKey: {
    source:
      'Three independent public implementations (R and Python) that agree: PM 1, 4, 7, 10, 13, 16; CM 2, 5, 8, 11, 14, 17; IC 3, 6, 9, 12, 15, 18; 11 and 18 reversed; means',
    evidence: 'secondary',
  },
  interpretation:
    "A parent's reflective functioning about their young child. High pre-mentalizing (PM) suggests non-mentalizing, malevolent attributions. Certainty (CM) is problematic at both extremes (very high: intrusive hypermentalizing; very low: hypomentalizing), and very high interest and curiosity (IC) may also be intrusive — so neither is 'higher is better'. No total score and no cut-offs; the authors call the validation preliminary.",
  psychometrics: { norms: [], reliability: [], publishedChange: [] },
  unconfirmed: [
    'Key (subscales and reverse items 11 and 18) from three independent implementations that agree; the article text was not seen.',
    "Cronbach's alphas (recalled .70–.82) and norms: not seen.",
    'Factor structure varies across cultures (e.g. Iranian mothers, Bahramkhani et al. 2024).',
  ],
};
