import { TEXT_LIMIT, type LikelyResponse, type RepairPlan } from '@securebase/practice';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/button';
import { TextAreaField, TextField } from '../../../ui/field';
import { Notice } from '../../../ui/notice';
import { problemAt, type ExerciseFormProps } from '../exercise-form';
import './repair.css';

/** The server keeps at most this many likely responses. */
export const MAX_RESPONSES = 5;

type PlanText = 'whatHappened' | 'feelingUnderneath' | 'need' | 'request';

/** Fields that live in Prepare, so the builder can bring it forward when one is refused. */
export const PREPARE_FIELDS: readonly string[] = [
  'whatHappened',
  'feelingUnderneath',
  'need',
  'request',
  'responses',
];

export const isPrepareField = (field: string): boolean =>
  PREPARE_FIELDS.some((name) => field === name || field.startsWith(`${name}.`));

type PrepareProps = Pick<ExerciseFormProps<'repair'>, 'value' | 'onChange' | 'problem' | 'isDraft'>;

/** Prepare: what happened, the feeling underneath, the need, the request, likely responses. */
export function RepairPrepare({ value, onChange, problem, isDraft }: PrepareProps) {
  const { t } = useTranslation();
  const set = (field: PlanText, text: string) => onChange({ ...value, [field]: text });
  const common = { readOnly: !isDraft, maxLength: TEXT_LIMIT };
  return (
    <div className="sb-repair__prepare">
      <p className="sb-repair__intro">{t('repair.prepare.intro')}</p>
      <Notice tone="attention" className="sb-repair__safety">
        {t('repair.prepare.safety')}
      </Notice>
      {isDraft ? null : <Notice tone="info">{t('repair.prepare.finished')}</Notice>}
      <TextAreaField
        {...common}
        rows={3}
        label={t('repair.prepare.whatHappened.label')}
        hint={t('repair.prepare.whatHappened.hint')}
        error={problemAt(problem, 'whatHappened')}
        value={value.whatHappened}
        onChange={(event) => set('whatHappened', event.target.value)}
      />
      <TextField
        {...common}
        label={t('repair.prepare.feeling.label')}
        hint={t('repair.prepare.feeling.hint')}
        error={problemAt(problem, 'feelingUnderneath')}
        value={value.feelingUnderneath}
        onChange={(event) => set('feelingUnderneath', event.target.value)}
      />
      <TextField
        {...common}
        label={t('repair.prepare.need.label')}
        hint={t('repair.prepare.need.hint')}
        error={problemAt(problem, 'need')}
        value={value.need}
        onChange={(event) => set('need', event.target.value)}
      />
      <TextAreaField
        {...common}
        rows={3}
        label={t('repair.prepare.request.label')}
        hint={t('repair.prepare.request.hint')}
        error={problemAt(problem, 'request')}
        value={value.request}
        onChange={(event) => set('request', event.target.value)}
      />
      <LikelyResponses value={value} onChange={onChange} problem={problem} isDraft={isDraft} />
    </div>
  );
}

/** The list of likely responses, each with the client's way of staying connected. */
function LikelyResponses({ value, onChange, problem, isDraft }: PrepareProps) {
  const { t } = useTranslation();
  const id = useId();
  const responses = value.responses;
  const replace = (next: LikelyResponse[]) => onChange({ ...value, responses: next });
  const update = (index: number, patch: Partial<LikelyResponse>) =>
    replace(responses.map((one, i) => (i === index ? { ...one, ...patch } : one)));
  const listError = problemAt(problem, 'responses');
  return (
    <fieldset
      className="sb-repair__responses"
      aria-describedby={[`${id}-hint`, listError ? `${id}-error` : ''].filter(Boolean).join(' ')}
    >
      <legend className="sb-repair__legend">{t('repair.responses.legend')}</legend>
      <p className="sb-field__hint" id={`${id}-hint`}>
        {t('repair.responses.hint')}
      </p>
      {listError ? (
        <p className="sb-field__error" id={`${id}-error`}>
          {listError}
        </p>
      ) : null}
      {responses.length === 0 ? <p className="sb-muted">{t('repair.responses.none')}</p> : null}
      <ol className="sb-plain-list sb-repair__response-list">
        {responses.map((response, index) => (
          <ResponseFields
            key={index}
            index={index}
            response={response}
            problem={problem}
            isDraft={isDraft}
            onChange={(patch) => update(index, patch)}
            onRemove={() => replace(responses.filter((_, i) => i !== index))}
          />
        ))}
      </ol>
      <AddResponse plan={value} isDraft={isDraft} onAdd={() => replace([...responses, blank()])} />
    </fieldset>
  );
}

const blank = (): LikelyResponse => ({ theySay: '', iStayConnected: '' });

function ResponseFields({
  index,
  response,
  problem,
  isDraft,
  onChange,
  onRemove,
}: {
  index: number;
  response: LikelyResponse;
  problem: PrepareProps['problem'];
  isDraft: boolean;
  onChange: (patch: Partial<LikelyResponse>) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const number = index + 1;
  return (
    <li>
      <fieldset className="sb-repair__response">
        <legend className="sb-repair__response-title">
          {t('repair.responses.item', { number })}
        </legend>
        <TextAreaField
          rows={2}
          readOnly={!isDraft}
          maxLength={TEXT_LIMIT}
          label={t('repair.responses.theySay')}
          error={problemAt(problem, `responses.${index}.theySay`)}
          value={response.theySay}
          onChange={(event) => onChange({ theySay: event.target.value })}
        />
        <TextAreaField
          rows={3}
          readOnly={!isDraft}
          maxLength={TEXT_LIMIT}
          label={t('repair.responses.stay.label')}
          hint={t('repair.responses.stay.hint')}
          error={problemAt(problem, `responses.${index}.iStayConnected`)}
          value={response.iStayConnected}
          onChange={(event) => onChange({ iStayConnected: event.target.value })}
        />
        {isDraft ? (
          <Button variant="quiet" className="sb-repair__remove" onClick={onRemove}>
            {t('repair.responses.remove', { number })}
          </Button>
        ) : null}
      </fieldset>
    </li>
  );
}

function AddResponse({
  plan,
  isDraft,
  onAdd,
}: {
  plan: RepairPlan;
  isDraft: boolean;
  onAdd: () => void;
}) {
  const { t } = useTranslation();
  if (!isDraft) return null;
  if (plan.responses.length >= MAX_RESPONSES) {
    return <p className="sb-muted">{t('repair.responses.limit', { max: MAX_RESPONSES })}</p>;
  }
  return (
    <Button variant="secondary" block onClick={onAdd}>
      {t('repair.responses.add')}
    </Button>
  );
}
