/**
 * Importing a Questionnaire: a content pack of licensed item text for a catalogue instrument, or
 * a practice's own summed measure. Every item must have a linkId, text and inline answer options
 * with numeric values; every problem is reported with its JSON path.
 */
import {
  isObject,
  nonEmptyString,
  parseOption,
  type Json,
  type ParsedOption,
} from './parse-option';

export type { ParsedOption } from './parse-option';

export interface ParsedItem {
  readonly linkId: string;
  readonly text: string;
  readonly options: readonly ParsedOption[];
}

export interface ParsedQuestionnaire {
  readonly url?: string;
  readonly title: string;
  readonly items: readonly ParsedItem[];
}

export interface ParseError {
  readonly path: string;
  readonly message: string;
}

export type ParseResult =
  | { readonly ok: true; readonly questionnaire: ParsedQuestionnaire }
  | { readonly ok: false; readonly errors: readonly ParseError[] };

const STATUSES = ['draft', 'active', 'retired', 'unknown'];
const QUESTION_TYPES = ['choice', 'open-choice'];

interface Walk {
  readonly errors: ParseError[];
  readonly items: ParsedItem[];
  readonly seen: Set<string>;
}

function parseOptions(item: Json, path: string, walk: Walk): ParsedOption[] {
  if (item.answerValueSet !== undefined) {
    walk.errors.push({
      path: `${path}.answerValueSet`,
      message: 'answer options must be listed inline (answerValueSet is not supported)',
    });
  }
  if (!Array.isArray(item.answerOption) || item.answerOption.length === 0) {
    walk.errors.push({
      path: `${path}.answerOption`,
      message: 'must list at least one answer option',
    });
    return [];
  }
  const options: ParsedOption[] = [];
  (item.answerOption as unknown[]).forEach((raw, index) => {
    const optionPath = `${path}.answerOption[${index}]`;
    const parsed = parseOption(raw);
    if (typeof parsed === 'string') walk.errors.push({ path: optionPath, message: parsed });
    else if (options.some((option) => option.value === parsed.value)) {
      walk.errors.push({ path: optionPath, message: `repeats the value ${parsed.value}` });
    } else options.push(parsed);
  });
  return options;
}

function parseQuestion(item: Json, path: string, walk: Walk, linkId: string): void {
  if (!QUESTION_TYPES.includes(String(item.type))) {
    walk.errors.push({
      path: `${path}.type`,
      message: 'must be "choice" (or "group" / "display")',
    });
  }
  if (!nonEmptyString(item.text)) {
    walk.errors.push({ path: `${path}.text`, message: 'must be non-empty text' });
  }
  const options = parseOptions(item, path, walk);
  if (nonEmptyString(item.text)) walk.items.push({ linkId, text: item.text, options });
}

function parseItems(items: unknown, path: string, walk: Walk): void {
  if (!Array.isArray(items) || items.length === 0) {
    walk.errors.push({ path, message: 'must be a non-empty array of items' });
    return;
  }
  (items as unknown[]).forEach((item, index) => {
    const itemPath = `${path}[${index}]`;
    if (!isObject(item)) {
      walk.errors.push({ path: itemPath, message: 'must be an object' });
      return;
    }
    if (!nonEmptyString(item.linkId)) {
      walk.errors.push({ path: `${itemPath}.linkId`, message: 'must be a non-empty string' });
    } else if (walk.seen.has(item.linkId)) {
      walk.errors.push({ path: `${itemPath}.linkId`, message: `repeats "${item.linkId}"` });
    } else walk.seen.add(item.linkId);
    if (item.type === 'display') return;
    if (item.type === 'group') parseItems(item.item, `${itemPath}.item`, walk);
    else if (nonEmptyString(item.linkId)) parseQuestion(item, itemPath, walk, item.linkId);
    else parseQuestion(item, itemPath, { ...walk, items: [] }, '');
  });
}

function parseHeader(json: Json, errors: ParseError[]): { url?: string; title: string } {
  if (json.resourceType !== 'Questionnaire') {
    errors.push({ path: 'resourceType', message: 'must be "Questionnaire"' });
  }
  if (!STATUSES.includes(String(json.status))) {
    errors.push({ path: 'status', message: `must be one of ${STATUSES.join(', ')}` });
  }
  if (json.url !== undefined && !nonEmptyString(json.url)) {
    errors.push({ path: 'url', message: 'must be a canonical URL' });
  }
  const title = nonEmptyString(json.title) ? json.title : json.name;
  if (!nonEmptyString(title)) errors.push({ path: 'title', message: 'needs a title (or name)' });
  return {
    ...(nonEmptyString(json.url) ? { url: json.url } : {}),
    title: nonEmptyString(title) ? title : '',
  };
}

/** Validates an imported R4 Questionnaire and reads its items, or lists every problem found. */
export function parseQuestionnaire(json: unknown): ParseResult {
  if (!isObject(json)) {
    return { ok: false, errors: [{ path: '(root)', message: 'must be a JSON object' }] };
  }
  const walk: Walk = { errors: [], items: [], seen: new Set() };
  const header = parseHeader(json, walk.errors);
  parseItems(json.item, 'item', walk);
  if (walk.errors.length > 0) return { ok: false, errors: walk.errors };
  return { ok: true, questionnaire: { ...header, items: walk.items } };
}
