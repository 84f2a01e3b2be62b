import {
  useId,
  type InputHTMLAttributes,
  type TextareaHTMLAttributes,
  type ReactNode,
  type Ref,
  type SelectHTMLAttributes,
} from 'react';
import './field.css';

interface FieldFrameProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | null;
  hintId: string;
  errorId: string;
  children: ReactNode;
  className?: string;
}

function FieldFrame({
  id,
  label,
  hint,
  error,
  hintId,
  errorId,
  children,
  className,
}: FieldFrameProps) {
  return (
    <div
      className={['sb-field', error ? 'sb-field--invalid' : '', className ?? '']
        .filter(Boolean)
        .join(' ')}
    >
      <label className="sb-field__label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <p className="sb-field__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="sb-field__error" id={errorId}>
          {error}
        </p>
      ) : null}
      {children}
    </div>
  );
}

function describedBy(hint: unknown, error: unknown, hintId: string, errorId: string) {
  const ids = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ');
  return ids || undefined;
}

export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | null;
  ref?: Ref<HTMLInputElement>;
  /** Extra class on the wrapper. */
  fieldClassName?: string;
}

/** A labelled input with an optional hint and an error tied to it for screen readers. */
export function TextField({
  label,
  hint,
  error,
  ref,
  fieldClassName,
  type = 'text',
  ...rest
}: TextFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <FieldFrame
      id={id}
      label={label}
      hint={hint}
      error={error}
      hintId={hintId}
      errorId={errorId}
      className={fieldClassName}
    >
      <input
        {...rest}
        ref={ref}
        id={id}
        type={type}
        className="sb-field__control"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hint, error, hintId, errorId)}
      />
    </FieldFrame>
  );
}

export interface TextAreaFieldProps extends Omit<
  TextareaHTMLAttributes<HTMLTextAreaElement>,
  'id'
> {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | null;
  ref?: Ref<HTMLTextAreaElement>;
  fieldClassName?: string;
}

/** A labelled multi-line input, like `TextField`. */
export function TextAreaField({
  label,
  hint,
  error,
  ref,
  fieldClassName,
  rows = 4,
  ...rest
}: TextAreaFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <FieldFrame
      id={id}
      label={label}
      hint={hint}
      error={error}
      hintId={hintId}
      errorId={errorId}
      className={fieldClassName}
    >
      <textarea
        {...rest}
        ref={ref}
        id={id}
        rows={rows}
        className="sb-field__control sb-field__textarea"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hint, error, hintId, errorId)}
      />
    </FieldFrame>
  );
}

export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | null;
  options: readonly SelectOption[];
  ref?: Ref<HTMLSelectElement>;
  fieldClassName?: string;
}

export function SelectField({
  label,
  hint,
  error,
  options,
  ref,
  fieldClassName,
  ...rest
}: SelectFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <FieldFrame
      id={id}
      label={label}
      hint={hint}
      error={error}
      hintId={hintId}
      errorId={errorId}
      className={fieldClassName}
    >
      <select
        {...rest}
        ref={ref}
        id={id}
        className="sb-field__control sb-field__select"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hint, error, hintId, errorId)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

export interface RadioGroupProps {
  legend: ReactNode;
  name: string;
  value: string;
  options: readonly SelectOption[];
  onChange: (value: string) => void;
  hint?: ReactNode;
  /** Lay the options out in a row on wider screens. */
  inline?: boolean;
}

/** Radio buttons in a fieldset whose legend names the group. */
export function RadioGroup({
  legend,
  name,
  value,
  options,
  onChange,
  hint,
  inline = false,
}: RadioGroupProps) {
  const id = useId();
  return (
    <fieldset className="sb-radio-group" aria-describedby={hint ? `${id}-hint` : undefined}>
      <legend className="sb-field__label">{legend}</legend>
      {hint ? (
        <p className="sb-field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <div
        className={
          inline
            ? 'sb-radio-group__options sb-radio-group__options--inline'
            : 'sb-radio-group__options'
        }
      >
        {options.map((option) => (
          <label key={option.value} className="sb-choice">
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export interface CheckboxProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'id'> {
  label: ReactNode;
  error?: string | null;
}

export function Checkbox({ label, error, ...rest }: CheckboxProps) {
  const id = useId();
  return (
    <div className={error ? 'sb-field sb-field--invalid' : 'sb-field'}>
      {error ? (
        <p className="sb-field__error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      <label className="sb-choice" htmlFor={id}>
        <input
          {...rest}
          id={id}
          type="checkbox"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
        />
        <span>{label}</span>
      </label>
    </div>
  );
}
