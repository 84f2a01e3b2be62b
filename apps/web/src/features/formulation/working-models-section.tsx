import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/button';
import {
  emptyWorkingModel,
  LIMITS,
  patchAt,
  removeAt,
  unusedRelationships,
  type FormulationForm,
  type WorkingModelForm,
} from './form-state';
import { RELATIONSHIPS } from './labels';
import type { ScoreChoice } from './score-choices';
import { WorkingModelFieldset } from './working-model-fieldset';
import type { FocusTarget } from './use-field-focus';

export interface WorkingModelsSectionProps {
  form: FormulationForm;
  memberName: string;
  choices: readonly ScoreChoice[] | null;
  onChange: (models: WorkingModelForm[]) => void;
  focusLater: (target: FocusTarget) => void;
  errors: Readonly<Record<string, string>>;
}

/** Internal working models, one per relationship, and a way to add another. */
export function WorkingModelsSection(props: WorkingModelsSectionProps) {
  const { form, memberName, choices, onChange, focusLater, errors } = props;
  const { t } = useTranslation();
  const id = useId();
  const models = form.workingModels;
  const open = unusedRelationships(form, RELATIONSHIPS);
  const [chosen, setChosen] = useState('');
  const next = open.find((relationship) => relationship === chosen) ?? open[0];
  const full = models.length >= LIMITS.workingModels || next === undefined;

  function add() {
    if (!next || models.length >= LIMITS.workingModels) return;
    onChange([...models, emptyWorkingModel(next)]);
    setChosen('');
    focusLater(`content.workingModels.${String(models.length)}.modelOfSelf`);
  }

  return (
    <section className="sb-formulation__section" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('formulation.models.title')}</h3>
      <p className="sb-formulation__lead">{t('formulation.models.lead')}</p>
      {models.length === 0 ? (
        <p className="sb-formulation__none">{t('formulation.models.none')}</p>
      ) : null}
      {models.map((model, index) => (
        <WorkingModelFieldset
          key={model.key}
          model={model}
          index={index}
          memberName={memberName}
          choices={choices}
          onChange={(patch) => onChange(patchAt(models, index, patch))}
          onRemove={() => {
            onChange(removeAt(models, index));
            focusLater('content.workingModels');
          }}
          focusLater={focusLater}
          errors={errors}
        />
      ))}
      {next ? (
        <div className="sb-formulation__picker">
          <div className="sb-field">
            <label className="sb-field__label" htmlFor={`${id}-relationship`}>
              {t('formulation.models.addFor')}
            </label>
            <select
              id={`${id}-relationship`}
              className="sb-field__control sb-field__select"
              data-field="content.workingModels"
              value={next}
              onChange={(event) => setChosen(event.target.value)}
            >
              {open.map((relationship) => (
                <option key={relationship} value={relationship}>
                  {t(`formulation.relationships.${relationship}`)}
                </option>
              ))}
            </select>
          </div>
          <Button variant="secondary" disabled={full} onClick={add}>
            {t('formulation.models.add')}
          </Button>
        </div>
      ) : (
        <p className="sb-formulation__none">{t('formulation.models.allUsed')}</p>
      )}
    </section>
  );
}
