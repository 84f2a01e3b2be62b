import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/button';
import { LIMITS, newKey, patchAt, removeAt, type Line } from './form-state';
import type { FocusTarget } from './use-field-focus';

export interface LineListProps {
  /** "Evidence for" */
  legend: string;
  /** "evidence for", as it reads inside a sentence. */
  inSentence: string;
  hint: string;
  /** The relationship the list belongs to, so every button's name says which one. */
  owner: string;
  /** `content.workingModels.0.evidenceFor` */
  path: string;
  lines: readonly Line[];
  onChange: (lines: Line[]) => void;
  focusLater: (target: FocusTarget) => void;
  errors: Readonly<Record<string, string>>;
}

/** An editable list of short statements (evidence for or against a working model). */
export function LineList({
  legend,
  inSentence,
  hint,
  owner,
  path,
  lines,
  onChange,
  focusLater,
  errors,
}: LineListProps) {
  const { t } = useTranslation();
  const id = useId();
  const full = lines.length >= LIMITS.evidence;

  function add() {
    onChange([...lines, { key: newKey('l'), text: '' }]);
    focusLater(`${path}.${String(lines.length)}`);
  }

  function remove(index: number) {
    onChange(removeAt(lines, index));
    focusLater(path);
  }

  return (
    <fieldset className="sb-formulation__list" aria-describedby={`${id}-hint`}>
      <legend className="sb-field__label">{legend}</legend>
      <p className="sb-field__hint" id={`${id}-hint`}>
        {hint}
      </p>
      {lines.length === 0 ? (
        <p className="sb-formulation__none">{t('formulation.evidence.none')}</p>
      ) : (
        <ol className="sb-formulation__lines">
          {lines.map((line, index) => {
            const n = index + 1;
            const inputId = `${id}-${line.key}`;
            const error = errors[`${path}.${String(index)}`];
            return (
              <li key={line.key} className="sb-formulation__line">
                <div className="sb-formulation__line-row">
                  <label className="sb-visually-hidden" htmlFor={inputId}>
                    {t('formulation.evidence.lineLabel', { list: legend, n })}
                  </label>
                  <input
                    id={inputId}
                    className="sb-field__control"
                    data-field={`${path}.${String(index)}`}
                    value={line.text}
                    maxLength={LIMITS.evidenceText}
                    aria-invalid={error ? true : undefined}
                    onChange={(event) =>
                      onChange(patchAt(lines, index, { text: event.target.value }))
                    }
                  />
                  <Button
                    variant="quiet"
                    aria-label={t('formulation.evidence.remove', {
                      list: inSentence,
                      n,
                      owner,
                    })}
                    onClick={() => remove(index)}
                  >
                    {t('formulation.remove')}
                  </Button>
                </div>
              </li>
            );
          })}
        </ol>
      )}
      <Button
        variant="secondary"
        data-field={path}
        disabled={full}
        aria-label={t('formulation.evidence.add', { list: inSentence, owner })}
        onClick={add}
      >
        {t('formulation.evidence.addShort', { list: inSentence })}
      </Button>
      {full ? <p className="sb-field__hint">{t('formulation.evidence.full')}</p> : null}
    </fieldset>
  );
}
