export {
  CRITICAL_Z,
  THRESHOLD_TOLERANCE,
  categorise,
  reliableChange,
  reliableChangeFromPoints,
} from './reliable-change';
export type {
  ChangeDirection,
  Confidence,
  PointsChange,
  PointsChangeInput,
  ReliableChange,
  ReliableChangeCategory,
  ReliableChangeInput,
} from './reliable-change';
export {
  clinicalSignificance,
  cutoffC,
  isFunctional,
  jacobsonTruaxCutoffs,
} from './clinical-significance';
export type {
  ClinicalSignificance,
  ClinicalSignificanceCategory,
  ClinicalSignificanceInput,
  CutoffSource,
  Cutoffs,
  Distribution,
} from './clinical-significance';
export { changeForInstrument } from './instrument-change';
export type { ChangeProvenance, InstrumentChange } from './instrument-change';
export { mean, sd, variance } from './descriptive';
export { cohensD, cohensDz, hedgesG, hedgesJ, pooledSd } from './effect-size';
export type { EffectSize } from './effect-size';
export {
  ATTACHMENT_SCALE,
  bandHalfWidth,
  clampToScale,
  clearlyInRegion,
  regionOf,
  standardError,
} from './attachment-plane';
export type { AttachmentRegion, HalfWidths, PlaneCoordinates } from './attachment-plane';
export {
  BASELINE_MINIMUM,
  FLOOR_SHARE_OF_RANGE,
  RUPTURE_SD_MULTIPLIER,
  allianceCourse,
  allianceRule,
  recovered,
} from './alliance';
export type { AlliancePoint, AllianceRating, AllianceRule, RuptureReason } from './alliance';
export { cutoffFor, outcomeFor } from './outcome';
export type { Outcome } from './outcome';
