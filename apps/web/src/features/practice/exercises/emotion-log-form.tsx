import { HELPERS, TEXT_LIMIT, type ContentProblem } from '@securebase/practice';
import { useTranslation } from 'react-i18next';
import { Checkbox, TextAreaField } from '../../../ui/field';
import { problemAt, type ExerciseFormProps } from '../exercise-form';
import { EmotionChoices, EmotionRatings, chipKey } from './emotion-choices';
import { STARTING_INTENSITY, emotionLogEdits, type EmotionLogText } from './edits';
import { IntensitySlider } from './intensity-slider';
import { helperLabel } from './labels';
import { Group } from './group';
import { problemWithin, useFocusLater } from './support';
import './exercises.css';

/**
 * An emotion log: what happened, which feelings came and how strong, what the body and the urge
 * said, what was done and what helped. Only edits the content; the page saves and finishes it.
 */
export function EmotionLogForm({ value, onChange, problem }: ExerciseFormProps<'emotion_log'>) {
  const { t } = useTranslation();
  const edit = emotionLogEdits(value, onChange);
  const focus = useFocusLater();

  const area = (field: EmotionLogText, rows = 3) => (
    <TextAreaField
      label={t(`exercises.emotionLog.fields.${field}.label`)}
      hint={t(`exercises.emotionLog.fields.${field}.hint`)}
      rows={rows}
      maxLength={TEXT_LIMIT}
      value={value[field]}
      error={problemAt(problem, field)}
      onChange={(event) => edit.write(field, event.target.value)}
    />
  );

  function removeEmotion(index: number) {
    const word = value.emotions[index]?.word;
    if (word !== undefined) focus.later(chipKey(word));
    edit.removeEmotionAt(index);
  }

  return (
    <div className="sb-ex">
      {area('situation')}
      <EmotionChoices
        chosen={value.emotions}
        onToggle={edit.toggleEmotion}
        error={problemAt(problem, 'emotions')}
        focusRef={focus.ref}
      />
      <EmotionRatings
        emotions={value.emotions}
        problem={problem}
        onRate={edit.rate}
        onRemove={removeEmotion}
      />
      {area('bodySignals', 2)}
      {area('urge', 2)}
      {area('whatIDid')}
      <HelpedChoices helped={value.helped} problem={problem} onToggle={edit.toggleHelper} />
      {area('helpedNote', 2)}
      <AfterRating
        value={value.intensityAfter}
        error={problemAt(problem, 'intensityAfter')}
        onChange={edit.rateAfter}
      />
    </div>
  );
}

interface HelpedProps {
  helped: readonly string[];
  problem: ContentProblem | null;
  onToggle: (id: string) => void;
}

/** A tick box for each thing that can help. */
function HelpedChoices({ helped, problem, onToggle }: HelpedProps) {
  const { t } = useTranslation();
  return (
    <Group
      legend={t('exercises.emotionLog.helped.legend')}
      hint={t('exercises.emotionLog.helped.hint')}
      error={problemWithin(problem, 'helped')}
    >
      <ul className="sb-ex-checks">
        {HELPERS.map((helper) => (
          <li key={helper}>
            <Checkbox
              label={helperLabel(helper, t)}
              checked={helped.includes(helper)}
              onChange={() => onToggle(helper)}
            />
          </li>
        ))}
      </ul>
    </Group>
  );
}

interface AfterProps {
  value: number | null;
  error: string | null;
  onChange: (intensity: number | null) => void;
}

/**
 * How strong the feeling was afterwards: optional, so "not rated" until they tick the box. The
 * slider appears right after the box, so the focus stays where it is.
 */
function AfterRating({ value, error, onChange }: AfterProps) {
  const { t } = useTranslation();
  return (
    <Group
      legend={t('exercises.emotionLog.after.legend')}
      hint={t('exercises.emotionLog.after.hint')}
    >
      <Checkbox
        label={t('exercises.emotionLog.after.rate')}
        checked={value !== null}
        error={value === null ? error : null}
        onChange={(event) => onChange(event.target.checked ? STARTING_INTENSITY : null)}
      />
      {value === null ? (
        <p className="sb-ex-unrated">{t('exercises.emotionLog.after.notRated')}</p>
      ) : (
        <IntensitySlider
          label={t('exercises.emotionLog.after.slider')}
          value={value}
          error={error}
          onChange={onChange}
        />
      )}
    </Group>
  );
}
