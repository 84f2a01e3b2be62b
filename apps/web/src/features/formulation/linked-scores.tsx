import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/button';
import { LIMITS, removeAt, type LinkedScoreForm } from './form-state';
import { choiceKey, parseChoiceKey, type ScoreChoice } from './score-choices';
import type { FocusTarget } from './use-field-focus';

export interface LinkedScoresProps {
  owner: string;
  memberName: string;
  /** `content.workingModels.0.linkedScores` */
  path: string;
  links: readonly LinkedScoreForm[];
  /** The member's scores; null while they load. */
  choices: readonly ScoreChoice[] | null;
  onChange: (links: LinkedScoreForm[]) => void;
  focusLater: (target: FocusTarget) => void;
  errors: Readonly<Record<string, string>>;
}

/** How a linked score reads: "ECR-R anxiety 4.5 (Nov 23)", or plainly when it is not found. */
export function useLinkText(choices: readonly ScoreChoice[] | null) {
  const { t } = useTranslation();
  return (link: LinkedScoreForm) =>
    choices?.find((choice) => choiceKey(choice) === choiceKey(link))?.text ??
    t('formulation.scores.unknown', { score: link.score });
}

/** The scores a working model rests on: chosen from the member's submitted results. */
export function LinkedScores(props: LinkedScoresProps) {
  const { owner, memberName, path, links, choices, onChange, focusLater, errors } = props;
  const { t } = useTranslation();
  const id = useId();
  const [picked, setPicked] = useState('');
  const textOf = useLinkText(choices);
  const linked = new Set(links.map(choiceKey));
  const open = (choices ?? []).filter((choice) => !linked.has(choiceKey(choice)));
  const full = links.length >= LIMITS.linkedScores;
  const error = Object.entries(errors).find(([key]) => key.startsWith(path))?.[1];

  function add() {
    const link = parseChoiceKey(picked);
    if (!link || linked.has(picked)) return;
    onChange([...links, link]);
    setPicked('');
    // Back to the list of scores, or to the new link when none is left to pick.
    focusLater(open.length > 1 ? path : `${path}.${String(links.length)}`);
  }

  return (
    <fieldset className="sb-formulation__list" aria-describedby={`${id}-hint`}>
      <legend className="sb-field__label">{t('formulation.scores.legend')}</legend>
      <p className="sb-field__hint" id={`${id}-hint`}>
        {t('formulation.scores.hint')}
      </p>
      {error ? <p className="sb-field__error">{error}</p> : null}
      {links.length === 0 ? (
        <p className="sb-formulation__none">{t('formulation.scores.none')}</p>
      ) : (
        <ul className="sb-formulation__chips">
          {links.map((link, index) => (
            <li key={choiceKey(link)} className="sb-formulation__chip">
              <span>{textOf(link)}</span>
              <Button
                variant="quiet"
                data-field={`${path}.${String(index)}`}
                aria-label={t('formulation.scores.remove', { score: textOf(link), owner })}
                onClick={() => {
                  onChange(removeAt(links, index));
                  focusLater(path);
                }}
              >
                {t('formulation.remove')}
              </Button>
            </li>
          ))}
        </ul>
      )}
      {choices === null ? (
        <p className="sb-formulation__none">{t('formulation.scores.loading')}</p>
      ) : choices.length === 0 ? (
        <p className="sb-formulation__none">
          {t('formulation.scores.noResults', { name: memberName })}
        </p>
      ) : (
        <div className="sb-formulation__picker">
          <div className="sb-field">
            <label className="sb-field__label" htmlFor={`${id}-pick`}>
              {t('formulation.scores.pick', { owner })}
            </label>
            <select
              id={`${id}-pick`}
              className="sb-field__control sb-field__select"
              data-field={path}
              value={picked}
              disabled={full || open.length === 0}
              onChange={(event) => setPicked(event.target.value)}
            >
              <option value="">{t('formulation.scores.choose')}</option>
              {open.map((choice) => (
                <option key={choiceKey(choice)} value={choiceKey(choice)}>
                  {`${choice.text} · ${choice.label}`}
                </option>
              ))}
            </select>
          </div>
          <Button
            variant="secondary"
            disabled={!picked || full}
            aria-label={t('formulation.scores.add', { owner })}
            onClick={add}
          >
            {t('formulation.scores.addShort')}
          </Button>
        </div>
      )}
    </fieldset>
  );
}
