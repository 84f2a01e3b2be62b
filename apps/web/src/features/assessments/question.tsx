import { useId, type KeyboardEvent, type ReactNode, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../ui/badge';
import type { FormItem } from './queries';
import './question.css';

export interface QuestionFieldProps {
  item: FormItem;
  value: number | undefined;
  onChange: (value: number) => void;
  /** Pressing Enter on a chosen option (the client flow moves on). */
  onEnter?: () => void;
  /** `large` is one question at a time on a phone; `compact` is a row in a one-page form. */
  layout?: 'large' | 'compact';
  /** Text before the question (for example "Question 3 of 9"). */
  eyebrow?: ReactNode;
  /** The lead-in every item is read with (for example "Over the last 2 weeks, how often…"). */
  stem?: ReactNode;
  /** Shown under the question (an error). */
  error?: string | null;
  legendRef?: Ref<HTMLLegendElement>;
  /** Marks the risk item (clinician paper entry only). */
  showRisk?: boolean;
  /** Extra control after the options (for example Clear). */
  after?: ReactNode;
  /** How to answer, between the question and its options (for example what 1 to 5 mean). */
  hint?: ReactNode;
}

/**
 * One questionnaire item as native radio buttons in a fieldset: arrow keys move within the
 * group, Space chooses, the whole option row is the (44 px or taller) target.
 */
export function QuestionField({
  item,
  value,
  onChange,
  onEnter,
  layout = 'large',
  eyebrow,
  stem,
  error,
  legendRef,
  showRisk = false,
  after,
  hint,
}: QuestionFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const text = item.text ?? t('questionnaire.itemFallback', { number: item.position });

  function onKeyDown(event: KeyboardEvent<HTMLFieldSetElement>) {
    if (event.key === 'Enter' && onEnter && event.target instanceof HTMLInputElement) {
      event.preventDefault();
      onEnter();
    }
  }

  return (
    <fieldset
      className={`sb-question sb-question--${layout}${error ? ' sb-question--invalid' : ''}`}
      aria-describedby={
        [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') ||
        undefined
      }
      onKeyDown={onKeyDown}
    >
      <legend className="sb-question__legend" ref={legendRef} tabIndex={-1}>
        {eyebrow ? <span className="sb-question__eyebrow">{eyebrow}</span> : null}
        {stem ? <span className="sb-question__stem">{stem} </span> : null}
        <span className="sb-question__text">{text}</span>
        {showRisk && item.isRiskItem ? (
          <>
            {' '}
            <Badge tone="danger">{t('result.riskBadge')}</Badge>
          </>
        ) : null}
      </legend>
      {hint ? (
        <p className="sb-question__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="sb-field__error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      <div className="sb-question__options">
        {item.options.map((option) => (
          <label key={option.value} className="sb-option">
            <input
              type="radio"
              name={`${id}-${item.id}`}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
            />
            <span className="sb-option__value" aria-hidden={option.label ? true : undefined}>
              {option.value}
            </span>
            {option.label ? <span className="sb-option__label">{option.label}</span> : null}
          </label>
        ))}
        {after}
      </div>
    </fieldset>
  );
}
