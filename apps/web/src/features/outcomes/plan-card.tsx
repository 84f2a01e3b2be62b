import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  GOAL_STATUSES,
  type CaseSummary,
  type TreatmentGoal,
  type TreatmentPlan,
} from '@securebase/contracts';
import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { formatDate } from '../../lib/format';
import { useDescribeError } from '../../lib/use-describe-error';
import { Badge } from '../../ui/badge';
import { Button } from '../../ui/button';
import { Card } from '../../ui/card';
import { SelectField, TextAreaField, TextField } from '../../ui/field';
import { ErrorNotice, Notice } from '../../ui/notice';
import { LoadError } from '../../ui/load-error';
import { Spinner } from '../../ui/spinner';
import { catalogueQuery } from '../assessments/queries';
import { formatScore } from '../assessments/chart-scale';
import { planQuery, savePlan } from './queries';

const newId = () => `g${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** The treatment plan: goals, how each is measured and its target, and the review date. */
export function PlanCard({ summary }: { summary: CaseSummary }) {
  const { t } = useTranslation();
  const plan = useQuery(planQuery(summary.id));
  const [editing, setEditing] = useState(false);
  return (
    <Card title={t('outcomes.plan.title')}>
      {plan.isPending ? <Spinner label={t('app.loading')} /> : null}
      {plan.error ? <LoadError error={plan.error} onRetry={() => void plan.refetch()} /> : null}
      {plan.data && !editing ? (
        <PlanView plan={plan.data} summary={summary} onEdit={() => setEditing(true)} />
      ) : null}
      {plan.data && editing ? (
        <PlanEditor plan={plan.data} summary={summary} onDone={() => setEditing(false)} />
      ) : null}
    </Card>
  );
}

function PlanView(props: { plan: TreatmentPlan; summary: CaseSummary; onEdit: () => void }) {
  const { plan, summary } = props;
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const whose = (goal: TreatmentGoal) =>
    summary.members.find((m) => m.id === goal.memberId)?.displayName ?? t('outcomes.plan.together');
  return (
    <>
      {plan.content.goals.length === 0 ? (
        <p className="sb-outcomes__none">{t('outcomes.plan.none')}</p>
      ) : (
        <ol className="sb-outcomes__goals">
          {plan.content.goals.map((goal) => (
            <li key={goal.id}>
              <p>
                <strong>{goal.text}</strong>{' '}
                <Badge tone={goal.status === 'met' ? 'success' : 'neutral'}>
                  {t(`outcomes.plan.statuses.${goal.status}`)}
                </Badge>
              </p>
              <p className="sb-small">{whose(goal)}</p>
              <ul>
                {plan.progress
                  .filter((p) => p.goalId === goal.id)
                  .map((p) => (
                    <li key={`${p.instrumentId}-${p.scoreLabel}`}>
                      {t('outcomes.plan.progress', {
                        measure: p.scoreLabel,
                        target: formatScore(p.target, locale),
                        direction: t(`outcomes.plan.toward.${p.direction}`),
                      })}{' '}
                      {p.latest ? (
                        <>
                          {t('outcomes.plan.latest', {
                            first: p.first ? formatScore(p.first.value, locale) : '',
                            latest: formatScore(p.latest.value, locale),
                            date: formatDate(p.latest.at, locale),
                          })}{' '}
                          <Badge tone={p.reached ? 'success' : 'neutral'}>
                            {p.reached ? t('outcomes.plan.reached') : t('outcomes.plan.notYet')}
                          </Badge>
                        </>
                      ) : (
                        t('outcomes.plan.noScores')
                      )}
                    </li>
                  ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
      <p>
        {plan.content.reviewOn
          ? t('outcomes.plan.reviewOn', {
              date: formatDate(`${plan.content.reviewOn}T12:00:00Z`, locale),
            })
          : t('outcomes.plan.noReview')}{' '}
        {plan.reviewDue ? <Badge tone="attention">{t('outcomes.plan.reviewDue')}</Badge> : null}
      </p>
      {plan.savedAt ? (
        <p className="sb-small">
          {t('outcomes.plan.saved', {
            version: plan.version,
            who: plan.savedBy ?? '',
            date: formatDate(plan.savedAt, locale),
          })}
        </p>
      ) : null}
      <Button variant="secondary" onClick={props.onEdit}>
        {plan.version === 0 ? t('outcomes.plan.start') : t('outcomes.plan.edit')}
      </Button>
    </>
  );
}

function PlanEditor(props: { plan: TreatmentPlan; summary: CaseSummary; onDone: () => void }) {
  const { plan, summary } = props;
  const { t } = useTranslation();
  const describe = useDescribeError();
  const client = useQueryClient();
  const catalogue = useQuery(catalogueQuery);
  const ready = (catalogue.data?.instruments ?? []).filter((i) => i.availability === 'ready');
  const [goals, setGoals] = useState<TreatmentGoal[]>(plan.content.goals);
  const [reviewOn, setReviewOn] = useState(plan.content.reviewOn ?? '');
  const mutation = useMutation({
    mutationFn: () =>
      savePlan(summary.id, {
        baseVersion: plan.version,
        content: { goals, ...(reviewOn ? { reviewOn } : {}) },
      }),
    onSuccess: (next) => {
      client.setQueryData(planQuery(summary.id).queryKey, next);
      props.onDone();
    },
  });
  const conflict = mutation.error instanceof ApiError && mutation.error.status === 409;
  const update = (i: number, patch: Partial<TreatmentGoal>) =>
    setGoals((list) => list.map((g, j) => (j === i ? { ...g, ...patch } : g)));

  function submit(event: SubmitEvent) {
    event.preventDefault();
    mutation.mutate();
  }

  return (
    <form noValidate onSubmit={submit} className="sb-outcomes__form">
      {goals.map((goal, i) => {
        const measure = goal.measures[0];
        const instrument = ready.find((r) => r.id === measure?.instrumentId);
        const label = t('outcomes.plan.goalN', { n: i + 1 });
        return (
          <fieldset key={goal.id} className="sb-outcomes__goal">
            <legend className="sb-field__label">{label}</legend>
            <TextAreaField
              label={t('outcomes.plan.goalText')}
              rows={2}
              maxLength={1000}
              value={goal.text}
              onChange={(event) => update(i, { text: event.target.value })}
            />
            <div className="sb-outcomes__row">
              <SelectField
                label={t('outcomes.plan.whose')}
                value={goal.memberId ?? ''}
                onChange={(event) => {
                  const memberId = event.target.value;
                  setGoals((list) =>
                    list.map((g, j) => {
                      if (j !== i) return g;
                      const rest = {
                        id: g.id,
                        text: g.text,
                        status: g.status,
                        measures: g.measures,
                      };
                      return memberId ? { ...rest, memberId } : rest;
                    }),
                  );
                }}
                options={[
                  ...summary.members.map((m) => ({ value: m.id, label: m.displayName })),
                  ...(summary.members.length > 1
                    ? [{ value: '', label: t('outcomes.plan.together') }]
                    : []),
                ]}
              />
              <SelectField
                label={t('outcomes.plan.status')}
                value={goal.status}
                onChange={(event) =>
                  update(i, { status: event.target.value as TreatmentGoal['status'] })
                }
                options={GOAL_STATUSES.map((s) => ({
                  value: s,
                  label: t(`outcomes.plan.statuses.${s}`),
                }))}
              />
            </div>
            <div className="sb-outcomes__row">
              <SelectField
                label={t('outcomes.plan.measure')}
                value={measure?.instrumentId ?? ''}
                onChange={(event) => {
                  const instrumentId = event.target.value;
                  const chosen = ready.find((r) => r.id === instrumentId);
                  update(i, {
                    measures: instrumentId
                      ? [
                          {
                            instrumentId,
                            scoreName: chosen?.scoreNames[0] ?? 'total',
                            target: measure?.target ?? 0,
                          },
                        ]
                      : [],
                  });
                }}
                options={[
                  { value: '', label: t('outcomes.plan.noMeasure') },
                  ...ready.map((r) => ({ value: r.id, label: r.name })),
                ]}
              />
              {measure ? (
                <>
                  <SelectField
                    label={t('outcomes.plan.score')}
                    value={measure.scoreName}
                    onChange={(event) =>
                      update(i, { measures: [{ ...measure, scoreName: event.target.value }] })
                    }
                    options={(instrument?.scoreNames ?? [measure.scoreName]).map((s) => ({
                      value: s,
                      label: s,
                    }))}
                  />
                  <TextField
                    type="number"
                    label={t('outcomes.plan.target')}
                    value={String(measure.target)}
                    onChange={(event) =>
                      update(i, { measures: [{ ...measure, target: Number(event.target.value) }] })
                    }
                  />
                </>
              ) : null}
            </div>
            <Button
              variant="secondary"
              onClick={() => setGoals((list) => list.filter((_, j) => j !== i))}
            >
              {t('outcomes.plan.remove', { n: i + 1 })}
            </Button>
          </fieldset>
        );
      })}
      <Button
        variant="secondary"
        onClick={() =>
          setGoals((list) => [
            ...list,
            {
              id: newId(),
              text: '',
              status: 'active',
              measures: [],
              ...(summary.members[0] ? { memberId: summary.members[0].id } : {}),
            },
          ])
        }
      >
        {t('outcomes.plan.add')}
      </Button>
      <TextField
        type="date"
        label={t('outcomes.plan.review')}
        value={reviewOn}
        onChange={(event) => setReviewOn(event.target.value)}
      />
      {conflict ? (
        <Notice tone="attention" live="alert">
          {t('outcomes.plan.conflict')}
        </Notice>
      ) : mutation.error ? (
        <ErrorNotice>{describe(mutation.error)}</ErrorNotice>
      ) : null}
      <div className="sb-outcomes__row">
        <Button type="submit" busy={mutation.isPending}>
          {t('outcomes.plan.save')}
        </Button>
        <Button variant="secondary" onClick={props.onDone}>
          {t('outcomes.plan.cancel')}
        </Button>
      </div>
    </form>
  );
}
