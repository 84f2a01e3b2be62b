import {
  EMOTION_FAMILIES,
  EMOTION_WORDS,
  type ContentProblem,
  type EmotionFamily,
  type EmotionRating,
} from '@securebase/practice';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/button';
import { problemAt } from '../exercise-form';
import { MOST_EMOTIONS } from './edits';
import { IntensitySlider } from './intensity-slider';
import { emotionLabel } from './labels';
import { Group } from './group';
import './exercises.css';

type FocusRef = (key: string) => (element: HTMLElement | null) => void;

export const chipKey = (word: string) => `chip.${word}`;

interface ChoicesProps {
  chosen: readonly EmotionRating[];
  onToggle: (word: string) => void;
  error: string | null;
  focusRef: FocusRef;
}

/** The emotion words as toggle buttons, one group per family, with room for six at most. */
export function EmotionChoices({ chosen, onToggle, error, focusRef }: ChoicesProps) {
  const { t } = useTranslation();
  const id = useId();
  const full = chosen.length >= MOST_EMOTIONS;
  const picked = new Set(chosen.map((e) => e.word));
  return (
    <Group
      legend={t('exercises.emotionLog.emotions.legend')}
      hint={t('exercises.emotionLog.emotions.hint', { most: MOST_EMOTIONS })}
      error={error}
    >
      {EMOTION_FAMILIES.map((family) => (
        <FamilyChips
          key={family}
          family={family}
          picked={picked}
          full={full}
          fullId={`${id}-count`}
          onToggle={onToggle}
          focusRef={focusRef}
        />
      ))}
      <p className="sb-ex-count" id={`${id}-count`} aria-live="polite">
        {full
          ? t('exercises.emotionLog.emotions.full', { most: MOST_EMOTIONS })
          : t('exercises.emotionLog.emotions.chosen', { count: chosen.length })}
      </p>
    </Group>
  );
}

interface FamilyProps {
  family: EmotionFamily;
  picked: ReadonlySet<string>;
  full: boolean;
  fullId: string;
  onToggle: (word: string) => void;
  focusRef: FocusRef;
}

function FamilyChips({ family, picked, full, fullId, onToggle, focusRef }: FamilyProps) {
  const { t } = useTranslation();
  const id = useId();
  const words = EMOTION_WORDS.filter((word) => word.family === family);
  return (
    <div className="sb-ex-family" role="group" aria-labelledby={id}>
      <p className="sb-ex-family__name" id={id}>
        {t(`exercises.families.${family}`)}
      </p>
      <ul className="sb-ex-chips">
        {words.map(({ id: word }) => {
          const on = picked.has(word);
          const blocked = !on && full;
          return (
            <li key={word}>
              <button
                ref={focusRef(chipKey(word))}
                type="button"
                className="sb-ex-chip"
                aria-pressed={on}
                aria-disabled={blocked || undefined}
                aria-describedby={blocked ? fullId : undefined}
                onClick={() => {
                  if (!blocked) onToggle(word);
                }}
              >
                {emotionLabel(word, t)}
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

interface RatingsProps {
  emotions: readonly EmotionRating[];
  problem: ContentProblem | null;
  onRate: (index: number, intensity: number) => void;
  onRemove: (index: number) => void;
}

/** One 0–10 slider for each chosen word, in the order they were chosen. */
export function EmotionRatings({ emotions, problem, onRate, onRemove }: RatingsProps) {
  const { t } = useTranslation();
  const id = useId();
  if (emotions.length === 0) return null;
  return (
    <section className="sb-ex-ratings" aria-labelledby={id}>
      <p className="sb-field__label" id={id}>
        {t('exercises.emotionLog.ratings.title')}
      </p>
      <p className="sb-field__hint">{t('exercises.emotionLog.ratings.hint')}</p>
      <ul className="sb-ex-ratings__list">
        {emotions.map((emotion, index) => {
          const name = emotionLabel(emotion.word, t);
          // A word the server does not know, or a broken row, is told beside its slider too.
          const error =
            problemAt(problem, `emotions.${index}.intensity`) ??
            problemAt(problem, `emotions.${index}.word`) ??
            problemAt(problem, `emotions.${index}`);
          return (
            <li key={`${emotion.word}-${index}`} className="sb-ex-rating">
              <IntensitySlider
                label={t('exercises.emotionLog.ratings.howStrong', { emotion: name })}
                value={emotion.intensity}
                error={error}
                onChange={(intensity) => onRate(index, intensity)}
              />
              <div className="sb-ex-rating__actions">
                <Button
                  variant="quiet"
                  aria-label={t('exercises.emotionLog.ratings.removeNamed', { emotion: name })}
                  onClick={() => onRemove(index)}
                >
                  {t('exercises.emotionLog.ratings.remove')}
                </Button>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
