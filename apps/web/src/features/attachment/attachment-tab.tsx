import { useQuery } from '@tanstack/react-query';
import type { AttachmentProfile, CaseSummary, MemberAttachment } from '@securebase/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../ui/empty-state';
import { LoadError } from '../../ui/load-error';
import { Spinner } from '../../ui/spinner';
import { GeneralCard } from './general-card';
import { PrototypesCard } from './prototypes-card';
import { ReadingCard } from './reading-card';
import { attachmentQuery } from './queries';
import { RelationshipsCard } from './relationships-card';
import './attachment.css';

/** The case's attachment tab: per member, the plane over time, the relationship map, the RQ. */
export function AttachmentTab({ summary }: { summary: CaseSummary }) {
  const { t } = useTranslation();
  const profile = useQuery(attachmentQuery(summary.id));
  if (profile.isPending) return <Spinner label={t('app.loading')} />;
  if (profile.error) {
    return <LoadError error={profile.error} onRetry={() => void profile.refetch()} />;
  }
  return <AttachmentView profile={profile.data} />;
}

export function AttachmentView({ profile }: { profile: AttachmentProfile }) {
  const { t } = useTranslation();
  return (
    <div className="sb-attachment">
      <p className="sb-attachment__intro">{t('attachment.intro')}</p>
      {profile.members.length === 0 ? <p>{t('attachment.noMembers')}</p> : null}
      {profile.members.map((member) => (
        <MemberView key={member.memberId} member={member} profile={profile} />
      ))}
    </div>
  );
}

function MemberView({ member, profile }: { member: MemberAttachment; profile: AttachmentProfile }) {
  const { t } = useTranslation();
  const headingId = useId();
  const nothing = !member.general && !member.relationships && !member.prototypes;
  return (
    <section className="sb-attachment__member" aria-labelledby={headingId}>
      <h2 id={headingId} className="sb-attachment__member-name">
        {member.memberName}
      </h2>
      {nothing ? (
        <EmptyState
          headingLevel={3}
          title={t('attachment.empty.title', { name: member.memberName })}
          action={<Link to="?tab=measures">{t('attachment.empty.action')}</Link>}
        >
          <p>{t('attachment.empty.body', { name: member.memberName })}</p>
        </EmptyState>
      ) : (
        <>
          {member.general ? (
            <GeneralCard
              general={member.general}
              memberName={member.memberName}
              scale={profile.scale}
              boundaryNote={profile.boundaryNote}
            />
          ) : (
            <p className="sb-attachment__missing">{t('attachment.general.missing')}</p>
          )}
          {member.relationships ? (
            <RelationshipsCard
              map={member.relationships}
              memberName={member.memberName}
              scale={profile.scale}
            />
          ) : (
            <p className="sb-attachment__missing">{t('attachment.relationships.missing')}</p>
          )}
          {member.prototypes ? (
            <PrototypesCard ratings={member.prototypes} />
          ) : (
            <p className="sb-attachment__missing">{t('attachment.prototypes.missing')}</p>
          )}
          <ReadingCard caseId={profile.caseId} member={member} />
        </>
      )}
    </section>
  );
}
