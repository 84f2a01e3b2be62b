import { useId, type ReactNode } from 'react';
import { Button } from '../../../ui/button';
import { ids } from './support';
import './exercises.css';

interface GroupProps {
  legend: ReactNode;
  hint: ReactNode;
  error?: string | null;
  children: ReactNode;
}

/** Controls under one question: a fieldset whose legend asks it, with a hint and any problem. */
export function Group({ legend, hint, error, children }: GroupProps) {
  const id = useId();
  return (
    <fieldset
      className={error ? 'sb-ex-group sb-ex-group--invalid' : 'sb-ex-group'}
      aria-describedby={ids(`${id}-hint`, error && `${id}-error`)}
    >
      <legend className="sb-field__label">{legend}</legend>
      <p className="sb-field__hint" id={`${id}-hint`}>
        {hint}
      </p>
      {error ? (
        <p className="sb-field__error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      {children}
    </fieldset>
  );
}

interface AddMoreProps {
  label: string;
  /** A fuller name for screen readers, starting with the visible label. */
  accessibleLabel?: string;
  full: boolean;
  /** Said (politely, to screen readers too) once the list is full. */
  fullText: string;
  onAdd: () => void;
}

/** "Add another …" for a list, switched off with a word of explanation once it is full. */
export function AddMore({ label, accessibleLabel, full, fullText, onAdd }: AddMoreProps) {
  return (
    <>
      <Button variant="secondary" disabled={full} aria-label={accessibleLabel} onClick={onAdd}>
        {label}
      </Button>
      <p className="sb-field__hint sb-ex-after-add" aria-live="polite">
        {full ? fullText : null}
      </p>
    </>
  );
}
