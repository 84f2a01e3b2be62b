import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CaseMember,
  CaseSummary,
  CreateInvitationBody,
  Invitation,
} from '@securebase/contracts';
import { useId, useRef, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/format';
import { splitError } from '../../lib/form-errors';
import { useDescribeError } from '../../lib/use-describe-error';
import { Badge } from '../../ui/badge';
import { Button } from '../../ui/button';
import { Card } from '../../ui/card';
import { TextField } from '../../ui/field';
import { LoadError } from '../../ui/load-error';
import { ErrorNotice, Notice } from '../../ui/notice';
import { Spinner } from '../../ui/spinner';
import { Table } from '../../ui/table';
import {
  createInvitation,
  INVITATIONS_KEY,
  invitationsQuery,
  invitationRoleFor,
  invitationStatusTone,
} from '../invitations/queries';
import { CaseSafetyPlanCard } from '../safety-plan/case-safety-plan-card';

export function CaseOverview({ summary }: { summary: CaseSummary }) {
  const { t } = useTranslation();
  const [inviting, setInviting] = useState<string | null>(null);
  const [sent, setSent] = useState<Invitation | null>(null);
  const { i18n } = useTranslation();
  const invitations = useQuery(invitationsQuery);
  const waiting = new Set(
    (invitations.data?.invitations ?? [])
      .filter((i) => i.caseId === summary.id && i.status === 'pending' && i.memberId)
      .map((i) => i.memberId),
  );

  return (
    <>
      {sent ? (
        <Notice tone="success" live="status">
          {t('case.invited', {
            email: sent.email,
            date: formatDate(sent.expiresAt, i18n.language),
          })}
        </Notice>
      ) : null}
      <Card title={t('case.members')}>
        <ul className="sb-members">
          {summary.members.map((member) => (
            <li key={member.id} className="sb-member">
              <div className="sb-member__head">
                <div>
                  <h3 className="sb-member__name">{member.displayName}</h3>
                  <p className="sb-member__meta">
                    <Badge tone="accent">{t(`memberRoles.${member.memberRole}`)}</Badge>
                    {member.birthYear !== null ? (
                      <span>{t('case.birthYear', { year: member.birthYear })}</span>
                    ) : null}
                    <Badge tone={member.hasAccount ? 'success' : 'neutral'}>
                      {member.hasAccount ? t('case.hasAccount') : t('case.noAccount')}
                    </Badge>
                  </p>
                </div>
                {!member.hasAccount && waiting.has(member.id) ? (
                  <Badge tone="accent">{t('case.invitationWaiting')}</Badge>
                ) : null}
                {!member.hasAccount && !waiting.has(member.id) && inviting !== member.id ? (
                  <Button
                    variant="secondary"
                    aria-label={t('case.inviteNamed', { name: member.displayName })}
                    onClick={() => {
                      setInviting(member.id);
                      setSent(null);
                    }}
                  >
                    {t('case.invite')}
                  </Button>
                ) : null}
              </div>
              {inviting === member.id ? (
                <InviteMemberForm
                  caseId={summary.id}
                  member={member}
                  onDone={(invitation) => {
                    setInviting(null);
                    setSent(invitation);
                  }}
                  onCancel={() => setInviting(null)}
                />
              ) : null}
            </li>
          ))}
        </ul>
      </Card>
      <CaseSafetyPlanCard summary={summary} />
      <CaseInvitations caseId={summary.id} />
    </>
  );
}

function InviteMemberForm({
  caseId,
  member,
  onDone,
  onCancel,
}: {
  caseId: string;
  member: CaseMember;
  onDone: (invitation: Invitation) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const describe = useDescribeError();
  const client = useQueryClient();
  const headingId = useId();
  const role = invitationRoleFor(member);
  const [email, setEmail] = useState('');
  const [name, setName] = useState(member.displayName);
  const [missing, setMissing] = useState<Record<string, string>>({});
  const emailRef = useRef<HTMLInputElement>(null);
  const nameRef = useRef<HTMLInputElement>(null);

  const invite = useMutation({
    mutationFn: (body: CreateInvitationBody) => createInvitation(body),
    onSuccess: async (invitation) => {
      await client.invalidateQueries({ queryKey: INVITATIONS_KEY });
      onDone(invitation);
    },
  });
  const server = splitError(invite.error, ['email', 'displayName'], describe);

  function submit(event: SubmitEvent) {
    event.preventDefault();
    const next: Record<string, string> = {};
    if (!email.trim()) next.email = t('case.emailMissing');
    if (!name.trim()) next.displayName = t('case.nameMissing');
    setMissing(next);
    if (next.email) return emailRef.current?.focus();
    if (next.displayName) return nameRef.current?.focus();
    invite.mutate({
      email: email.trim(),
      displayName: name.trim(),
      role,
      caseId,
      memberId: member.id,
    });
  }

  return (
    <form noValidate onSubmit={submit} className="sb-invite-form" aria-labelledby={headingId}>
      <h4 id={headingId}>{t('case.inviteTitle', { name: member.displayName })}</h4>
      <p>{t('case.inviteAs', { role: t(`roleArticle.${role}`) })}</p>
      {server.form ? <ErrorNotice>{server.form}</ErrorNotice> : null}
      <TextField
        ref={emailRef}
        label={t('case.email')}
        type="email"
        name="email"
        autoComplete="off"
        inputMode="email"
        spellCheck={false}
        autoFocus
        value={email}
        onChange={(event) => setEmail(event.target.value)}
        error={missing.email ?? server.fields.email}
      />
      <TextField
        ref={nameRef}
        label={t('case.name')}
        name="displayName"
        autoComplete="off"
        value={name}
        onChange={(event) => setName(event.target.value)}
        error={missing.displayName ?? server.fields.displayName}
      />
      <div className="sb-form-actions">
        <Button type="submit" busy={invite.isPending}>
          {t('case.sendInvitation')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('case.cancel')}
        </Button>
      </div>
    </form>
  );
}

function CaseInvitations({ caseId }: { caseId: string }) {
  const { t, i18n } = useTranslation();
  const list = useQuery(invitationsQuery);
  const rows = list.data?.invitations.filter((invitation) => invitation.caseId === caseId) ?? [];
  return (
    <Card title={t('case.invitationsTitle')}>
      {list.isPending ? <Spinner label={t('app.loading')} /> : null}
      {list.error ? <LoadError error={list.error} onRetry={() => void list.refetch()} /> : null}
      {list.data && rows.length === 0 ? <p>{t('case.noInvitations')}</p> : null}
      {rows.length > 0 ? (
        <Table
          caption={t('case.invitationsCaption')}
          captionHidden
          rows={rows}
          rowKey={(row) => row.id}
          columns={[
            {
              key: 'name',
              header: t('admin.invitations.columns.name'),
              rowHeader: true,
              cell: (row) => row.displayName,
            },
            {
              key: 'email',
              header: t('admin.invitations.columns.email'),
              cell: (row) => row.email,
            },
            {
              key: 'status',
              header: t('admin.invitations.columns.status'),
              cell: (row) => (
                <Badge tone={invitationStatusTone(row.status)}>
                  {t(`invitationStatus.${row.status}`)}
                </Badge>
              ),
            },
            {
              key: 'expires',
              header: t('admin.invitations.columns.expires'),
              className: 'sb-nowrap',
              cell: (row) => formatDate(row.expiresAt, i18n.language),
            },
          ]}
        />
      ) : null}
    </Card>
  );
}
