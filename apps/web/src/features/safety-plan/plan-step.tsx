import { useMutation } from '@tanstack/react-query';
import type { SafetyPlan, SafetyPlanContent, SafetyPlanSection } from '@securebase/contracts';
import { useId, useRef, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, NetworkError } from '../../api/client';
import { useDescribeError } from '../../lib/use-describe-error';
import { Button } from '../../ui/button';
import { ErrorNotice, Notice } from '../../ui/notice';
import { useFieldFocus } from '../formulation/use-field-focus';
import { draftOf, problemsOf, rowFieldOf, withSection, type SectionDraft } from './plan-draft';
import { StepEditor } from './step-editor';
import { StepView } from './step-view';

export interface PlanStepProps {
  section: SafetyPlanSection;
  /** 1–6 for the steps of the plan; null for the reasons for living. */
  number: number | null;
  /** The newest version known (it changes after a save, or a reload after a conflict). */
  plan: SafetyPlan;
  editable: boolean;
  headingLevel: 2 | 3;
  /** `card` on the client's page; `plain` inside the clinician's card. */
  frame: 'card' | 'plain';
  save: (content: SafetyPlanContent, baseVersion: number) => Promise<SafetyPlan>;
  onSaved: (plan: SafetyPlan) => void;
  /** Fetches the newest version after a conflict. */
  reload: () => Promise<unknown>;
}

interface Editing {
  /** The version the change started from. */
  base: SafetyPlan;
  draft: SectionDraft;
}

/**
 * One step of the plan, read or changed in place. A save sends the whole plan with this step
 * replaced, from the version the change started on; if someone saved in between (409), the
 * newest version is fetched and shown beside what was written, which stays in the inputs.
 */
export function PlanStep(props: PlanStepProps) {
  const { section, plan } = props;
  const { t } = useTranslation();
  const describe = useDescribeError();
  const id = useId();
  const title = t(`safetyPlan.sections.${section}.title`);
  const rootRef = useRef<HTMLElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusLater = useFieldFocus(rootRef);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [conflict, setConflict] = useState(false);
  const [savedVersion, setSavedVersion] = useState<number | null>(null);

  const mutation = useMutation({
    networkMode: 'always',
    mutationFn: (input: { content: SafetyPlanContent; baseVersion: number }) =>
      props.save(input.content, input.baseVersion),
    onSuccess: (next) => {
      props.onSaved(next);
      setEditing(null);
      setConflict(false);
      setSavedVersion(next.version);
      headingRef.current?.focus();
    },
    onError: async (error) => {
      if (error instanceof ApiError && error.status === 409) {
        // Fetch the newest version first, so the notice can say what changed.
        await props.reload();
        setConflict(true);
        return;
      }
      const field =
        error instanceof ApiError && editing
          ? rowFieldOf(error.field, section, editing.draft)
          : null;
      if (field) {
        setErrors({ [field]: error.message });
        focusLater(field.includes('.') ? field : `${field}.text`);
      }
    },
  });

  function start() {
    setEditing({ base: plan, draft: draftOf(plan.content, section) });
    setErrors({});
    setConflict(false);
    setSavedVersion(null);
    mutation.reset();
    focusLater(draftOf(plan.content, section).kind === 'lines' ? '0.text' : '0.name');
  }

  function stop() {
    setEditing(null);
    setConflict(false);
    mutation.reset();
    focusLater('change');
  }

  function submit(event: SubmitEvent) {
    event.preventDefault();
    if (!editing) return;
    const problems = problemsOf(editing.draft);
    const fields = Object.keys(problems);
    setErrors(
      Object.fromEntries(
        Object.entries(problems).map(([field, problem]) => [
          field,
          t(`safetyPlan.problems.${problem}`),
        ]),
      ),
    );
    const [first] = fields;
    if (first !== undefined) {
      rootRef.current?.querySelector<HTMLElement>(`[data-field="${first}"]`)?.focus();
      return;
    }
    // After a conflict, what was written goes on top of the newest version, on purpose.
    const from = conflict ? plan : editing.base;
    mutation.mutate({
      content: withSection(from.content, section, editing.draft),
      baseVersion: from.version,
    });
  }

  const Heading = props.headingLevel === 2 ? 'h2' : 'h3';
  const serverProblem =
    mutation.error && !conflict && Object.keys(errors).length === 0
      ? mutation.error instanceof NetworkError
        ? t('safetyPlan.noConnection')
        : describe(mutation.error)
      : null;
  const className = [
    'sb-plan-step',
    props.frame === 'card' ? 'sb-card sb-plan-step--card' : 'sb-plan-step--plain',
  ].join(' ');

  const changeButton =
    props.editable && !editing ? (
      <Button
        data-field="change"
        variant={props.frame === 'card' ? 'quiet' : 'secondary'}
        aria-label={t('safetyPlan.changeNamed', { section: title })}
        onClick={start}
      >
        {t('safetyPlan.change')}
      </Button>
    ) : null;
  // The client's page reads first and offers the change after; the clinician's card, in a wide
  // column, keeps the button beside the heading.
  const buttonInHeader = props.frame === 'plain';
  const theirsDiffer = editing !== null && !sameStep(editing.base.content, plan.content, section);

  return (
    <section ref={rootRef} className={className} aria-labelledby={`${id}-title`}>
      <div className="sb-plan-step__header">
        <Heading id={`${id}-title`} ref={headingRef} tabIndex={-1} className="sb-plan-step__title">
          {props.number !== null ? (
            <span className="sb-plan-step__number">
              {t('safetyPlan.step', { n: props.number })}
            </span>
          ) : null}
          {title}
        </Heading>
        {buttonInHeader ? changeButton : null}
      </div>
      <p className="sb-plan-step__hint">{t(`safetyPlan.sections.${section}.hint`)}</p>
      {editing ? (
        <form noValidate onSubmit={submit} className="sb-plan-step__form">
          {conflict ? (
            <Notice
              tone="attention"
              live="alert"
              title={t('safetyPlan.conflict.title', { who: plan.savedBy ?? '' })}
            >
              {theirsDiffer ? (
                <>
                  <p>{t('safetyPlan.conflict.body')}</p>
                  <div className="sb-plan-step__theirs">
                    <StepView content={plan.content} section={section} />
                  </div>
                </>
              ) : (
                <p>{t('safetyPlan.conflict.otherSteps')}</p>
              )}
            </Notice>
          ) : null}
          {serverProblem ? <ErrorNotice>{serverProblem}</ErrorNotice> : null}
          <StepEditor
            section={section}
            title={title}
            draft={editing.draft}
            onChange={(draft) => setEditing({ ...editing, draft })}
            errors={errors}
            focusLater={focusLater}
          />
          <div className="sb-form-actions sb-plan-step__actions">
            <Button type="submit" busy={mutation.isPending}>
              {theirsDiffer ? t('safetyPlan.conflict.keepMine') : t('safetyPlan.save')}
            </Button>
            <Button variant="secondary" onClick={stop}>
              {theirsDiffer ? t('safetyPlan.conflict.useTheirs') : t('safetyPlan.cancel')}
            </Button>
          </div>
        </form>
      ) : (
        <>
          <StepView content={plan.content} section={section} />
          {savedVersion !== null && savedVersion === plan.version ? (
            <Notice tone="success" live="status" className="sb-plan-step__saved">
              {t('safetyPlan.saved', { version: savedVersion })}
            </Notice>
          ) : null}
          {buttonInHeader ? null : <div className="sb-plan-step__change">{changeButton}</div>}
        </>
      )}
    </section>
  );
}

/**
 * Whether a step reads the same in two versions: after a conflict, a step nobody else changed
 * can simply be saved on top of the newest version.
 */
function sameStep(a: SafetyPlanContent, b: SafetyPlanContent, section: SafetyPlanSection) {
  return JSON.stringify(a[section]) === JSON.stringify(b[section]);
}
