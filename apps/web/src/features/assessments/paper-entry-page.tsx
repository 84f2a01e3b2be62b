import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AnswerMap, Assignment, QuestionnaireForm } from '@securebase/contracts';
import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { isApiError } from '../../api/client';
import { useDescribeError } from '../../lib/use-describe-error';
import { usePageTitle } from '../../lib/use-page-title';
import { Button, ButtonLink } from '../../ui/button';
import { LoadError } from '../../ui/load-error';
import { ErrorNotice, Notice } from '../../ui/notice';
import { PageHeader } from '../../ui/page-header';
import { Spinner } from '../../ui/spinner';
import { ALERTS_KEY } from '../safety/queries';
import { isAnswered, itemFromField, withAnswer } from './answers';
import { assignmentsKey, assignmentsQuery, enterPaper, formQuery, resultsKey } from './queries';
import { QuestionField } from './question';
import './measures.css';

/** A clinician types in a paper form for an open assignment: every item on one page. */
export function PaperEntryPage() {
  const { t } = useTranslation();
  const { id = '', assignmentId = '' } = useParams();
  const list = useQuery(assignmentsQuery(id));
  const assignment = list.data?.assignments.find((a) => a.id === assignmentId);
  usePageTitle(t('paper.title'));
  const back = `/cases/${encodeURIComponent(id)}?tab=measures`;

  if (list.isPending) return <Spinner label={t('app.loading')} />;
  if (list.error) return <LoadError error={list.error} onRetry={() => void list.refetch()} />;
  if (!assignment || assignment.status !== 'open') {
    return (
      <>
        <PageHeader title={t('paper.title')} />
        <Notice tone="info">{t('paper.notOpen')}</Notice>
        <ButtonLink to={back} variant="secondary">
          {t('result.back')}
        </ButtonLink>
      </>
    );
  }
  return <PaperFormLoader caseId={id} assignment={assignment} back={back} />;
}

/** The form as the server gives it: shipped or installed wording, or a practice's own measure. */
function PaperFormLoader(props: { caseId: string; assignment: Assignment; back: string }) {
  const { t } = useTranslation();
  const form = useQuery(formQuery(props.assignment.id));
  if (form.isPending) return <Spinner label={t('app.loading')} />;
  if (form.error) return <LoadError error={form.error} onRetry={() => void form.refetch()} />;
  return <PaperForm {...props} form={form.data} />;
}

function PaperForm({
  caseId,
  assignment,
  back,
  form,
}: {
  caseId: string;
  assignment: Assignment;
  back: string;
  form: QuestionnaireForm;
}) {
  const { t } = useTranslation();
  const describe = useDescribeError();
  const navigate = useNavigate();
  const client = useQueryClient();
  const items = form.items;
  const [answers, setAnswers] = useState<AnswerMap>({});
  const save = useMutation({
    mutationFn: () => enterPaper(assignment.id, answers),
    onSuccess: async (result) => {
      await Promise.all([
        client.invalidateQueries({ queryKey: assignmentsKey(caseId) }),
        client.invalidateQueries({ queryKey: resultsKey(caseId) }),
        client.invalidateQueries({ queryKey: ALERTS_KEY }),
      ]);
      await navigate(
        `/cases/${encodeURIComponent(caseId)}/results/${encodeURIComponent(result.responseId)}`,
      );
    },
  });

  const badItem = isApiError(save.error, 400) ? itemFromField(save.error.field) : null;
  const answered = items.filter((item) => isAnswered(answers, item.id)).length;

  function submit(event: SubmitEvent) {
    event.preventDefault();
    save.mutate();
  }

  return (
    <>
      <p className="sb-back">
        <Link to={back}>{t('result.back')}</Link>
      </p>
      <PageHeader
        title={t('paper.title')}
        description={t('paper.description', {
          instrument: assignment.instrumentName,
          name: assignment.memberName,
        })}
      />
      {items.every((item) => item.text) ? null : <p className="sb-small">{t('paper.noText')}</p>}
      <p className="sb-small">{form.instructions}</p>
      <form noValidate onSubmit={submit} className="sb-paper-form">
        {save.error && !badItem ? <ErrorNotice>{describe(save.error)}</ErrorNotice> : null}
        {items.map((item) => (
          <QuestionField
            key={item.id}
            item={item}
            layout="compact"
            showRisk
            value={answers[item.id]}
            onChange={(value) => setAnswers((current) => withAnswer(current, item.id, value))}
            error={badItem === item.id && save.error ? save.error.message : null}
            eyebrow={item.text ? t('result.itemNumber', { number: item.position }) : undefined}
            after={
              isAnswered(answers, item.id) ? (
                <Button
                  variant="quiet"
                  aria-label={t('paper.clearNamed', { number: item.position })}
                  onClick={() => setAnswers((current) => withAnswer(current, item.id, null))}
                >
                  {t('paper.clear')}
                </Button>
              ) : null
            }
          />
        ))}
        <div className="sb-paper-progress">
          <span role="status">{t('paper.answered', { answered, total: items.length })}</span>
          <span className="sb-form-actions">
            <ButtonLink to={back} variant="secondary">
              {t('paper.cancel')}
            </ButtonLink>
            <Button type="submit" busy={save.isPending}>
              {t('paper.save')}
            </Button>
          </span>
        </div>
      </form>
    </>
  );
}
