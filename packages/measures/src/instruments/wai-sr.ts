import type { InstrumentDefinition, ItemScoreDefinition } from '../types';
import { noMissingAllowed, numberedItems, range, refs, unlabelledOptions } from './build';

const NO_RULE = noMissingAllowed('Hatcher & Gillaspy 2006 not read');

function subscale(name: string, label: string, positions: readonly number[]): ItemScoreDefinition {
  return {
    kind: 'items',
    name,
    label,
    items: refs('wai-sr', positions),
    method: 'sum',
    min: positions.length,
    max: positions.length * 5,
    direction: 'higher_is_better',
    missing: NO_RULE,
  };
}

export const waiSr: InstrumentDefinition = {
  id: 'wai-sr',
  version: '1.0.0',
  name: 'Working Alliance Inventory – Short Revised (WAI-SR), client version',
  citation:
    'Hatcher, R. L., & Gillaspy, J. A. (2006). Development and validation of a revised short version of the Working Alliance Inventory. Psychotherapy Research, 16(1), 12–25.',
  doi: '10.1080/10503300500352500',
  licence: {
    status: 'licence_required',
    note: '© Society for Psychotherapy Research (Horvath released the rights to SPR). Free download for use, but permission goes through the SPR executive director; no item text or option wording is shipped. A deployment must supply its own licensed copy.',
    source:
      'McGill MAP library entry; Rehabilitation Measures Database mirror; wai.profhorvath.com/downloads',
    evidence: 'confirmed',
  },
  itemTextShipped: false,
  itemIds: '`wai-sr.<n>`, n = 1–12 in the order of the published WAI-SR form.',
  responseScale:
    'Five-point frequency scale coded 1 (lowest) to 5 (highest); wording not shipped. No item is reverse-keyed in this definition (see unconfirmed).',
  items: numberedItems('wai-sr', 12, { min: 1, max: 5, options: unlabelledOptions(1, 5) }),
  scores: [
    subscale('total', 'WAI-SR total', range(1, 12)),
    subscale('goal', 'Goal agreement', [4, 6, 8, 11]),
    subscale('task', 'Task agreement', [1, 2, 10, 12]),
    subscale('bond', 'Bond', [3, 5, 7, 9]),
  ],
  scoringKey: {
    source:
      'Blueprint EBC help page and Rivet documentation (agree); Hatcher & Gillaspy 2006 not read',
    evidence: 'secondary',
  },
  interpretation:
    'The client\'s view of the working alliance; higher is a stronger alliance. The authors publish no cut-offs (bands such as 12–35 "weak" are vendor-invented and not used). Watch the trend: a drop between sessions may signal a rupture worth raising with the client.',
  psychometrics: { norms: [], reliability: [], publishedChange: [] },
  unconfirmed: [
    'Reverse-keyed items: no source says whether any WAI-SR item is reverse-keyed; none are declared.',
    'Subscale membership (Task 1, 2, 10, 12; Bond 3, 5, 7, 9; Goal 4, 6, 8, 11) from two clinical-platform help pages that agree, not from the article.',
    "Cronbach's alphas and norms: not seen.",
    'Sum vs mean scoring: both are used; sums are declared here.',
  ],
};
