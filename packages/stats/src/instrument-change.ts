/**
 * Reliable change for one score of a catalogue instrument, from the instrument's own data only:
 * a published threshold in points when there is one, otherwise Jacobson–Truax computed from a
 * published SD and reliability. Nothing is invented — without the data the answer is "not available".
 */
import type {
  Evidence,
  InstrumentDefinition,
  Norm,
  PublishedChange,
  Reliability,
} from '@securebase/measures';
import {
  reliableChange,
  reliableChangeFromPoints,
  type ChangeDirection,
  type PointsChange,
  type ReliableChange,
} from './reliable-change';

export interface ChangeProvenance {
  readonly source: string;
  /** The weakest evidence among the facts used. */
  readonly evidence: Evidence;
}

export type InstrumentChange =
  | (PointsChange &
      ChangeProvenance & {
        readonly available: true;
        readonly basis: 'published_rci';
        /** The published threshold, in score points (the same number as `points`). */
        readonly threshold: number;
        readonly thresholdUnit: 'points';
        readonly kind: PublishedChange['kind'];
        readonly detail: string;
      })
  | (ReliableChange &
      ChangeProvenance & {
        readonly available: true;
        readonly basis: 'computed';
        /** `threshold` is a z value (1.96): compare it with `rci`, not with the difference. */
        readonly thresholdUnit: 'z';
        readonly sdPre: number;
        readonly reliability: number;
        readonly detail: string;
      })
  | { readonly available: false; readonly reason: string };

/** Kinds that are thresholds for reliable change; an MID answers a different question. */
const RELIABLE_KINDS: readonly PublishedChange['kind'][] = [
  'reliable_change_index',
  'reliable_improvement',
];

const EVIDENCE_ORDER: readonly Evidence[] = ['unconfirmed', 'secondary', 'confirmed'];

function weakest(...evidence: Evidence[]): Evidence {
  const ranks = evidence.map((item) => EVIDENCE_ORDER.indexOf(item));
  return EVIDENCE_ORDER[Math.min(...ranks)] ?? 'unconfirmed';
}

function publishedFor(definition: InstrumentDefinition, scoreName: string) {
  const published = definition.psychometrics.publishedChange.filter(
    (change) => change.score === scoreName && RELIABLE_KINDS.includes(change.kind),
  );
  // A published reliable change index is preferred over a service's improvement rule.
  return published.find((change) => change.kind === 'reliable_change_index') ?? published[0];
}

/** Prefers test–retest (Jacobson & Truax's choice) over internal consistency. */
function reliabilityFor(definition: InstrumentDefinition, scoreName: string) {
  const candidates = definition.psychometrics.reliability.filter((r) => r.score === scoreName);
  return candidates.find((r) => r.kind === 'test_retest') ?? candidates[0];
}

const CLINICAL_POPULATION = /\b(clinical|clients?|patients?|outpatients?|inpatients?|treatment)\b/i;

/**
 * The SD for S_diff. Jacobson & Truax use the pre-treatment (clinical) SD: with one norm we use
 * it; with several we take the single clinical-looking population, or give up if that is unclear.
 */
function normFor(definition: InstrumentDefinition, scoreName: string): Norm | string {
  const norms = definition.psychometrics.norms.filter((norm) => norm.score === scoreName);
  const [only] = norms;
  if (only === undefined) return 'no published norm (SD) for this score';
  if (norms.length === 1) return only;
  const clinical = norms.filter((norm) => CLINICAL_POPULATION.test(norm.population));
  const [chosen] = clinical;
  if (clinical.length === 1 && chosen !== undefined) return chosen;
  return 'several published norms and no single clinical sample to take the SD from';
}

function fromPublished(
  published: PublishedChange,
  before: number,
  after: number,
  direction: ChangeDirection,
): InstrumentChange {
  const change = reliableChangeFromPoints({ before, after, points: published.points, direction });
  return {
    ...change,
    available: true,
    basis: 'published_rci',
    threshold: published.points,
    thresholdUnit: 'points',
    kind: published.kind,
    detail: published.detail,
    source: published.source,
    evidence: published.evidence,
  };
}

function fromNorms(
  norm: Norm,
  reliability: Reliability,
  values: { before: number; after: number; direction: ChangeDirection },
): InstrumentChange {
  const change = reliableChange({ ...values, sdPre: norm.sd, reliability: reliability.value });
  return {
    ...change,
    available: true,
    basis: 'computed',
    thresholdUnit: 'z',
    sdPre: norm.sd,
    reliability: reliability.value,
    detail: `Jacobson–Truax RCI, 95%: SD ${norm.sd} (${norm.population}); r = ${reliability.value} (${reliability.kind.replace('_', ' ')}, ${reliability.detail})`,
    source: `SD: ${norm.source}; r: ${reliability.source}`,
    evidence: weakest(norm.evidence, reliability.evidence),
  };
}

export function changeForInstrument(
  definition: InstrumentDefinition,
  scoreName: string,
  before: number,
  after: number,
): InstrumentChange {
  const score = definition.scores.find((candidate) => candidate.name === scoreName);
  if (score === undefined) {
    return { available: false, reason: `${definition.id} has no score named "${scoreName}"` };
  }
  if (score.direction === 'not_directional') {
    return {
      available: false,
      reason: `${score.label} is not directional: no improvement to measure`,
    };
  }
  if (!Number.isFinite(before) || !Number.isFinite(after)) {
    return { available: false, reason: 'both scores must be finite numbers' };
  }
  const direction = score.direction;
  const published = publishedFor(definition, scoreName);
  if (published !== undefined) return fromPublished(published, before, after, direction);
  const norm = normFor(definition, scoreName);
  const reliability = reliabilityFor(definition, scoreName);
  if (typeof norm === 'string') return { available: false, reason: norm };
  if (reliability === undefined) {
    return { available: false, reason: 'no published reliability for this score' };
  }
  return fromNorms(norm, reliability, { before, after, direction });
}
