import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/button';
import { TextAreaField } from '../../ui/field';
import { LIMITS, type WorkingModelForm } from './form-state';
import { LineList } from './line-list';
import { LinkedScores } from './linked-scores';
import type { ScoreChoice } from './score-choices';
import type { FocusTarget } from './use-field-focus';

export interface WorkingModelFieldsetProps {
  model: WorkingModelForm;
  index: number;
  memberName: string;
  choices: readonly ScoreChoice[] | null;
  onChange: (patch: Partial<WorkingModelForm>) => void;
  onRemove: () => void;
  focusLater: (target: FocusTarget) => void;
  errors: Readonly<Record<string, string>>;
}

/** One working model: how the person may see themselves and the other in one relationship. */
export function WorkingModelFieldset(props: WorkingModelFieldsetProps) {
  const { model, index, memberName, choices, onChange, onRemove, focusLater, errors } = props;
  const { t } = useTranslation();
  const path = `content.workingModels.${String(index)}`;
  const owner = t(`formulation.relationships.${model.relationship}`);

  return (
    <fieldset className="sb-formulation__group" data-field={path} tabIndex={-1}>
      <legend className="sb-formulation__legend">
        {t('formulation.models.legend', { relationship: owner })}
      </legend>
      <div className="sb-formulation__pair">
        <TextAreaField
          label={t('formulation.models.self')}
          hint={t('formulation.models.selfHint')}
          rows={3}
          maxLength={LIMITS.statement}
          data-field={`${path}.modelOfSelf`}
          value={model.modelOfSelf}
          error={errors[`${path}.modelOfSelf`]}
          onChange={(event) => onChange({ modelOfSelf: event.target.value })}
        />
        <TextAreaField
          label={t('formulation.models.others')}
          hint={t('formulation.models.othersHint')}
          rows={3}
          maxLength={LIMITS.statement}
          data-field={`${path}.modelOfOthers`}
          value={model.modelOfOthers}
          error={errors[`${path}.modelOfOthers`]}
          onChange={(event) => onChange({ modelOfOthers: event.target.value })}
        />
      </div>
      <div className="sb-formulation__pair">
        <LineList
          legend={t('formulation.evidence.for')}
          inSentence={t('formulation.evidence.forInSentence')}
          hint={t('formulation.evidence.forHint')}
          owner={owner}
          path={`${path}.evidenceFor`}
          lines={model.evidenceFor}
          onChange={(evidenceFor) => onChange({ evidenceFor })}
          focusLater={focusLater}
          errors={errors}
        />
        <LineList
          legend={t('formulation.evidence.against')}
          inSentence={t('formulation.evidence.againstInSentence')}
          hint={t('formulation.evidence.againstHint')}
          owner={owner}
          path={`${path}.evidenceAgainst`}
          lines={model.evidenceAgainst}
          onChange={(evidenceAgainst) => onChange({ evidenceAgainst })}
          focusLater={focusLater}
          errors={errors}
        />
      </div>
      <LinkedScores
        owner={owner}
        memberName={memberName}
        path={`${path}.linkedScores`}
        links={model.linkedScores}
        choices={choices}
        onChange={(linkedScores) => onChange({ linkedScores })}
        focusLater={focusLater}
        errors={errors}
      />
      <div className="sb-formulation__group-actions">
        <Button variant="quiet" onClick={onRemove}>
          {t('formulation.models.remove', { relationship: owner })}
        </Button>
      </div>
    </fieldset>
  );
}
