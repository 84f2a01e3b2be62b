/**
 * A practice's own measure from an imported R4 Questionnaire: every question's answer options
 * carry numeric values (ordinalValue / itemWeight / a numeric code), and the measure's one score
 * is their sum. Nothing is claimed that the Questionnaire does not say: no bands, no norms, no
 * reliable-change data, no risk items.
 */
import type { InstrumentDefinition, ItemDefinition } from '@securebase/measures';
import type { ParseError, ParsedQuestionnaire } from './parse-questionnaire';

export interface CustomMeasureInput {
  readonly questionnaire: ParsedQuestionnaire;
  /** Our id for the measure, e.g. `custom.session-rating` (see `customMeasureId`). */
  readonly id: string;
  /** Our version: each re-import is a new version, so earlier answers keep their meaning. */
  readonly version: string;
  /** Publisher, copyright or description text from the Questionnaire, shown as its source. */
  readonly citation: string;
  /** What the practice attested about its right to use the wording. */
  readonly licenceNote: string;
}

export type CustomMeasureResult =
  | {
      readonly ok: true;
      readonly definition: InstrumentDefinition;
      /** Our item id → the Questionnaire's linkId, for export back to FHIR. */
      readonly linkIds: Readonly<Record<string, string>>;
    }
  | { readonly ok: false; readonly errors: readonly ParseError[] };

const MAX_ITEMS = 200;
const ID_PREFIX = 'custom.';

/** `Session Rating Scale (SRS)` → `custom.session-rating-scale-srs`, at most 40 characters. */
export function customMeasureId(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40 - ID_PREFIX.length)
    .replace(/-+$/, '');
  return `${ID_PREFIX}${slug || 'measure'}`;
}

export function isCustomMeasureId(id: string): boolean {
  return id.startsWith(ID_PREFIX);
}

function itemErrors(questionnaire: ParsedQuestionnaire): ParseError[] {
  const errors: ParseError[] = [];
  if (questionnaire.items.length > MAX_ITEMS) {
    errors.push({ path: 'item', message: `has more than ${MAX_ITEMS} questions` });
  }
  for (const item of questionnaire.items) {
    const fractional = item.options.find((option) => !Number.isInteger(option.value));
    if (fractional) {
      errors.push({
        path: `item[linkId=${item.linkId}]`,
        message: `answer value ${fractional.value} is not a whole number; a summed measure needs whole-number values`,
      });
    }
  }
  return errors;
}

function toItem(id: string, position: number, item: ParsedQuestionnaire['items'][number]) {
  const values = item.options.map((option) => option.value);
  const min = Math.min(...values);
  const max = Math.max(...values);
  const contiguous = values.length === max - min + 1;
  const definition: ItemDefinition = {
    id: `${id}.${position}`,
    position,
    min,
    max,
    text: item.text,
    options: [...item.options]
      .sort((a, b) => a.value - b.value)
      .map((option) => ({ value: option.value, label: option.label })),
    ...(contiguous ? {} : { onlyListedValues: true }),
  };
  return definition;
}

export function customMeasureFromQuestionnaire(input: CustomMeasureInput): CustomMeasureResult {
  const errors = itemErrors(input.questionnaire);
  if (errors.length > 0) return { ok: false, errors };
  const items = input.questionnaire.items.map((item, index) => toItem(input.id, index + 1, item));
  const linkIds = Object.fromEntries(
    input.questionnaire.items.map((item, index) => [items[index]?.id ?? '', item.linkId]),
  );
  const source = `Imported FHIR Questionnaire${input.questionnaire.url ? ` ${input.questionnaire.url}` : ''}`;
  const definition: InstrumentDefinition = {
    id: input.id,
    version: input.version,
    name: input.questionnaire.title,
    citation: input.citation,
    licence: {
      status: 'author_distributed',
      note: input.licenceNote,
      source: 'The practice admin who imported it',
      evidence: 'unconfirmed',
    },
    itemTextShipped: true,
    itemIds: `${input.id}.<n>`,
    responseScale:
      'The answer options listed with each question, with the values in the Questionnaire.',
    items,
    scores: [
      {
        kind: 'items',
        name: 'total',
        label: 'Total',
        items: items.map((item) => ({ item: item.id })),
        method: 'sum',
        min: items.reduce((sum, item) => sum + item.min, 0),
        max: items.reduce((sum, item) => sum + item.max, 0),
        direction: 'not_directional',
        missing: {
          kind: 'none_allowed',
          note: 'Every question must be answered; a practice measure has no published rule for missing answers.',
          source,
          evidence: 'unconfirmed',
        },
      },
    ],
    scoringKey: { source: `${source}: the sum of the answer values`, evidence: 'unconfirmed' },
    interpretation:
      'A measure defined by this practice: the total is the sum of the answer values. Secure Base knows no norms, cut-offs or reliable-change data for it, so change is shown as a difference only.',
    psychometrics: { norms: [], reliability: [], publishedChange: [] },
    unconfirmed: ['Everything about this measure comes from the practice that imported it.'],
  };
  return { ok: true, definition, linkIds };
}
