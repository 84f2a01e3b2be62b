import { useTranslation } from 'react-i18next';
import type { FormProblem, FormulationForm } from './form-state';
import { describePath } from './save-state';

/** The words for a problem: beside its field, and in the summary (which says where it is). */
export function useProblemText(form: FormulationForm) {
  const { t } = useTranslation();

  function where(path: string | null): string | null {
    if (!path) return null;
    const place = describePath(path);
    if (place.section === 'episodes' && place.index !== null) {
      return t('formulation.errors.whereEpisode', { n: place.index + 1 });
    }
    if (place.section === 'workingModels' && place.index !== null) {
      const model = form.workingModels[place.index];
      return model
        ? t('formulation.models.legend', {
            relationship: t(`formulation.relationships.${model.relationship}`),
          })
        : null;
    }
    if (place.section === 'clientSummary') return t('formulation.clientSummary.label');
    if (place.section === 'note') return t('formulation.save.note');
    return null;
  }

  return {
    field: (problem: FormProblem) => t(`formulation.errors.${problem.kind}`),
    summary: (problem: FormProblem) =>
      t('formulation.errors.at', {
        where: where(problem.path) ?? '',
        message: t(`formulation.errors.${problem.kind}`),
      }),
    server: (message: string, path: string | null) => {
      const place = where(path);
      return place ? t('formulation.errors.at', { where: place, message }) : message;
    },
  };
}
