import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format';
import { useDescribeError } from '../../lib/use-describe-error';
import { Badge } from '../../ui/badge';
import { Button } from '../../ui/button';
import { ErrorNotice } from '../../ui/notice';
import { caseSharedTextsQuery, shareText } from '../shared-texts/queries';
import { shareStatus } from './share-status';

export interface ShareSummaryProps {
  caseId: string;
  memberId: string;
  memberName: string;
  /** The client summary of the saved version: only what is saved can be shared. */
  savedSummary: string;
  dirty: boolean;
}

/** Whether the client has the saved summary, and the button that gives it to them. */
export function ShareSummary({
  caseId,
  memberId,
  memberName,
  savedSummary,
  dirty,
}: ShareSummaryProps) {
  const { t, i18n } = useTranslation();
  const describe = useDescribeError();
  const client = useQueryClient();
  const shared = useQuery(caseSharedTextsQuery(caseId));
  const share = useMutation({
    mutationFn: () => shareText(caseId, memberId, 'formulation_summary'),
    onSuccess: () => client.invalidateQueries({ queryKey: caseSharedTextsQuery(caseId).queryKey }),
  });
  const status = shareStatus(shared.data?.texts ?? [], memberId, savedSummary);
  const when = (iso: string) => formatDateTime(iso, i18n.language);
  return (
    <div
      className="sb-formulation__share"
      role="group"
      aria-label={t('formulation.clientSummary.shareGroup')}
    >
      <p className="sb-formulation__lead" aria-live="polite">
        {status.kind === 'current' ? (
          <Badge tone="success">
            {t('formulation.clientSummary.sharedCurrent', {
              name: memberName,
              when: when(status.sharedAt),
              who: status.sharedBy,
            })}
          </Badge>
        ) : status.kind === 'older' ? (
          <Badge tone="attention">
            {t('formulation.clientSummary.sharedOlder', {
              name: memberName,
              when: when(status.sharedAt),
            })}
          </Badge>
        ) : (
          <Badge>{t('formulation.clientSummary.notShared')}</Badge>
        )}
      </p>
      {status.kind === 'never' || status.kind === 'older' ? (
        <p>
          <Button
            type="button"
            variant="secondary"
            busy={share.isPending}
            onClick={() => share.mutate()}
          >
            {t('formulation.clientSummary.share', { name: memberName })}
          </Button>
        </p>
      ) : null}
      {dirty ? <p className="sb-small">{t('formulation.clientSummary.savedOnly')}</p> : null}
      {share.error ? <ErrorNotice>{describe(share.error)}</ErrorNotice> : null}
      {shared.error ? <ErrorNotice>{describe(shared.error)}</ErrorNotice> : null}
    </div>
  );
}
