/**
 * Clinical significance after Jacobson & Truax (1991): a client has recovered when the change is
 * reliable *and* the score has moved from the dysfunctional to the functional side of a cut-off.
 *
 *   a = M_clinical ∓ 2·SD_clinical      (two SDs beyond the clinical mean, towards health)
 *   b = M_functional ± 2·SD_functional  (within two SDs of the functional mean)
 *   c = (SD_clinical·M_functional + SD_functional·M_clinical) / (SD_clinical + SD_functional)
 *
 * c is preferred when both distributions are known; otherwise a published cut-off is used.
 */
import type { ChangeDirection, ReliableChangeCategory } from './reliable-change';

export interface Distribution {
  readonly mean: number;
  readonly sd: number;
}

export interface Cutoffs {
  readonly a: number;
  readonly b?: number;
  readonly c?: number;
}

/** Criterion c: the point between the two means weighted by the other group's SD. */
export function cutoffC(clinical: Distribution, functional: Distribution): number {
  if (!(clinical.sd > 0 && functional.sd > 0)) throw new RangeError('SDs must be positive');
  const weighted = clinical.sd * functional.mean + functional.sd * clinical.mean;
  return weighted / (clinical.sd + functional.sd);
}

/** Criteria a, b and c for a score running in `direction`. */
export function jacobsonTruaxCutoffs(
  clinical: Distribution,
  direction: ChangeDirection,
  functional?: Distribution,
): Cutoffs {
  const towardsHealth = direction === 'higher_is_worse' ? -1 : 1;
  const a = clinical.mean + towardsHealth * 2 * clinical.sd;
  if (functional === undefined) return { a };
  const b = functional.mean - towardsHealth * 2 * functional.sd;
  return { a, b, c: cutoffC(clinical, functional) };
}

/** Either both distributions (criterion c is computed) or a published cut-off. */
export type CutoffSource =
  | { readonly clinical: Distribution; readonly functional: Distribution }
  | { readonly published: number; readonly source?: string };

export type ClinicalSignificanceCategory = 'recovered' | 'improved' | 'unchanged' | 'deteriorated';

export interface ClinicalSignificanceInput {
  readonly before: number;
  readonly after: number;
  readonly direction: ChangeDirection;
  /** The reliable-change category from `reliableChange` or `reliableChangeFromPoints`. */
  readonly reliableChange: ReliableChangeCategory;
  readonly cutoff: CutoffSource;
}

export interface ClinicalSignificance {
  readonly category: ClinicalSignificanceCategory;
  readonly cutoff: number;
  readonly cutoffBasis: 'c' | 'published';
  /** Started on the dysfunctional side (or at the cut-off) and ended on the functional side. */
  readonly crossedCutoff: boolean;
}

/** Strictly on the functional side; a score exactly at the cut-off is not functional. */
export function isFunctional(score: number, cutoff: number, direction: ChangeDirection): boolean {
  return direction === 'higher_is_worse' ? score < cutoff : score > cutoff;
}

function resolveCutoff(source: CutoffSource): { value: number; basis: 'c' | 'published' } {
  if ('published' in source) return { value: source.published, basis: 'published' };
  return { value: cutoffC(source.clinical, source.functional), basis: 'c' };
}

/**
 * recovered = reliably improved and crossed the cut-off; improved = reliably improved only;
 * deteriorated = reliably worse; otherwise unchanged.
 */
export function clinicalSignificance(input: ClinicalSignificanceInput): ClinicalSignificance {
  const { before, after, direction } = input;
  const { value: cutoff, basis } = resolveCutoff(input.cutoff);
  const crossedCutoff =
    !isFunctional(before, cutoff, direction) && isFunctional(after, cutoff, direction);
  let category: ClinicalSignificanceCategory = 'unchanged';
  if (input.reliableChange === 'reliably_deteriorated') category = 'deteriorated';
  if (input.reliableChange === 'reliably_improved') {
    category = crossedCutoff ? 'recovered' : 'improved';
  }
  return { category, cutoff, cutoffBasis: basis, crossedCutoff };
}
