/**
 * Instrument definitions are data. Every number that drives scoring is declared here, next to
 * the source it came from and how well that source was verified — nothing is inferred.
 */

/** What the licence lets us do with the instrument (see docs/instruments.md). */
export type LicenceStatus =
  'public_domain' | 'open_licence' | 'free_clinical' | 'author_distributed' | 'licence_required';

/**
 * How well a fact was verified: `confirmed` = seen in a primary (or clearly attributed) source;
 * `secondary` = seen only in a third-party source; `unconfirmed` = not verified — do not rely on it.
 */
export type Evidence = 'confirmed' | 'secondary' | 'unconfirmed';

/** Which way the score runs, for reliable-change direction and display. */
export type ScoreDirection = 'higher_is_worse' | 'higher_is_better' | 'not_directional';

export interface Sourced {
  readonly source: string;
  readonly evidence: Evidence;
}

export interface Licence extends Sourced {
  readonly status: LicenceStatus;
  readonly note: string;
}

export interface ResponseOption {
  readonly value: number;
  /** Present only where the instrument's item text may be shipped. */
  readonly label?: string;
}

/** An item answered at or above `atOrAbove` is a positive risk item, whatever the total. */
export interface RiskRule extends Sourced {
  readonly atOrAbove: number;
  readonly label: string;
}

export interface ItemDefinition {
  /** Stable id, e.g. `phq-9.9`; answers are matched by this id, never by position. */
  readonly id: string;
  /** Position on the published form (1-based). */
  readonly position: number;
  readonly min: number;
  readonly max: number;
  /** Reverse-keyed: contribution = min + max − answer (before any recode). */
  readonly reverse?: boolean;
  /** Item number in the parent instrument where this form is a short form (DERS-36, CSI-32). */
  readonly parentItem?: number;
  /** Verbatim item text; only where `itemTextShipped` is true. */
  readonly text?: string;
  readonly options?: readonly ResponseOption[];
  /** Only the values in `options` are answers (a practice's own measure with gaps in its scale). */
  readonly onlyListedValues?: boolean;
  readonly risk?: RiskRule;
}

/** Maps an (already reverse-keyed) answer to its scored value, keyed by the answer as text. */
export type Recode = Readonly<Record<string, number>>;

export interface ScoredItem {
  readonly item: string;
  readonly recode?: Recode;
}

export type MissingRule =
  | (Sourced & { readonly kind: 'none_allowed'; readonly note: string })
  | (Sourced & { readonly kind: 'prorate'; readonly maxMissing: number; readonly note: string });

/** Bands are half-open from `min`: a score belongs to the last band whose `min` it reaches. */
export interface Band {
  readonly min: number;
  readonly max: number;
  readonly label: string;
}

export interface Banding extends Sourced {
  readonly bands: readonly Band[];
}

interface ScoreBase {
  readonly name: string;
  readonly label: string;
  readonly direction: ScoreDirection;
  readonly bands?: Banding;
}

interface NumericRange {
  readonly min: number;
  readonly max: number;
}

/** A score computed from item answers (a total, subscale or dimension). */
export interface ItemScoreDefinition extends ScoreBase, NumericRange {
  readonly kind: 'items';
  readonly items: readonly ScoredItem[];
  readonly method: 'sum' | 'mean';
  readonly missing: MissingRule;
}

/** A weighted sum of other scores (the RQ's model of self and model of other). */
export interface LinearScoreDefinition extends ScoreBase, NumericRange {
  readonly kind: 'linear';
  readonly terms: readonly { readonly score: string; readonly weight: number }[];
}

/** The mean of other scores (the ECR-RS global scores). */
export interface MeanOfScoresDefinition extends ScoreBase, NumericRange {
  readonly kind: 'mean_of_scores';
  readonly scores: readonly string[];
}

/** The name of the highest-rated score, or `tieLabel` when two or more share the highest rating. */
export interface HighestRatedDefinition extends ScoreBase {
  readonly kind: 'highest_rated';
  readonly scores: readonly string[];
  readonly tieLabel: string;
}

export type ScoreDefinition =
  ItemScoreDefinition | LinearScoreDefinition | MeanOfScoresDefinition | HighestRatedDefinition;

export interface Norm extends Sourced {
  readonly score: string;
  readonly population: string;
  readonly n?: number;
  readonly mean: number;
  readonly sd: number;
}

export interface Reliability extends Sourced {
  readonly score: string;
  readonly kind: 'test_retest' | 'internal_consistency';
  readonly value: number;
  readonly detail: string;
}

/** A published change threshold (an RCI in points, a reliable-improvement rule or an MID). */
export interface PublishedChange extends Sourced {
  readonly score: string;
  readonly kind: 'reliable_change_index' | 'reliable_improvement' | 'minimal_important_difference';
  readonly points: number;
  readonly detail: string;
}

/** A published clinical cut-off: the score from which a result is in the clinical range. */
export interface ClinicalCutoff extends Sourced {
  readonly score: string;
  /** For "higher is worse" scores, this value and above is clinical; below it is not. */
  readonly value: number;
  readonly meaning: string;
}

export interface Psychometrics {
  readonly norms: readonly Norm[];
  readonly reliability: readonly Reliability[];
  readonly publishedChange: readonly PublishedChange[];
  /** Published clinical cut-offs (Jacobson & Truax criterion as published for the measure). */
  readonly cutoffs?: readonly ClinicalCutoff[];
}

export interface LoincCode extends Sourced {
  readonly code: string;
  readonly display: string;
}

export interface LoincCodes {
  readonly panel?: LoincCode;
  readonly scores?: Readonly<Record<string, LoincCode>>;
}

export interface InstrumentDefinition {
  readonly id: string;
  /** Version of this definition (data), not of the instrument. */
  readonly version: string;
  readonly name: string;
  readonly citation: string;
  readonly doi?: string;
  readonly licence: Licence;
  readonly itemTextShipped: boolean;
  /** How item ids are formed, in words. */
  readonly itemIds: string;
  /** How answers are coded, in words (which value means what). */
  readonly responseScale: string;
  readonly items: readonly ItemDefinition[];
  readonly scores: readonly ScoreDefinition[];
  /** Where the scoring key (item membership, reverse keys, recodes, sum or mean) comes from. */
  readonly scoringKey: Sourced;
  /** Plain-language interpretation, including what the scores must not be used for. */
  readonly interpretation: string;
  readonly psychometrics: Psychometrics;
  readonly loinc?: LoincCodes;
  /** Facts we could not confirm against a primary source. */
  readonly unconfirmed: readonly string[];
}

export type ScoreStatus = 'complete' | 'incomplete' | 'invalid';

export type InvalidReason =
  | 'unknown_item'
  | 'not_a_number'
  | 'not_an_integer'
  | 'below_minimum'
  | 'above_maximum'
  | 'not_an_option';

export interface InvalidItem {
  readonly itemId: string;
  readonly value: unknown;
  readonly reason: InvalidReason;
}

/** Item id → answer. Missing items are absent, `null` or `undefined`. */
export type Answers = Readonly<Record<string, unknown>> | ReadonlyMap<string, unknown>;

export type ScoreValue = number | string | null;

export interface BandResult {
  readonly label: string;
  readonly min: number;
  readonly max: number;
}

export interface ScoreResult {
  readonly instrumentId: string;
  readonly definitionVersion: string;
  readonly status: ScoreStatus;
  /** Every declared score; `null` when it cannot be computed (never 0). */
  readonly scores: Readonly<Record<string, ScoreValue>>;
  /** Every banded score; `null` when the score is `null`. */
  readonly bands: Readonly<Record<string, BandResult | null>>;
  /** Scores computed from fewer items than the instrument has, under the source's prorating rule. */
  readonly prorated: readonly string[];
  readonly missingItems: readonly string[];
  readonly invalidItems: readonly InvalidItem[];
  /** Risk items answered positively — reported whatever the status, so risk is never hidden. */
  readonly riskItems: readonly string[];
}
