export {
  FHIR_BASE,
  ITEM_WEIGHT_URL,
  LOINC_SYSTEM,
  ORDINAL_VALUE_URL,
  SCORE_OBSERVATION_SYSTEM,
  SCORES_SYSTEM,
  answerSystem,
  questionnaireCanonical,
  questionnaireUrl,
} from './canonical';
export {
  computableName,
  instrumentToQuestionnaire,
  neutralItemText,
  optionValues,
} from './questionnaire';
export type { ItemText } from './questionnaire';
export { responseToQuestionnaireResponse } from './questionnaire-response';
export type { ResponseInput } from './questionnaire-response';
export { scoresToObservations } from './observations';
export type { ObservationsInput } from './observations';
export { parseQuestionnaire } from './parse-questionnaire';
export type {
  ParseError,
  ParseResult,
  ParsedItem,
  ParsedOption,
  ParsedQuestionnaire,
} from './parse-questionnaire';
export { contentPackMatchesDefinition, itemTextFromPack } from './content-pack';
export type { ContentPackMismatch, MismatchKind } from './content-pack';
export {
  customMeasureFromQuestionnaire,
  customMeasureId,
  isCustomMeasureId,
} from './custom-measure';
export type { CustomMeasureInput, CustomMeasureResult } from './custom-measure';
export { operationOutcome } from './operation-outcome';
