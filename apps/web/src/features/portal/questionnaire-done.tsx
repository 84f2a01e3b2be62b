import type { QuestionnaireForm, SubmitResult } from '@securebase/contracts';
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../ui/button';
import { Card } from '../../ui/card';
import { CrisisResourcesBody } from '../safety/crisis-resources';

/**
 * After sending: thanks, and when a risk answer was given, the crisis resources at once (the
 * first thing focused) with a plain word that the clinician has been told.
 */
export function QuestionnaireDone({
  form,
  result,
  headingRef,
}: {
  form: QuestionnaireForm;
  result: SubmitResult;
  headingRef: RefObject<HTMLElement | null>;
}) {
  const { t } = useTranslation();
  const keep = (element: HTMLElement | null) => {
    headingRef.current = element;
  };
  return (
    <div className="sb-questionnaire">
      <h1 ref={result.crisis ? undefined : keep} tabIndex={-1}>
        {t('questionnaire.doneTitle')}
      </h1>
      <p className="sb-questionnaire__lead">{t('questionnaire.doneBody')}</p>
      {result.crisis ? (
        <section className="sb-card sb-card--danger sb-crisis" aria-labelledby="sb-crisis-now">
          <h2
            id="sb-crisis-now"
            className="sb-card__title sb-crisis-now__title"
            ref={keep}
            tabIndex={-1}
          >
            {t('questionnaire.crisisTitle')}
          </h2>
          <CrisisResourcesBody resources={result.crisis} />
          <p className="sb-crisis__told">{t('questionnaire.clinicianTold')}</p>
        </section>
      ) : null}
      <Card tone="muted">
        <p>{form.name}</p>
        {result.status === 'incomplete' ? <p>{t('questionnaire.doneIncomplete')}</p> : null}
        <ButtonLink to="/portal" block variant={result.crisis ? 'secondary' : 'primary'}>
          {t('questionnaire.closeHome')}
        </ButtonLink>
      </Card>
    </div>
  );
}
