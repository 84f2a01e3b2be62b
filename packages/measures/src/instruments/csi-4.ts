import type { InstrumentDefinition } from '../types';
import { noMissingAllowed, numberedItems, range, refs } from './build';
import { CSI_CITATION, CSI_DOI, CSI_LICENCE, CSI_RESPONSE_SCALE } from './csi-shared';

export const csi4: InstrumentDefinition = {
  id: 'csi-4',
  version: '1.0.0',
  name: 'Couples Satisfaction Index – 4-item version (CSI-4)',
  citation: CSI_CITATION,
  doi: CSI_DOI,
  licence: CSI_LICENCE,
  itemTextShipped: false,
  itemIds:
    '`csi-4.<n>`, n = 1–4 in CSI-4 order; `parentItem` gives the CSI-32 number (1, 12, 19, 22).',
  responseScale: CSI_RESPONSE_SCALE,
  items: numberedItems('csi-4', 4, {
    min: 0,
    max: 5,
    ranges: { 1: { min: 0, max: 6 } },
    parentItems: [1, 12, 19, 22],
  }),
  scores: [
    {
      kind: 'items',
      name: 'total',
      label: 'CSI-4 total',
      items: refs('csi-4', range(1, 4)),
      method: 'sum',
      min: 0,
      max: 21,
      direction: 'higher_is_better',
      missing: noMissingAllowed('Funk & Rogge 2007 abstract; Rogge scoring sheets not read'),
      bands: {
        source:
          "Recalled from Rogge's scoring guidance (cut-off 13.5); no source found — TODO(verify-source)",
        evidence: 'unconfirmed',
        bands: [
          {
            min: 0,
            max: 13,
            label: 'Below 13.5: notable relationship dissatisfaction (unconfirmed cut-off)',
          },
          { min: 14, max: 21, label: 'Above 13.5 (unconfirmed cut-off)' },
        ],
      },
    },
  ],
  scoringKey: {
    source: 'Funk & Rogge 2007; CSI-4 = CSI-32 items 1, 12, 19, 22 (instruments.md §7)',
    evidence: 'secondary',
  },
  interpretation:
    "Relationship satisfaction, one partner's view; higher is more satisfied. Track change over time and compare partners' views in conversation. The distress cut-off of 13.5 is unconfirmed — treat the band as a prompt to explore, not a classification.",
  psychometrics: { norms: [], reliability: [], publishedChange: [] },
  unconfirmed: [
    'Cut-off 13.5: no source found.',
    "Cronbach's alpha (recalled ≈ .94) and norms: not seen.",
    'Per-item anchors checked only against a secondary copy of the CSI-32.',
    'Licence for commercial use.',
  ],
};
