import type { InstrumentDefinition } from '../types';
import { noMissingAllowed, numberedItems, range, refs } from './build';
import { CSI_CITATION, CSI_DOI, CSI_LICENCE, CSI_RESPONSE_SCALE } from './csi-shared';

/** CSI-32 item number of each CSI-16 item, in CSI-16 order. */
const PARENT_ITEMS = [1, 5, 9, 11, 12, 17, 19, 20, 21, 22, 26, 27, 28, 30, 31, 32];

export const csi16: InstrumentDefinition = {
  id: 'csi-16',
  version: '1.0.0',
  name: 'Couples Satisfaction Index – 16-item version (CSI-16)',
  citation: CSI_CITATION,
  doi: CSI_DOI,
  licence: CSI_LICENCE,
  itemTextShipped: false,
  itemIds: '`csi-16.<n>`, n = 1–16 in CSI-16 order; `parentItem` gives the CSI-32 number.',
  responseScale: CSI_RESPONSE_SCALE,
  items: numberedItems('csi-16', 16, {
    min: 0,
    max: 5,
    ranges: { 1: { min: 0, max: 6 } },
    parentItems: PARENT_ITEMS,
  }),
  scores: [
    {
      kind: 'items',
      name: 'total',
      label: 'CSI-16 total',
      items: refs('csi-16', range(1, 16)),
      method: 'sum',
      min: 0,
      max: 81,
      direction: 'higher_is_better',
      missing: noMissingAllowed('Funk & Rogge 2007 abstract; Rogge scoring sheets not read'),
      bands: {
        source:
          'Implementation comment "Sum 0–81; distress cutoff < 51.5"; not seen in Funk & Rogge 2007 or a Rogge scoring sheet — TODO(verify-source)',
        evidence: 'secondary',
        bands: [
          { min: 0, max: 51, label: 'Below 51.5: notable relationship dissatisfaction' },
          { min: 52, max: 81, label: 'Above the 51.5 distress cut-off' },
        ],
      },
    },
  ],
  scoringKey: {
    source:
      'Funk & Rogge 2007; CSI-16 item set and 0–81 range from the CSI-16 scoring sheet summary',
    evidence: 'secondary',
  },
  interpretation:
    "Relationship satisfaction, one partner's view; higher is more satisfied. Scores below 51.5 suggest notable dissatisfaction (cut-off from a secondary source). Track change over time and compare partners' views in conversation, not as a verdict on the relationship.",
  psychometrics: { norms: [], reliability: [], publishedChange: [] },
  unconfirmed: [
    'Cut-off 51.5: only an implementation comment.',
    "Cronbach's alpha: .98 (recalled) vs .94 (datanalysis) conflict; not recorded.",
    'Which semantic-differential pairs are printed negative-first on the form.',
    'Licence for commercial use.',
  ],
};
