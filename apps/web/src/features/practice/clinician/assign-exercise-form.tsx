import type { CaseMember } from '@securebase/contracts';
import { CADENCES, EXERCISE_KINDS, localDateIn, type Cadence } from '@securebase/practice';
import { useId, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { splitError } from '../../../lib/form-errors';
import { useDescribeError } from '../../../lib/use-describe-error';
import { Button } from '../../../ui/button';
import { Checkbox, RadioGroup, SelectField, TextAreaField, TextField } from '../../../ui/field';
import { ErrorNotice, Notice } from '../../../ui/notice';
import { browserTimeZone } from '../../outcomes/schedule-text';
import { useAssignExercise } from '../queries';
import {
  ASSIGN_FIELDS,
  assignBody,
  startingDraft,
  zoneChoices,
  type AssignDraft,
} from './assign-body';
import { KindSettings, type DraftFieldsProps } from './assign-settings';

/** Give an exercise: who, which, how often and from when, in the client's own time zone. */
export function AssignExerciseForm({
  caseId,
  members,
}: {
  caseId: string;
  members: readonly CaseMember[];
}) {
  const { t } = useTranslation();
  const describe = useDescribeError();
  const assign = useAssignExercise(caseId);
  const [draft, setDraft] = useState<AssignDraft>(() => {
    const zone = browserTimeZone();
    return startingDraft(members[0]?.id ?? '', localDateIn(zone, new Date()), zone);
  });
  const [given, setGiven] = useState<string | null>(null);
  const errors = splitError(assign.error, ASSIGN_FIELDS, describe);
  const member = members.find((m) => m.id === draft.memberId);

  const set = (patch: Partial<AssignDraft>) => {
    setGiven(null);
    setDraft((current) => ({ ...current, ...patch }));
  };

  function submit(event: SubmitEvent) {
    event.preventDefault();
    setGiven(null);
    assign.mutate(assignBody(draft), {
      onSuccess: () => {
        setGiven(member?.displayName ?? '');
        setDraft((current) => ({
          ...current,
          note: '',
          responses: current.responses.map(() => ''),
        }));
      },
    });
  }

  return (
    <form noValidate onSubmit={submit} className="sb-practice-clinic__form">
      {errors.form ? <ErrorNotice>{errors.form}</ErrorNotice> : null}
      {members.length > 1 ? (
        <SelectField
          label={t('practiceClinic.form.member')}
          value={draft.memberId}
          onChange={(event) => set({ memberId: event.target.value })}
          options={members.map((m) => ({ value: m.id, label: m.displayName }))}
          error={errors.fields.memberId}
        />
      ) : null}
      {member && !member.hasAccount ? (
        <Notice tone="info">
          {t('practiceClinic.form.noAccount', { name: member.displayName })}
        </Notice>
      ) : null}
      <ExerciseFields draft={draft} set={set} errors={errors.fields} />
      <WhenFields draft={draft} set={set} errors={errors.fields} />
      <ForClientFields draft={draft} set={set} errors={errors.fields} />
      {given !== null ? (
        <Notice tone="success" live="status">
          {t('practiceClinic.form.given', { name: given })}
        </Notice>
      ) : null}
      <Button type="submit" busy={assign.isPending}>
        {t('practiceClinic.form.submit')}
      </Button>
    </form>
  );
}

function ExerciseFields({ draft, set, errors }: DraftFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <SelectField
        label={t('practiceClinic.form.kind')}
        hint={t(`practiceClinic.kindHints.${draft.kind}`)}
        value={draft.kind}
        onChange={(event) => {
          const kind = EXERCISE_KINDS.find((k) => k === event.target.value);
          if (kind) set({ kind });
        }}
        options={EXERCISE_KINDS.map((k) => ({ value: k, label: t(`practiceClinic.kinds.${k}`) }))}
        error={errors.kind}
      />
      <KindSettings draft={draft} set={set} errors={errors} />
    </>
  );
}

function WhenFields({ draft, set, errors }: DraftFieldsProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <>
      <RadioGroup
        legend={t('practiceClinic.form.cadence')}
        name={`${id}-cadence`}
        inline
        value={draft.cadence}
        onChange={(value) => {
          const cadence = CADENCES.find((c): c is Cadence => c === value);
          if (cadence) set({ cadence });
        }}
        options={CADENCES.map((c) => ({ value: c, label: t(`practiceClinic.cadences.${c}`) }))}
      />
      {errors.cadence ? <p className="sb-field__error">{errors.cadence}</p> : null}
      <div className="sb-practice-clinic__row">
        <TextField
          type="date"
          label={t('practiceClinic.form.startsOn')}
          value={draft.startsOn}
          onChange={(event) => set({ startsOn: event.target.value })}
          error={errors.startsOn}
        />
        {draft.cadence !== 'once' ? (
          <TextField
            type="date"
            label={t('practiceClinic.form.until')}
            hint={t('practiceClinic.form.untilHint')}
            min={draft.startsOn}
            value={draft.until}
            onChange={(event) => set({ until: event.target.value })}
            error={errors.until}
          />
        ) : null}
      </div>
      <TextField
        label={t('practiceClinic.form.zone')}
        hint={t('practiceClinic.form.zoneHint')}
        list={`${id}-zones`}
        autoComplete="off"
        spellCheck={false}
        maxLength={64}
        value={draft.timeZone}
        onChange={(event) => set({ timeZone: event.target.value })}
        error={errors.timeZone}
      />
      <datalist id={`${id}-zones`}>
        {zoneChoices(browserTimeZone()).map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
    </>
  );
}

function ForClientFields({ draft, set, errors }: DraftFieldsProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <>
      <TextAreaField
        label={t('practiceClinic.form.note')}
        hint={t('practiceClinic.form.noteHint')}
        rows={3}
        maxLength={2000}
        value={draft.note}
        onChange={(event) => set({ note: event.target.value })}
        error={errors.note}
      />
      <fieldset className="sb-practice-clinic__fieldset" aria-describedby={`${id}-share`}>
        <legend className="sb-field__label">{t('practiceClinic.form.sharing')}</legend>
        <p className="sb-field__hint" id={`${id}-share`}>
          {t('practiceClinic.form.shareHint')}
        </p>
        <Checkbox
          label={t('practiceClinic.form.share')}
          checked={draft.shareByDefault}
          onChange={(event) => set({ shareByDefault: event.target.checked })}
          error={errors.shareByDefault}
        />
      </fieldset>
    </>
  );
}
