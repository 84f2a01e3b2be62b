import { TEXT_LIMIT, type ContentProblem, type OtherReading } from '@securebase/practice';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/button';
import { TextAreaField } from '../../../ui/field';
import { problemAt, type ExerciseFormProps } from '../exercise-form';
import {
  FEWEST_READINGS,
  MOST_READINGS,
  mentalizingEdits,
  shownReadings,
  type MentalizingText,
} from './edits';
import { AddMore, Group } from './group';
import { ids, useFocusLater } from './support';
import './exercises.css';

type Edits = ReturnType<typeof mentalizingEdits>;

/**
 * Mentalizing a moment with someone: what happened, what I felt and thought, then several
 * guesses at what the other person felt and thought (curiosity, not certainty), and what next.
 */
export function MentalizingForm({ value, onChange, problem }: ExerciseFormProps<'mentalizing'>) {
  const { t } = useTranslation();
  const edit = mentalizingEdits(value, onChange);

  const area = (field: MentalizingText, rows = 3) => (
    <TextAreaField
      label={t(`exercises.mentalizing.fields.${field}.label`)}
      hint={t(`exercises.mentalizing.fields.${field}.hint`)}
      rows={rows}
      maxLength={TEXT_LIMIT}
      value={value[field]}
      error={problemAt(problem, field)}
      onChange={(event) => edit.write(field, event.target.value)}
    />
  );

  return (
    <div className="sb-ex">
      {area('episode')}
      {area('myFeelings', 2)}
      {area('myThoughts', 2)}
      <Readings readings={shownReadings(value.readings)} problem={problem} edit={edit} />
      {area('whatIDid', 2)}
      {area('nextTime', 2)}
    </div>
  );
}

const readingKey = (index: number) => `reading.${index}`;

interface ReadingsProps {
  readings: readonly OtherReading[];
  problem: ContentProblem | null;
  edit: Edits;
}

/** At least two readings of the other person, up to five; the extra ones can be removed. */
function Readings({ readings, problem, edit }: ReadingsProps) {
  const { t } = useTranslation();
  const focus = useFocusLater();

  function remove(index: number) {
    focus.later(readingKey(Math.min(index, readings.length - 2)));
    edit.removeReading(index);
  }

  return (
    <Group
      legend={t('exercises.mentalizing.readings.legend')}
      hint={t('exercises.mentalizing.readings.hint')}
      error={problemAt(problem, 'readings')}
    >
      <ol className="sb-ex-readings">
        {readings.map((reading, index) => (
          <ReadingFields
            // Readings have no ids of their own; their place in the list is what names them.
            key={index}
            index={index}
            reading={reading}
            problem={problem}
            focusRef={focus.ref(readingKey(index))}
            onWrite={(part, text) => edit.writeReading(index, part, text)}
            onRemove={index >= FEWEST_READINGS ? () => remove(index) : null}
          />
        ))}
      </ol>
      <AddMore
        label={t('exercises.mentalizing.readings.add')}
        full={readings.length >= MOST_READINGS}
        fullText={t('exercises.mentalizing.readings.full', { most: MOST_READINGS })}
        onAdd={() => {
          focus.later(readingKey(readings.length));
          edit.addReading();
        }}
      />
    </Group>
  );
}

const PROMPTS = ['first', 'second'] as const;

interface ReadingProps {
  index: number;
  reading: OtherReading;
  problem: ContentProblem | null;
  focusRef: (element: HTMLElement | null) => void;
  onWrite: (part: keyof OtherReading, text: string) => void;
  onRemove: (() => void) | null;
}

function ReadingFields({ index, reading, problem, focusRef, onWrite, onRemove }: ReadingProps) {
  const { t } = useTranslation();
  const id = useId();
  const n = index + 1;
  const at = (part: string) => problemAt(problem, `readings.${index}${part}`);
  const rowError = at('');
  return (
    <li className="sb-ex-reading">
      <fieldset className="sb-ex-reading__set" aria-describedby={ids(`${id}-prompt`)}>
        <legend className="sb-ex-reading__legend">
          {t('exercises.mentalizing.readings.reading', { n })}
        </legend>
        <p className="sb-field__hint" id={`${id}-prompt`}>
          {t(`exercises.mentalizing.readings.prompts.${PROMPTS[index] ?? 'more'}`)}
        </p>
        {rowError ? <p className="sb-field__error">{rowError}</p> : null}
        <TextAreaField
          ref={focusRef}
          label={t('exercises.mentalizing.readings.feelings')}
          rows={2}
          maxLength={TEXT_LIMIT}
          value={reading.feelings}
          error={at('.feelings')}
          onChange={(event) => onWrite('feelings', event.target.value)}
        />
        <TextAreaField
          label={t('exercises.mentalizing.readings.thoughts')}
          rows={2}
          maxLength={TEXT_LIMIT}
          value={reading.thoughts}
          error={at('.thoughts')}
          onChange={(event) => onWrite('thoughts', event.target.value)}
        />
        {onRemove ? (
          <div className="sb-ex-reading__actions">
            <Button
              variant="quiet"
              aria-label={t('exercises.mentalizing.readings.removeNamed', { n })}
              onClick={onRemove}
            >
              {t('exercises.mentalizing.readings.remove')}
            </Button>
          </div>
        ) : null}
      </fieldset>
    </li>
  );
}
