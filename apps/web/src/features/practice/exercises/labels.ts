/**
 * The words shown for the fixed vocabularies (emotion words, things that help). Their ids are
 * plain strings in `@securebase/practice`, so each is checked against the English file before
 * it becomes a typed key; an id without a label is shown readably rather than hidden.
 */
import type { TFunction } from 'i18next';
import strings from '../../../i18n/exercises.en.json';

const { emotions, helpers } = strings.exercises;

function isKeyOf<T extends object>(table: T, key: string): key is Extract<keyof T, string> {
  return Object.hasOwn(table, key);
}

const readable = (id: string) => id.replace(/[-_]+/g, ' ');

export function emotionLabel(id: string, t: TFunction): string {
  return isKeyOf(emotions, id) ? t(`exercises.emotions.${id}`) : readable(id);
}

export function helperLabel(id: string, t: TFunction): string {
  return isKeyOf(helpers, id) ? t(`exercises.helpers.${id}`) : readable(id);
}
