/** An instrument definition as an R4 Questionnaire. */
import type { InstrumentDefinition, ItemDefinition } from '@securebase/measures';
import type { Questionnaire, QuestionnaireItem, QuestionnaireItemAnswerOption } from 'fhir/r4';
import { answerCoding, LOINC_SYSTEM, questionnaireUrl } from './canonical';

/** Item id → licensed item text, installed per practice (a "content pack"). */
export type ItemText = Readonly<Record<string, string>>;

/** The option values of an item: its declared options, or every whole number min..max. */
export function optionValues(item: ItemDefinition): { value: number; label?: string }[] {
  if (item.options !== undefined) return item.options.map((option) => ({ ...option }));
  const values: { value: number }[] = [];
  for (let value = item.min; value <= item.max; value += 1) values.push({ value });
  return values;
}

/** A computable name: `phq-9` → `PHQ_9`. */
export function computableName(instrumentId: string): string {
  const name = instrumentId.toUpperCase().replace(/[^A-Z0-9]+/g, '_');
  return /^[A-Z]/.test(name) ? name : `Q_${name}`;
}

/** Neutral text when the wording is not available: "Item 3", or "Item mother.3" for ECR-RS. */
export function neutralItemText(definition: InstrumentDefinition, item: ItemDefinition): string {
  const ownPrefix = item.id === `${definition.id}.${item.position}`;
  return ownPrefix ? `Item ${item.position}` : `Item ${item.id}`;
}

function answerOptions(
  definition: InstrumentDefinition,
  item: ItemDefinition,
): QuestionnaireItemAnswerOption[] {
  return optionValues(item).map(({ value, label }) => ({
    valueCoding: answerCoding(definition.id, value, label),
  }));
}

function toItem(
  definition: InstrumentDefinition,
  item: ItemDefinition,
  itemText: ItemText | undefined,
): QuestionnaireItem {
  return {
    linkId: item.id,
    text: itemText?.[item.id] ?? item.text ?? neutralItemText(definition, item),
    type: 'choice',
    required: true,
    answerOption: answerOptions(definition, item),
  };
}

function hasAllText(definition: InstrumentDefinition, itemText: ItemText | undefined): boolean {
  return definition.items.every((item) => (itemText?.[item.id] ?? item.text) !== undefined);
}

function copyright(definition: InstrumentDefinition): string {
  const { licence } = definition;
  const doi = definition.doi === undefined ? '' : ` https://doi.org/${definition.doi}`;
  return `${definition.citation}${doi} Licence (${licence.status.replace(/_/g, ' ')}): ${licence.note}`;
}

const NEUTRAL_TEXT_NOTE =
  'Item wording is not included: it is licensed to each practice and installed as a content pack. Items carry neutral text ("Item 1", …) and the numeric answer values only.';

/** The instrument as an active R4 Questionnaire; item text only where provided or shipped. */
export function instrumentToQuestionnaire(
  definition: InstrumentDefinition,
  itemText?: ItemText,
): Questionnaire {
  const panel = definition.loinc?.panel;
  return {
    resourceType: 'Questionnaire',
    id: definition.id,
    url: questionnaireUrl(definition.id),
    version: definition.version,
    name: computableName(definition.id),
    title: definition.name,
    status: 'active',
    ...(hasAllText(definition, itemText) ? {} : { description: NEUTRAL_TEXT_NOTE }),
    copyright: copyright(definition),
    ...(panel === undefined
      ? {}
      : { code: [{ system: LOINC_SYSTEM, code: panel.code, display: panel.display }] }),
    item: definition.items.map((item) => toItem(definition, item, itemText)),
  };
}
