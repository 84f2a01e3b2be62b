import type { Licence } from '../types';

export const CSI_CITATION =
  'Funk, J. L., & Rogge, R. D. (2007). Testing the ruler with item response theory: Increasing precision of measurement for relationship satisfaction with the Couples Satisfaction Index. Journal of Family Psychology, 21(4), 572–583.';

export const CSI_DOI = '10.1037/0893-3200.21.4.572';

export const CSI_LICENCE: Licence = {
  status: 'free_clinical',
  note: 'The CSI-16 scoring sheet says the CSI "was developed to be freely available for research and clinical use". Commercial use is not addressed, so item text is not shipped.',
  source: 'CSI-16 scoring sheet summary (Scribd copy); Rogge lab (couples-research.com) not read',
  evidence: 'secondary',
};

export const CSI_RESPONSE_SCALE =
  'Answers are the scored value printed on the form: item 1 (overall happiness) 0–6, every other item 0–5, with the satisfied end scored highest. For the bipolar adjective pairs, store the value of the pole chosen (0 = negative pole, 5 = positive pole) whatever side it was printed on; the engine does not reverse any CSI-4 or CSI-16 item.';
