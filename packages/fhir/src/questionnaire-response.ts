/** One administration's answers as an R4 QuestionnaireResponse. */
import type { Answers, InstrumentDefinition, ItemDefinition } from '@securebase/measures';
import type { QuestionnaireResponse, QuestionnaireResponseItem } from 'fhir/r4';
import { answerCoding, questionnaireCanonical, reference } from './canonical';
import { optionValues } from './questionnaire';

export interface ResponseInput {
  readonly definition: InstrumentDefinition;
  readonly responseId: string;
  /** A reference such as `Patient/<id>`. */
  readonly patientRef: string;
  /** ISO-8601 date-time with a time zone. */
  readonly authored: string;
  readonly answers: Answers;
  /** Who recorded the answers (e.g. `Practitioner/<id>`), when not the patient. */
  readonly author?: string;
  /** Who answered (e.g. `Patient/<id>` or `RelatedPerson/<id>`). */
  readonly source?: string;
}

function isMap(answers: Answers): answers is ReadonlyMap<string, unknown> {
  return answers instanceof Map;
}

function entries(answers: Answers): [string, unknown][] {
  return isMap(answers) ? [...answers.entries()] : Object.entries(answers);
}

function problem(item: ItemDefinition | undefined, value: unknown): string | undefined {
  if (item === undefined) return 'unknown item';
  if (typeof value !== 'number' || !Number.isInteger(value)) return 'not a whole number';
  const allowed = optionValues(item).some((option) => option.value === value);
  return allowed ? undefined : `not one of the item's values ${item.min}–${item.max}`;
}

/** The answered items in the definition's order; refuses unknown ids and impossible values. */
function answeredItems(definition: InstrumentDefinition, answers: Answers) {
  const byId = new Map(definition.items.map((item) => [item.id, item]));
  const given = new Map(
    entries(answers).filter(([, value]) => value !== null && value !== undefined),
  );
  const problems = [...given].flatMap(([id, value]) => {
    const reason = problem(byId.get(id), value);
    return reason === undefined ? [] : [`${id}: ${reason} (${JSON.stringify(value)})`];
  });
  if (problems.length > 0) {
    throw new RangeError(`cannot map answers for ${definition.id}: ${problems.join('; ')}`);
  }
  return definition.items.flatMap((item) => {
    const value = given.get(item.id);
    return typeof value === 'number' ? [{ item, value }] : [];
  });
}

function toItem(definition: InstrumentDefinition, item: ItemDefinition, value: number) {
  const label = item.options?.find((option) => option.value === value)?.label;
  const responseItem: QuestionnaireResponseItem = {
    linkId: item.id,
    answer: [{ valueCoding: answerCoding(definition.id, value, label) }],
  };
  return responseItem;
}

export function responseToQuestionnaireResponse(input: ResponseInput): QuestionnaireResponse {
  const { definition } = input;
  const answered = answeredItems(definition, input.answers);
  return {
    resourceType: 'QuestionnaireResponse',
    id: input.responseId,
    questionnaire: questionnaireCanonical(definition.id, definition.version),
    status: 'completed',
    subject: reference(input.patientRef),
    authored: input.authored,
    ...(input.author === undefined ? {} : { author: reference(input.author) }),
    ...(input.source === undefined ? {} : { source: reference(input.source) }),
    item: answered.map(({ item, value }) => toItem(definition, item, value)),
  };
}
