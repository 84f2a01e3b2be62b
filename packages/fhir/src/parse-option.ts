/** Reading the numeric value and label of one imported `answerOption`. */
import { ITEM_WEIGHT_URL, LEGACY_ORDINAL_VALUE_URL, ORDINAL_VALUE_URL } from './canonical';

export type Json = Readonly<Record<string, unknown>>;

export interface ParsedOption {
  readonly value: number;
  readonly label: string;
}

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function nonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

const VALUE_EXTENSIONS = new Set([ORDINAL_VALUE_URL, LEGACY_ORDINAL_VALUE_URL, ITEM_WEIGHT_URL]);
const NUMERIC_CODE = /^-?\d+(\.\d+)?$/;

/** The first ordinalValue / itemWeight extension in `extension`, if any. */
function extensionValue(extension: unknown): number | undefined {
  if (!Array.isArray(extension)) return undefined;
  for (const entry of extension as unknown[]) {
    if (!isObject(entry) || typeof entry.url !== 'string' || !VALUE_EXTENSIONS.has(entry.url)) {
      continue;
    }
    const value = entry.valueDecimal ?? entry.valueInteger;
    if (typeof value === 'number' && Number.isFinite(value)) return value;
  }
  return undefined;
}

function codingValue(coding: Json): number | undefined {
  const fromExtension = extensionValue(coding.extension);
  if (fromExtension !== undefined) return fromExtension;
  return typeof coding.code === 'string' && NUMERIC_CODE.test(coding.code)
    ? Number(coding.code)
    : undefined;
}

function optionValue(option: Json): number | undefined {
  const onOption = extensionValue(option.extension);
  if (onOption !== undefined) return onOption;
  if (isObject(option.valueCoding)) return codingValue(option.valueCoding);
  const integer = option.valueInteger;
  return typeof integer === 'number' && Number.isInteger(integer) ? integer : undefined;
}

function optionLabel(option: Json, value: number): string {
  const coding = option.valueCoding;
  if (isObject(coding) && nonEmptyString(coding.display)) return coding.display;
  return String(value);
}

export const NO_VALUE_MESSAGE = `has no numeric value: give it the ordinalValue extension (${ORDINAL_VALUE_URL}) or itemWeight (${ITEM_WEIGHT_URL}), or use valueInteger or a valueCoding with a numeric code`;

/** The option's value and label, or the reason it has none. */
export function parseOption(option: unknown): ParsedOption | string {
  if (!isObject(option)) return 'must be an object';
  const value = optionValue(option);
  if (value === undefined) return NO_VALUE_MESSAGE;
  return { value, label: optionLabel(option, value) };
}
