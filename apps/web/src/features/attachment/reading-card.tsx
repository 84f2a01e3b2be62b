import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { MemberAttachment } from '@securebase/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format';
import { useDescribeError } from '../../lib/use-describe-error';
import { Button } from '../../ui/button';
import { ErrorNotice, Notice } from '../../ui/notice';
import { caseSharedTextsQuery, shareText } from '../shared-texts/queries';

/** The reading in words: the clinician's with references, the client's in plain words, and PDFs. */
export function ReadingCard({ caseId, member }: { caseId: string; member: MemberAttachment }) {
  const { t, i18n } = useTranslation();
  const describe = useDescribeError();
  const headingId = useId();
  const { reading } = member;
  const client = useQueryClient();
  const share = useMutation({
    mutationFn: () => shareText(caseId, member.memberId, 'attachment_reading'),
    onSuccess: () => client.invalidateQueries({ queryKey: caseSharedTextsQuery(caseId).queryKey }),
  });
  if (reading.clinician.length === 0) return null;
  const report = (audience: 'clinician' | 'client') =>
    `/api/cases/${encodeURIComponent(caseId)}/attachment/report?memberId=${encodeURIComponent(member.memberId)}&audience=${audience}`;
  return (
    <section className="sb-card sb-attachment__reading" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('attachment.reading.title')}</h3>
      {reading.clinician.map((text) => (
        <p key={text}>{text}</p>
      ))}
      <h4>{t('attachment.reading.clientTitle')}</h4>
      <p className="sb-small">{t('attachment.reading.clientNote')}</p>
      <blockquote className="sb-attachment__client-reading">
        {reading.client.map((text) => (
          <p key={text}>{text}</p>
        ))}
      </blockquote>
      <p>
        <Button variant="secondary" busy={share.isPending} onClick={() => share.mutate()}>
          {t('attachment.reading.share', { name: member.memberName })}
        </Button>
      </p>
      {share.data ? (
        <Notice tone="success" live="status">
          {t('attachment.reading.shared', {
            name: member.memberName,
            when: formatDateTime(share.data.sharedAt, i18n.language),
          })}
        </Notice>
      ) : null}
      {share.error ? <ErrorNotice>{describe(share.error)}</ErrorNotice> : null}
      <p className="sb-attachment__reports">
        <a href={report('clinician')} download>
          {t('attachment.reading.recordPdf', { name: member.memberName })}
        </a>
        <a href={report('client')} download>
          {t('attachment.reading.clientPdf', { name: member.memberName })}
        </a>
      </p>
      <h4>{t('attachment.reading.references')}</h4>
      <ul className="sb-small sb-attachment__references">
        {reading.references.map((reference) => (
          <li key={reference}>{reference}</li>
        ))}
      </ul>
    </section>
  );
}
