import type { AnswerMap, QuestionnaireForm } from '@securebase/contracts';
import type { RefObject, SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDescribeError } from '../../lib/use-describe-error';
import { isApiError } from '../../api/client';
import { Button, ButtonLink } from '../../ui/button';
import { ErrorNotice, Notice } from '../../ui/notice';
import {
  firstUnanswered,
  isAnswered,
  itemFromField,
  progressOf,
  searchForStep,
  skippedItems,
  type Step,
} from '../assessments/answers';
import type { FormItem } from '../assessments/queries';
import { QuestionField } from '../assessments/question';
import { respondentGuide } from '../assessments/respondent-text';
import { KeepHyphenated } from '../../ui/keep-hyphenated';
import type { SaveStatus } from './use-draft-saver';

interface StepProps {
  form: QuestionnaireForm;
  items: readonly FormItem[];
  answers: AnswerMap;
  headingRef: RefObject<HTMLElement | null>;
}

/** A callback ref that also keeps the element as the step's heading. */
function keep(ref: RefObject<HTMLElement | null>) {
  return (element: HTMLElement | null) => {
    ref.current = element;
  };
}

/** Options shown as bare numbers: the scale's wording is then needed next to them. */
function hasNoOptionLabels(item: FormItem) {
  return item.options.every((option) => option.label === null);
}

function TakeABreak() {
  const { t } = useTranslation();
  return (
    <p className="sb-questionnaire__break">
      <Link to="/portal">{t('questionnaire.pauseBreak')}</Link>
    </p>
  );
}

function AboutQuestionnaire({ form }: { form: QuestionnaireForm }) {
  const { t } = useTranslation();
  return (
    <footer className="sb-questionnaire__about">
      <h2 className="sb-questionnaire__about-title">{t('questionnaire.citationTitle')}</h2>
      <p>{form.citation}</p>
      <p>{t('questionnaire.licence', { note: form.licenceNote })}</p>
    </footer>
  );
}

export function IntroStep({
  form,
  items,
  answers,
  headingRef,
  resume,
  onStart,
}: StepProps & { resume: Step; onStart: () => void }) {
  const { t } = useTranslation();
  const next = firstUnanswered(items, answers);
  const resuming = resume.kind !== 'intro' && next !== null;
  const guide = respondentGuide(form.instructions);
  const scale = items.some(hasNoOptionLabels) ? guide.scale : null;
  return (
    <>
      <h1 ref={keep(headingRef)} tabIndex={-1} className="sb-questionnaire__title">
        <KeepHyphenated text={form.name} />
      </h1>
      <p className="sb-questionnaire__lead">
        {t('questionnaire.introCount', { count: items.length })}
      </p>
      <section className="sb-questionnaire__intro">
        <h2>{t('questionnaire.introWhyTitle')}</h2>
        <p>{t('questionnaire.introWhy')}</p>
        <h2>{t('questionnaire.introWhoTitle')}</h2>
        <p>{t('questionnaire.introWho')}</p>
        <h2>{t('questionnaire.introPauseTitle')}</h2>
        <p>{t('questionnaire.introPause')}</p>
        {guide.stem || scale ? (
          <>
            <h2>{t('questionnaire.howToAnswer')}</h2>
            {guide.stem ? <p>{t('questionnaire.stemIntro', { stem: guide.stem })}</p> : null}
            {scale ? <p>{scale}</p> : null}
          </>
        ) : null}
      </section>
      <div className="sb-questionnaire__actions">
        <Button block onClick={onStart}>
          {resuming ? t('questionnaire.resume', { number: next + 1 }) : t('questionnaire.begin')}
        </Button>
      </div>
      <TakeABreak />
      <AboutQuestionnaire form={form} />
    </>
  );
}

export function PauseStep({
  form,
  headingRef,
  onContinue,
  onSkip,
  onBack,
}: StepProps & { onContinue: () => void; onSkip: () => void; onBack: () => void }) {
  const { t } = useTranslation();
  return (
    <>
      <p className="sb-questionnaire__name">
        <KeepHyphenated text={form.name} />
      </p>
      <section className="sb-questionnaire__pause">
        <h1 ref={keep(headingRef)} tabIndex={-1}>
          {t('questionnaire.pauseTitle')}
        </h1>
        <p>{t('questionnaire.pauseBody')}</p>
        <p className="sb-muted">{t('questionnaire.pauseWhy')}</p>
        <div className="sb-questionnaire__stack">
          <Button block onClick={onContinue}>
            {t('questionnaire.pauseContinue')}
          </Button>
          <Button block variant="secondary" onClick={onSkip}>
            {t('questionnaire.pauseSkip')}
          </Button>
          <ButtonLink block variant="quiet" to="/portal">
            {t('questionnaire.pauseBreak')}
          </ButtonLink>
        </div>
      </section>
      <div className="sb-questionnaire__nav">
        <Button variant="secondary" onClick={onBack}>
          {t('questionnaire.back')}
        </Button>
      </div>
    </>
  );
}

export function SaveState({ status }: { status: SaveStatus }) {
  const { t } = useTranslation();
  const text =
    status === 'saving'
      ? t('questionnaire.saving')
      : status === 'saved'
        ? t('questionnaire.saved')
        : status === 'retrying'
          ? t('questionnaire.saveRetrying')
          : status === 'stopped'
            ? t('questionnaire.saveStopped')
            : '';
  return (
    <p
      className={`sb-save-state${status === 'retrying' || status === 'stopped' ? ' sb-save-state--warn' : ''}`}
      role="status"
    >
      {text}
    </p>
  );
}

export function QuestionStep({
  form,
  items,
  answers,
  headingRef,
  index,
  saveStatus,
  fromReview,
  onAnswer,
  onNext,
  onBack,
  onReview,
}: StepProps & {
  index: number;
  saveStatus: SaveStatus;
  fromReview: boolean;
  onAnswer: (itemId: string, value: number | null) => void;
  onNext: () => void;
  onBack: () => void;
  onReview: () => void;
}) {
  const { t } = useTranslation();
  const item = items[index];
  if (!item) return null;
  const progress = progressOf(index, items, answers);
  const last = index === items.length - 1;
  const guide = respondentGuide(form.instructions);

  function submit(event: SubmitEvent) {
    event.preventDefault();
    if (fromReview) onReview();
    else onNext();
  }

  return (
    <form noValidate onSubmit={submit}>
      <div className="sb-questionnaire__top">
        <p className="sb-questionnaire__name">
          <KeepHyphenated text={form.name} />
        </p>
        <SaveState status={saveStatus} />
      </div>
      <label className="sb-progress">
        <span className="sb-visually-hidden">{t('questionnaire.progressLabel')}</span>
        <progress max={100} value={progress.percent}>
          {progress.percent}%
        </progress>
      </label>
      <QuestionField
        key={item.id}
        item={item}
        value={answers[item.id]}
        onChange={(value) => onAnswer(item.id, value)}
        onEnter={fromReview ? onReview : onNext}
        legendRef={keep(headingRef)}
        eyebrow={t('questionnaire.progress', { number: progress.number, total: progress.total })}
        stem={guide.stem ?? undefined}
        hint={hasNoOptionLabels(item) && guide.scale ? guide.scale : undefined}
      />
      <p className="sb-small">{t('questionnaire.blankAllowed')}</p>
      <div className="sb-questionnaire__nav">
        <Button variant="secondary" onClick={onBack}>
          {t('questionnaire.back')}
        </Button>
        {fromReview ? (
          <Button type="submit">{t('questionnaire.backToReview')}</Button>
        ) : (
          <Button type="submit">
            {last ? t('questionnaire.review') : t('questionnaire.next')}
          </Button>
        )}
      </div>
      <TakeABreak />
    </form>
  );
}

function answerText(item: FormItem, value: number | undefined): string | null {
  if (value === undefined) return null;
  const option = item.options.find((candidate) => candidate.value === value);
  return option?.label ? `${String(value)} · ${option.label}` : String(value);
}

export function ReviewStep({
  form,
  items,
  answers,
  headingRef,
  saveStatus,
  submitting,
  error,
  networkFailed,
  onBack,
  onSubmit,
}: StepProps & {
  saveStatus: SaveStatus;
  submitting: boolean;
  error: unknown;
  networkFailed: boolean;
  onBack: () => void;
  onSubmit: () => void;
}) {
  const { t } = useTranslation();
  const describe = useDescribeError();
  const skipped = skippedItems(items, answers);
  const badItem = isApiError(error, 400) ? itemFromField(error.field) : null;
  const alreadySent = isApiError(error, 409);
  return (
    <>
      <div className="sb-questionnaire__top">
        <p className="sb-questionnaire__name">
          <KeepHyphenated text={form.name} />
        </p>
        <SaveState status={saveStatus} />
      </div>
      <h1 ref={keep(headingRef)} tabIndex={-1}>
        {t('questionnaire.reviewTitle')}
      </h1>
      <p>{t('questionnaire.reviewIntro')}</p>
      {skipped.length > 0 ? (
        <Notice tone="info" title={t('questionnaire.skippedTitle', { count: skipped.length })}>
          <p>{t('questionnaire.skippedBody')}</p>
        </Notice>
      ) : null}
      <ol className="sb-review" aria-label={t('questionnaire.reviewCaption')}>
        {items.map((item, index) => {
          const text = answerText(item, answers[item.id]);
          const number = item.position;
          return (
            <li
              key={item.id}
              className={
                badItem === item.id ? 'sb-review__item sb-review__item--invalid' : 'sb-review__item'
              }
            >
              <span className="sb-review__question">
                <span className="sb-review__number">{number}.</span>{' '}
                {item.text ?? t('questionnaire.itemFallback', { number })}
              </span>
              <span className="sb-review__answer">
                {text ?? <em className="sb-review__blank">{t('questionnaire.notAnswered')}</em>}
              </span>
              {badItem === item.id && error instanceof Error ? (
                <span className="sb-field__error">{error.message}</span>
              ) : null}
              <Link
                className="sb-review__change"
                to={{
                  search: `?${new URLSearchParams({
                    ...searchForStep({ kind: 'question', index }),
                    from: 'review',
                  }).toString()}`,
                }}
                aria-label={
                  isAnswered(answers, item.id)
                    ? t('questionnaire.changeNamed', { number })
                    : t('questionnaire.answerNamed', { number })
                }
              >
                {isAnswered(answers, item.id)
                  ? t('questionnaire.change')
                  : t('questionnaire.answer')}
              </Link>
            </li>
          );
        })}
      </ol>
      {alreadySent ? (
        <Notice tone="success" live="status">
          <p>{t('questionnaire.alreadySent')}</p>
          <ButtonLink to="/portal" variant="secondary">
            {t('questionnaire.backHome')}
          </ButtonLink>
        </Notice>
      ) : error ? (
        <ErrorNotice>
          {networkFailed ? t('questionnaire.submitNetwork') : describe(error)}
        </ErrorNotice>
      ) : null}
      <div className="sb-questionnaire__nav">
        <Button variant="secondary" onClick={onBack}>
          {t('questionnaire.back')}
        </Button>
        {alreadySent ? null : (
          <Button busy={submitting} onClick={onSubmit}>
            {submitting
              ? t('questionnaire.submitting')
              : networkFailed
                ? t('questionnaire.retrySubmit')
                : t('questionnaire.submit')}
          </Button>
        )}
      </div>
      <TakeABreak />
      <AboutQuestionnaire form={form} />
    </>
  );
}
