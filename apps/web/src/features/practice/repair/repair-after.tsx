import { TEXT_LIMIT, type RealConversation } from '@securebase/practice';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/button';
import { Card } from '../../../ui/card';
import { TextAreaField, TextField } from '../../../ui/field';
import { problemAt, type ExerciseFormProps } from '../exercise-form';
import './repair.css';

/** Where the rating starts: the middle, so the client moves it either way. */
const MIDDLE_RATING = 5;

/** Today on the client's own calendar, as YYYY-MM-DD. */
export function localDate(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

type AfterProps = Pick<ExerciseFormProps<'repair'>, 'value' | 'onChange' | 'problem'>;

/** After the conversation: when it happened, how it went, and a 0–10 rating; or "not yet". */
export function RepairAfter({ value, onChange, problem }: AfterProps) {
  const { t } = useTranslation();
  const real = value.realConversation;
  const setReal = (next: RealConversation | null) => onChange({ ...value, realConversation: next });
  const whole = problemAt(problem, 'realConversation');
  return (
    <Card title={t('repair.after.title')} className="sb-repair__after">
      {whole ? <p className="sb-field__error">{whole}</p> : null}
      {real === null ? (
        <>
          <p className="sb-repair__not-yet">{t('repair.after.notYet')}</p>
          <Button
            variant="secondary"
            block
            onClick={() =>
              setReal({ happenedOn: localDate(), howItWent: '', rating: MIDDLE_RATING })
            }
          >
            {t('repair.after.start')}
          </Button>
        </>
      ) : (
        <ConversationFields
          real={real}
          problem={problem}
          onChange={(patch) => setReal({ ...real, ...patch })}
          onClear={() => setReal(null)}
        />
      )}
    </Card>
  );
}

function ConversationFields({
  real,
  problem,
  onChange,
  onClear,
}: {
  real: RealConversation;
  problem: AfterProps['problem'];
  onChange: (patch: Partial<RealConversation>) => void;
  onClear: () => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        type="date"
        max={localDate()}
        label={t('repair.after.date')}
        error={problemAt(problem, 'realConversation.happenedOn')}
        value={real.happenedOn}
        onChange={(event) => onChange({ happenedOn: event.target.value })}
      />
      <TextAreaField
        rows={4}
        maxLength={TEXT_LIMIT}
        label={t('repair.after.howItWent.label')}
        hint={t('repair.after.howItWent.hint')}
        error={problemAt(problem, 'realConversation.howItWent')}
        value={real.howItWent}
        onChange={(event) => onChange({ howItWent: event.target.value })}
      />
      <RatingField
        value={real.rating}
        error={problemAt(problem, 'realConversation.rating')}
        onChange={(rating) => onChange({ rating })}
      />
      <Button variant="quiet" onClick={onClear}>
        {t('repair.after.clear')}
      </Button>
    </>
  );
}

/** "How did it go?" from 0 to 10, with the chosen number shown beside the slider. */
function RatingField({
  value,
  error,
  onChange,
}: {
  value: number;
  error: string | null;
  onChange: (next: number) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const described = [`${id}-hint`, error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className={error ? 'sb-field sb-field--invalid' : 'sb-field'}>
      <label className="sb-field__label" htmlFor={id}>
        {t('repair.after.rating.label')}
      </label>
      <p className="sb-field__hint" id={`${id}-hint`}>
        {t('repair.after.rating.hint')}
      </p>
      {error ? (
        <p className="sb-field__error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      <div className="sb-repair__range">
        <input
          id={id}
          type="range"
          min={0}
          max={10}
          step={1}
          className="sb-repair__slider"
          value={value}
          aria-describedby={described}
          aria-invalid={error ? true : undefined}
          aria-valuetext={t('repair.after.rating.value', { value })}
          onChange={(event) => onChange(Number(event.target.value))}
        />
        <output htmlFor={id} className="sb-repair__rating-value">
          {t('repair.after.rating.value', { value })}
        </output>
      </div>
    </div>
  );
}
