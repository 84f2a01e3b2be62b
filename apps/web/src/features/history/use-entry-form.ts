import { useEffect, useRef, type RefObject } from 'react';
import { splitError } from '../../lib/form-errors';
import { useDescribeError } from '../../lib/use-describe-error';
import type { TimingField } from './entry-input';
import type { TimingRefs } from './timing-fields';

/** The fields a history entry form shows; a 400 naming one of them is shown on it. */
export const ENTRY_FIELDS = [
  'kind',
  'title',
  'detail',
  'from',
  'to',
  'ageFrom',
  'ageTo',
  'aceItem',
] as const;
export type EntryField = (typeof ENTRY_FIELDS)[number];

export type FieldRefs = TimingRefs & {
  title: RefObject<HTMLInputElement | null>;
  detail: RefObject<HTMLTextAreaElement | null>;
  kind: RefObject<HTMLSelectElement | null>;
  aceItem: RefObject<HTMLSelectElement | null>;
};

export function useFieldRefs(): FieldRefs {
  return {
    from: useRef<HTMLInputElement>(null),
    to: useRef<HTMLInputElement>(null),
    ageFrom: useRef<HTMLInputElement>(null),
    ageTo: useRef<HTMLInputElement>(null),
    title: useRef<HTMLInputElement>(null),
    detail: useRef<HTMLTextAreaElement>(null),
    kind: useRef<HTMLSelectElement>(null),
    aceItem: useRef<HTMLSelectElement>(null),
  };
}

/**
 * Problems to show: the form's own (checked before sending) first, else the server's, each on
 * its field when the field is shown; the field at fault takes focus.
 */
export function useEntryErrors(
  local: Partial<Record<EntryField, string>>,
  serverError: unknown,
  refs: FieldRefs,
  /** Counts attempts to save, so the same problem twice still moves focus. */
  attempt: number,
) {
  const describe = useDescribeError();
  const server = splitError(serverError, ENTRY_FIELDS, describe);
  const fields: Partial<Record<EntryField, string>> =
    Object.keys(local).length > 0 ? local : server.fields;
  const first = ENTRY_FIELDS.find((field) => fields[field]);
  const key = `${first ?? ''}:${first ? (fields[first] ?? '') : ''}`;
  useEffect(() => {
    // Only after an attempt to save, not on every keystroke.
    if (first) refs[first].current?.focus();
  }, [key, attempt]);
  return { fields, form: Object.keys(local).length > 0 ? null : server.form };
}

export type { TimingField };
