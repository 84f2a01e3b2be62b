/**
 * Display names for the fixed vocabularies the practice content uses (emotion words, things
 * that help, exercise kinds), with a fallback for an id the strings do not know yet.
 */
import type { TFunction } from 'i18next';
import strings from '../../../i18n/practice-clinic.en.json';

const { emotions, helpers } = strings.practiceClinic;

type EmotionKey = keyof typeof emotions;
type HelperKey = keyof typeof helpers;

const isEmotionKey = (id: string): id is EmotionKey => Object.hasOwn(emotions, id);
const isHelperKey = (id: string): id is HelperKey => Object.hasOwn(helpers, id);

/** "anxious" → "Anxious". */
export function emotionLabel(t: TFunction, id: string): string {
  return isEmotionKey(id) ? t(`practiceClinic.emotions.${id}`) : id;
}

/** "slow-breath" → "Slow breathing". */
export function helperLabel(t: TFunction, id: string): string {
  return isHelperKey(id) ? t(`practiceClinic.helpers.${id}`) : id;
}
