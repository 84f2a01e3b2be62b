/**
 * The emotion words a client chooses from in the emotion log, grouped into families so a week
 * can be read at a glance. A fixed vocabulary keeps the weekly chart honest (no free-text
 * spelling variants) and lets the server refuse unknown words with a clear 400.
 */

export type EmotionFamily = 'sadness' | 'fear' | 'anger' | 'shame' | 'numbness' | 'warmth';

export interface EmotionWord {
  id: string;
  family: EmotionFamily;
}

export const EMOTION_WORDS: readonly EmotionWord[] = [
  { id: 'sad', family: 'sadness' },
  { id: 'lonely', family: 'sadness' },
  { id: 'hurt', family: 'sadness' },
  { id: 'disappointed', family: 'sadness' },
  { id: 'grieving', family: 'sadness' },
  { id: 'afraid', family: 'fear' },
  { id: 'anxious', family: 'fear' },
  { id: 'insecure', family: 'fear' },
  { id: 'overwhelmed', family: 'fear' },
  { id: 'angry', family: 'anger' },
  { id: 'frustrated', family: 'anger' },
  { id: 'resentful', family: 'anger' },
  { id: 'jealous', family: 'anger' },
  { id: 'ashamed', family: 'shame' },
  { id: 'guilty', family: 'shame' },
  { id: 'embarrassed', family: 'shame' },
  { id: 'rejected', family: 'shame' },
  { id: 'numb', family: 'numbness' },
  { id: 'empty', family: 'numbness' },
  { id: 'shut-down', family: 'numbness' },
  { id: 'calm', family: 'warmth' },
  { id: 'relieved', family: 'warmth' },
  { id: 'content', family: 'warmth' },
  { id: 'joyful', family: 'warmth' },
  { id: 'loved', family: 'warmth' },
  { id: 'close', family: 'warmth' },
  { id: 'hopeful', family: 'warmth' },
  { id: 'proud', family: 'warmth' },
];

export const EMOTION_FAMILIES: readonly EmotionFamily[] = [
  'sadness',
  'fear',
  'anger',
  'shame',
  'numbness',
  'warmth',
];

const byId = new Map(EMOTION_WORDS.map((word) => [word.id, word]));

export function emotionWord(id: string): EmotionWord | undefined {
  return byId.get(id);
}

/** What can help when a feeling runs high: the regulation skills plus everyday resources. */
export const HELPERS: readonly string[] = [
  'name-the-feeling',
  'slow-breath',
  'grounding-senses',
  'self-soothing',
  'reach-out',
  'pause-before-reacting',
  'safe-place-imagery',
  'movement',
  'rest',
  'time-outside',
  'distraction',
  'talking-it-through',
  'nothing-helped',
];

export function isHelper(id: string): boolean {
  return HELPERS.includes(id);
}
