import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ResponseResult } from '@securebase/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../api/client';
import { formatDate, formatDateTime } from '../../lib/format';
import { useDescribeError } from '../../lib/use-describe-error';
import { usePageTitle } from '../../lib/use-page-title';
import { Badge } from '../../ui/badge';
import { Button, ButtonLink } from '../../ui/button';
import { Card } from '../../ui/card';
import { ConfirmDialog } from '../../ui/dialog';
import { LoadError } from '../../ui/load-error';
import { ErrorNotice, Notice } from '../../ui/notice';
import { PageHeader } from '../../ui/page-header';
import { Spinner } from '../../ui/spinner';
import { ChangeTable, ItemsTable, ScoresTable } from './result-tables';
import { itemInfo } from './instrument-info';
import { resultsKey, resultsQuery, responseQuery, shareResponse } from './queries';
import { MeasureChart } from './results-section';
import { KeepHyphenated } from '../../ui/keep-hyphenated';
import './measures.css';

export function ResultPage() {
  const { t } = useTranslation();
  const { id = '', responseId = '' } = useParams();
  const result = useQuery(responseQuery(responseId));
  usePageTitle(result.data?.instrumentName ?? t('result.scoresTitle'));
  const back = `/cases/${encodeURIComponent(id)}?tab=measures`;

  if (result.isPending) return <Spinner label={t('app.loading')} />;
  if (result.error) {
    if (isApiError(result.error, 404) || isApiError(result.error, 400)) {
      return (
        <>
          <PageHeader title={t('result.notFoundTitle')} description={t('result.notFoundBody')} />
          <ButtonLink to={back} variant="secondary">
            {t('result.back')}
          </ButtonLink>
        </>
      );
    }
    return (
      <>
        <p className="sb-back">
          <Link to={back}>{t('result.back')}</Link>
        </p>
        <LoadError error={result.error} onRetry={() => void result.refetch()} />
      </>
    );
  }
  return <ResultView result={result.data} back={back} />;
}

function ResultView({ result, back }: { result: ResponseResult; back: string }) {
  const { t, i18n } = useTranslation();
  const risk = result.items.filter((item) => result.riskItems.includes(item.itemId));
  return (
    <>
      <p className="sb-back">
        <Link to={back}>{t('result.back')}</Link>
      </p>
      <PageHeader
        title={<KeepHyphenated text={result.instrumentName} />}
        eyebrow={
          <span className="sb-case-badges">
            <span>{result.memberName}</span>
            <span>
              {t('result.submitted', {
                date: formatDateTime(result.submittedAt, i18n.language),
              })}
            </span>
            <Badge tone={result.status === 'complete' ? 'success' : 'attention'}>
              {t(`result.status.${result.status}`)}
            </Badge>
            {result.entryMode === 'paper' ? (
              <Badge tone="neutral">{t('result.paper')}</Badge>
            ) : null}
          </span>
        }
        actions={<ShareControl result={result} />}
      />
      {risk.length > 0 ? (
        <Notice tone="danger" title={t('result.riskTitle')}>
          {risk.map((item) => {
            const rule = itemInfo(result.instrumentId, item.itemId)?.riskRule;
            return (
              <p key={item.itemId}>
                {t('result.riskBody', {
                  number: item.position,
                  answer: item.answer === null ? '—' : String(item.answer),
                })}
                {rule ? ` ${rule}` : null}
              </p>
            );
          })}
        </Notice>
      ) : null}
      <Card title={t('result.scoresTitle')}>
        <ScoresTable result={result} />
      </Card>
      <HistoryCard result={result} />
      <Card title={t('result.changeTitle')}>
        <ChangeTable result={result} />
      </Card>
      <Card title={t('result.itemsTitle')}>
        <ItemsTable result={result} />
      </Card>
      <Card title={t('result.interpretationTitle')} tone="muted">
        <p>{result.interpretation}</p>
        <h3 className="sb-cite-title">{t('result.citationTitle')}</h3>
        <p className="sb-cite">{result.citation}</p>
      </Card>
    </>
  );
}

/** This measure over time for the same person, with this result marked. */
function HistoryCard({ result }: { result: ResponseResult }) {
  const { t } = useTranslation();
  const history = useQuery(resultsQuery(result.caseId));
  const measure = history.data?.measures.find(
    (candidate) =>
      candidate.instrumentId === result.instrumentId &&
      candidate.points.some((point) => point.responseId === result.responseId),
  );
  if (history.error) {
    return (
      <Card title={t('result.historyTitle')}>
        <LoadError error={history.error} onRetry={() => void history.refetch()} />
      </Card>
    );
  }
  if (!measure) return null;
  return (
    <Card title={t('result.historyTitle')}>
      <MeasureChart caseId={result.caseId} measure={measure} currentId={result.responseId} />
    </Card>
  );
}

function ShareControl({ result }: { result: ResponseResult }) {
  const { t, i18n } = useTranslation();
  const describe = useDescribeError();
  const client = useQueryClient();
  const [asking, setAsking] = useState(false);
  const share = useMutation({
    mutationFn: () => shareResponse(result.responseId),
    onSuccess: async (updated) => {
      client.setQueryData(responseQuery(result.responseId).queryKey, updated);
      setAsking(false);
      await client.invalidateQueries({ queryKey: resultsKey(result.caseId) });
    },
  });
  if (result.sharedAt) {
    return (
      <p className="sb-muted" role="status">
        {share.isSuccess
          ? t('result.shared', { name: result.memberName })
          : t('result.sharedOn', { date: formatDate(result.sharedAt, i18n.language) })}
      </p>
    );
  }
  return (
    <>
      <Button variant="secondary" onClick={() => setAsking(true)}>
        {t('result.share')}
      </Button>
      <ConfirmDialog
        open={asking}
        title={t('result.shareTitle', { name: result.memberName })}
        confirmLabel={t('result.shareConfirm')}
        cancelLabel={t('result.cancel')}
        busy={share.isPending}
        onConfirm={() => share.mutate()}
        onCancel={() => setAsking(false)}
      >
        <p>{t('result.shareBody', { name: result.memberName })}</p>
        {share.error ? <ErrorNotice>{describe(share.error)}</ErrorNotice> : null}
      </ConfirmDialog>
    </>
  );
}
