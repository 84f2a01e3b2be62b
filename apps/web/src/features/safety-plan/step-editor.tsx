import { SAFETY_PLAN_LIMITS, type SafetyPlanSection } from '@securebase/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/button';
import { TextField } from '../../ui/field';
import {
  emptyContact,
  emptyLine,
  rowLimit,
  type ContactRow,
  type LineRow,
  type SectionDraft,
} from './plan-draft';

type ContactSection = 'peopleAndPlaces' | 'peopleToAsk' | 'professionals';

export interface StepEditorProps {
  section: SafetyPlanSection;
  /** The step's name, for labels that say which list a line belongs to. */
  title: string;
  draft: SectionDraft;
  onChange: (draft: SectionDraft) => void;
  /** Messages by row field: `2` (a line), `1.phone`, `0.name`. */
  errors: Readonly<Record<string, string>>;
  /** Moves the focus to a row field (`data-field`) once the next render is on screen. */
  focusLater: (field: string) => void;
}

/** The rows of one step as inputs: change, add and remove lines or contacts. */
export function StepEditor(props: StepEditorProps) {
  const { t } = useTranslation();
  const { draft, onChange, focusLater, title } = props;
  const full = draft.rows.length >= rowLimit(draft);

  function add() {
    focusLater(`${String(draft.rows.length)}.${draft.kind === 'lines' ? 'text' : 'name'}`);
    if (draft.kind === 'lines') onChange({ kind: 'lines', rows: [...draft.rows, emptyLine()] });
    else onChange({ kind: 'contacts', rows: [...draft.rows, emptyContact()] });
  }

  function remove(index: number) {
    focusLater('add');
    if (draft.kind === 'lines') {
      onChange({ kind: 'lines', rows: draft.rows.filter((_, i) => i !== index) });
    } else {
      onChange({ kind: 'contacts', rows: draft.rows.filter((_, i) => i !== index) });
    }
  }

  const section = props.section as ContactSection;
  return (
    <div className="sb-plan-edit">
      {draft.kind === 'lines' ? (
        <ol className="sb-plan-edit__rows">
          {draft.rows.map((row, index) => (
            <LineInput
              key={row.key}
              row={row}
              index={index}
              title={title}
              error={props.errors[String(index)]}
              onChange={(text) =>
                onChange({
                  kind: 'lines',
                  rows: draft.rows.map((r, i) => (i === index ? { ...r, text } : r)),
                })
              }
              onRemove={() => remove(index)}
            />
          ))}
        </ol>
      ) : (
        <ol className="sb-plan-edit__rows">
          {draft.rows.map((row, index) => (
            <ContactInputs
              key={row.key}
              row={row}
              index={index}
              section={section}
              title={title}
              errors={props.errors}
              onChange={(patch) =>
                onChange({
                  kind: 'contacts',
                  rows: draft.rows.map((r, i) => (i === index ? { ...r, ...patch } : r)),
                })
              }
              onRemove={() => remove(index)}
            />
          ))}
        </ol>
      )}
      <Button
        variant="secondary"
        data-field="add"
        disabled={full}
        aria-label={
          draft.kind === 'lines'
            ? t('safetyPlan.addLineNamed', { section: title })
            : t(`safetyPlan.addContact.${section}`)
        }
        onClick={add}
      >
        {draft.kind === 'lines' ? t('safetyPlan.addLine') : t(`safetyPlan.addContact.${section}`)}
      </Button>
      {full ? <p className="sb-field__hint">{t('safetyPlan.full')}</p> : null}
    </div>
  );
}

function LineInput(props: {
  row: LineRow;
  index: number;
  title: string;
  error: string | undefined;
  onChange: (text: string) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const n = props.index + 1;
  return (
    <li className="sb-plan-edit__row">
      <label className="sb-visually-hidden" htmlFor={id}>
        {t('safetyPlan.lineLabel', { section: props.title, n })}
      </label>
      {props.error ? (
        <p className="sb-field__error" id={`${id}-error`}>
          {props.error}
        </p>
      ) : null}
      <div className="sb-plan-edit__line">
        <textarea
          id={id}
          rows={2}
          className="sb-field__control sb-field__textarea sb-plan-edit__text"
          data-field={`${String(props.index)}.text`}
          value={props.row.text}
          maxLength={SAFETY_PLAN_LIMITS.line}
          aria-invalid={props.error ? true : undefined}
          aria-describedby={props.error ? `${id}-error` : undefined}
          onChange={(event) => props.onChange(event.target.value)}
        />
        <Button
          variant="quiet"
          aria-label={t('safetyPlan.removeLine', { n, section: props.title })}
          onClick={props.onRemove}
        >
          {t('safetyPlan.remove')}
        </Button>
      </div>
    </li>
  );
}

function ContactInputs(props: {
  row: ContactRow;
  index: number;
  section: ContactSection;
  title: string;
  errors: Readonly<Record<string, string>>;
  onChange: (patch: Partial<ContactRow>) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const { row, index, section } = props;
  const at = String(index);
  const legend = t(`safetyPlan.contactLegend.${section}`, { n: index + 1 });
  return (
    <li className="sb-plan-edit__row">
      <fieldset className="sb-plan-edit__contact">
        <legend className="sb-plan-edit__legend">{legend}</legend>
        <TextField
          label={t(`safetyPlan.nameLabel.${section}`)}
          data-field={`${at}.name`}
          autoComplete="off"
          value={row.name}
          maxLength={SAFETY_PLAN_LIMITS.name}
          error={props.errors[`${at}.name`]}
          onChange={(event) => props.onChange({ name: event.target.value })}
        />
        <TextField
          label={t('safetyPlan.phoneLabel')}
          hint={t('safetyPlan.phoneHint')}
          type="tel"
          inputMode="tel"
          autoComplete="off"
          data-field={`${at}.phone`}
          value={row.phone}
          maxLength={SAFETY_PLAN_LIMITS.phone}
          error={props.errors[`${at}.phone`]}
          onChange={(event) => props.onChange({ phone: event.target.value })}
        />
        {section === 'professionals' || row.note ? (
          <TextField
            label={t('safetyPlan.noteLabel')}
            data-field={`${at}.note`}
            autoComplete="off"
            value={row.note}
            maxLength={SAFETY_PLAN_LIMITS.note}
            error={props.errors[`${at}.note`]}
            onChange={(event) => props.onChange({ note: event.target.value })}
          />
        ) : null}
        <Button
          variant="quiet"
          aria-label={t('safetyPlan.removeContact', { what: legend, section: props.title })}
          onClick={props.onRemove}
        >
          {t('safetyPlan.remove')}
        </Button>
      </fieldset>
    </li>
  );
}
