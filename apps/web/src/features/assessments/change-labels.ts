import type { TFunction } from 'i18next';

/** `no_reliable_change` → "No reliable change"; unknown values are shown readably, not hidden. */
function readable(value: string): string {
  const text = value.replace(/[_-]+/g, ' ').trim();
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const CATEGORIES = [
  'reliably_improved',
  'reliably_deteriorated',
  'no_reliable_change',
  'recovered',
] as const;
type Category = (typeof CATEGORIES)[number];

const BASES = ['published_rci', 'computed'] as const;
type Basis = (typeof BASES)[number];

export function categoryText(category: string, t: TFunction): string {
  const known = CATEGORIES.find((candidate): candidate is Category => candidate === category);
  return known ? t(`result.categories.${known}`) : readable(category);
}

export function basisText(basis: string, t: TFunction): string {
  const known = BASES.find((candidate): candidate is Basis => candidate === basis);
  return known ? t(`result.bases.${known}`) : readable(basis).toLowerCase();
}

/** Improvement, deterioration or neither, for the badge tone. */
export function categoryTone(category: string): 'success' | 'attention' | 'neutral' {
  if (/deteriorat|worse/.test(category)) return 'attention';
  if (/^no_|unchanged|no reliable/.test(category)) return 'neutral';
  if (/improv|recover|better/.test(category)) return 'success';
  return 'neutral';
}
