import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AnswerMap, QuestionnaireForm, SubmitResult } from '@securebase/contracts';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { isApiError, NetworkError } from '../../api/client';
import { usePageTitle } from '../../lib/use-page-title';
import { Badge } from '../../ui/badge';
import { ButtonLink } from '../../ui/button';
import { LoadError } from '../../ui/load-error';
import { Notice } from '../../ui/notice';
import { PageHeader } from '../../ui/page-header';
import { Spinner } from '../../ui/spinner';
import {
  nextStep,
  previousStep,
  resumeStep,
  searchForStep,
  stepFromSearch,
  withAnswer,
  type Step,
} from '../assessments/answers';
import { formQuery, submitAnswers } from '../assessments/queries';
import {
  afterAttempt,
  keyForAttempt,
  newIdempotencyKey,
  type PendingSubmit,
} from '../assessments/submit-key';
import { QuestionnaireDone } from './questionnaire-done';
import { IntroStep, PauseStep, QuestionStep, ReviewStep } from './questionnaire-steps';
import { useDraftSaver } from './use-draft-saver';
import './questionnaire.css';

export function QuestionnairePage() {
  const { t } = useTranslation();
  const { assignmentId = '' } = useParams();
  const form = useQuery(formQuery(assignmentId));
  usePageTitle(form.data?.name ?? t('questionnaire.loading'));

  if (form.isPending) return <Spinner label={t('questionnaire.loading')} />;
  if (form.error) {
    if (isApiError(form.error, 404) || isApiError(form.error, 400)) {
      return (
        <>
          <PageHeader
            title={t('questionnaire.notFoundTitle')}
            description={t('questionnaire.notFoundBody')}
          />
          <ButtonLink to="/portal" variant="secondary">
            {t('questionnaire.backHome')}
          </ButtonLink>
        </>
      );
    }
    return <LoadError error={form.error} onRetry={() => void form.refetch()} />;
  }
  return <QuestionnaireFlow form={form.data} />;
}

/** Submits with an Idempotency-Key made once per attempt and reused on a retry. */
function useSubmit(assignmentId: string, onDone: (result: SubmitResult) => void) {
  const client = useQueryClient();
  const pending = useRef<PendingSubmit | null>(null);
  return useMutation({
    mutationFn: async (answers: AnswerMap) => {
      const attempt = keyForAttempt(pending.current, answers, newIdempotencyKey);
      pending.current = attempt;
      try {
        const result = await submitAnswers(assignmentId, answers, attempt.key);
        pending.current = afterAttempt(attempt, { kind: 'ok' });
        return result;
      } catch (error) {
        pending.current = afterAttempt(
          attempt,
          isApiError(error) ? { kind: 'http', status: error.status } : { kind: 'network' },
        );
        throw error;
      }
    },
    onSuccess: async (result) => {
      onDone(result);
      client.removeQueries({ queryKey: ['form', assignmentId] });
      await client.invalidateQueries({ queryKey: ['portal'] });
    },
  });
}

function QuestionnaireFlow({ form }: { form: QuestionnaireForm }) {
  const { t } = useTranslation();
  const items = useMemo(
    () => [...form.items].sort((a, b) => a.position - b.position),
    [form.items],
  );
  const [answers, setAnswers] = useState<AnswerMap>(form.draft);
  const [resume] = useState<Step>(() => resumeStep(items, form.draft));
  const [done, setDone] = useState<SubmitResult | null>(null);
  const [search, setSearch] = useSearchParams();
  const saver = useDraftSaver(form.assignmentId);
  const submit = useSubmit(form.assignmentId, (result) => {
    saver.stop();
    setDone(result);
  });
  const step = stepFromSearch(search, items.length) ?? resume;
  const fromReview = search.get('from') === 'review';
  const stepKey = JSON.stringify(step);

  // Each new step starts at its heading, so keyboard and screen reader users begin there.
  const headingRef = useRef<HTMLElement | null>(null);
  const topRef = useRef<HTMLDivElement>(null);
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    // Focus without the browser scrolling the heading to the very top: the progress and the
    // name of the questionnaire above it stay in view.
    headingRef.current?.focus({ preventScroll: true });
    topRef.current?.scrollIntoView({ block: 'start' });
  }, [stepKey, done]);

  function go(next: Step) {
    setSearch(searchForStep(next));
  }

  function answer(itemId: string, value: number | null) {
    const next = withAnswer(answers, itemId, value);
    setAnswers(next);
    saver.schedule(next);
  }

  if (done) {
    return (
      <div ref={topRef}>
        <QuestionnaireDone form={form} result={done} headingRef={headingRef} />
      </div>
    );
  }
  if (form.status !== 'open') {
    return (
      <>
        <PageHeader title={form.name} />
        <Notice tone="success">{t('questionnaire.alreadySent')}</Notice>
        <ButtonLink to="/portal" variant="secondary">
          {t('questionnaire.backHome')}
        </ButtonLink>
      </>
    );
  }

  const common = { form, items, answers, headingRef };
  return (
    <div className="sb-questionnaire" ref={topRef}>
      {form.placeholderText ? (
        <p className="sb-questionnaire__placeholder">
          <Badge tone="attention">{t('questionnaire.placeholder')}</Badge>{' '}
          <span className="sb-small">{t('questionnaire.placeholderHint')}</span>
        </p>
      ) : null}
      {step.kind === 'intro' ? (
        <IntroStep {...common} resume={resume} onStart={() => go(nextStep(step, items, answers))} />
      ) : null}
      {step.kind === 'pause' ? (
        <PauseStep
          {...common}
          onContinue={() => go({ kind: 'question', index: step.index })}
          onSkip={() => go(nextStep(step, items, answers))}
          onBack={() => go(previousStep(step, items))}
        />
      ) : null}
      {step.kind === 'question' ? (
        <QuestionStep
          {...common}
          index={step.index}
          saveStatus={saver.status}
          fromReview={fromReview}
          onAnswer={answer}
          onNext={() => go(nextStep(step, items, answers))}
          onBack={() => go(previousStep(step, items))}
          onReview={() => go({ kind: 'review' })}
        />
      ) : null}
      {step.kind === 'review' ? (
        <ReviewStep
          {...common}
          saveStatus={saver.status}
          submitting={submit.isPending}
          error={submit.error}
          networkFailed={submit.error instanceof NetworkError}
          onBack={() => go(previousStep(step, items))}
          onSubmit={() => submit.mutate(answers)}
        />
      ) : null}
    </div>
  );
}
