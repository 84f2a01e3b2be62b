import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateInvitationBody, Invitation } from '@securebase/contracts';
import { useRef, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/format';
import { splitError } from '../../lib/form-errors';
import { useDescribeError } from '../../lib/use-describe-error';
import { usePageTitle } from '../../lib/use-page-title';
import { Badge } from '../../ui/badge';
import { Button } from '../../ui/button';
import { Card } from '../../ui/card';
import { SelectField, TextField } from '../../ui/field';
import { EmptyState } from '../../ui/empty-state';
import { LoadError } from '../../ui/load-error';
import { ErrorNotice, Notice } from '../../ui/notice';
import { PageHeader } from '../../ui/page-header';
import { Spinner } from '../../ui/spinner';
import { Table, type Column } from '../../ui/table';
import {
  createInvitation,
  INVITATIONS_KEY,
  invitationsQuery,
  invitationStatusTone,
} from '../invitations/queries';
import './admin.css';

const STAFF_ROLES = ['clinician', 'admin', 'researcher'] as const;
type StaffRole = (typeof STAFF_ROLES)[number];

export function InvitationsPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('admin.invitations.title'));
  const list = useQuery(invitationsQuery);
  const rows = [...(list.data?.invitations ?? [])].sort((a, b) =>
    b.createdAt.localeCompare(a.createdAt),
  );

  const columns: Column<Invitation>[] = [
    {
      key: 'name',
      header: t('admin.invitations.columns.name'),
      rowHeader: true,
      cell: (row) => row.displayName,
    },
    { key: 'email', header: t('admin.invitations.columns.email'), cell: (row) => row.email },
    {
      key: 'role',
      header: t('admin.invitations.columns.role'),
      cell: (row) => t(`roles.${row.role}`),
    },
    {
      key: 'status',
      header: t('admin.invitations.columns.status'),
      cell: (row) => (
        <Badge tone={invitationStatusTone(row.status)}>{t(`invitationStatus.${row.status}`)}</Badge>
      ),
    },
    {
      key: 'invitedBy',
      header: t('admin.invitations.columns.invitedBy'),
      cell: (row) => row.invitedBy,
    },
    {
      key: 'sent',
      header: t('admin.invitations.columns.sent'),
      className: 'sb-nowrap',
      cell: (row) => formatDate(row.createdAt, i18n.language),
    },
    {
      key: 'expires',
      header: t('admin.invitations.columns.expires'),
      className: 'sb-nowrap',
      cell: (row) => formatDate(row.expiresAt, i18n.language),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('admin.invitations.title')}
        description={t('admin.invitations.description')}
      />
      <InviteStaffForm />
      {list.isPending ? <Spinner label={t('app.loading')} /> : null}
      {list.error ? <LoadError error={list.error} onRetry={() => void list.refetch()} /> : null}
      {list.data && rows.length === 0 ? (
        <EmptyState title={t('admin.invitations.emptyTitle')}>
          <p>{t('admin.invitations.emptyBody')}</p>
        </EmptyState>
      ) : null}
      {rows.length > 0 ? (
        <Table
          caption={t('admin.invitations.caption')}
          columns={columns}
          rows={rows}
          rowKey={(row) => row.id}
        />
      ) : null}
    </>
  );
}

function InviteStaffForm() {
  const { t, i18n } = useTranslation();
  const describe = useDescribeError();
  const client = useQueryClient();
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<StaffRole>('clinician');
  const [missing, setMissing] = useState<Record<string, string>>({});
  const [sent, setSent] = useState<Invitation | null>(null);
  const emailRef = useRef<HTMLInputElement>(null);
  const nameRef = useRef<HTMLInputElement>(null);

  const invite = useMutation({
    mutationFn: (body: CreateInvitationBody) => createInvitation(body),
    onSuccess: async (invitation) => {
      setSent(invitation);
      setEmail('');
      setName('');
      await client.invalidateQueries({ queryKey: INVITATIONS_KEY });
    },
  });
  const server = splitError(invite.error, ['email', 'displayName', 'role'], describe);

  function submit(event: SubmitEvent) {
    event.preventDefault();
    setSent(null);
    const next: Record<string, string> = {};
    if (!email.trim()) next.email = t('admin.invitations.emailMissing');
    if (!name.trim()) next.displayName = t('admin.invitations.nameMissing');
    setMissing(next);
    if (next.email) return emailRef.current?.focus();
    if (next.displayName) return nameRef.current?.focus();
    invite.mutate({ email: email.trim(), displayName: name.trim(), role });
  }

  return (
    <Card title={t('admin.invitations.formTitle')}>
      {sent ? (
        <Notice tone="success" live="status">
          {t('admin.invitations.sent', {
            email: sent.email,
            date: formatDate(sent.expiresAt, i18n.language),
          })}
        </Notice>
      ) : null}
      <form noValidate onSubmit={submit} aria-label={t('admin.invitations.formTitle')}>
        {server.form ? <ErrorNotice>{server.form}</ErrorNotice> : null}
        <div className="sb-form-grid">
          <TextField
            ref={emailRef}
            label={t('admin.invitations.email')}
            type="email"
            name="email"
            autoComplete="off"
            spellCheck={false}
            value={email}
            onChange={(event) => setEmail(event.target.value)}
            error={missing.email ?? server.fields.email}
          />
          <TextField
            ref={nameRef}
            label={t('admin.invitations.name')}
            name="displayName"
            autoComplete="off"
            value={name}
            onChange={(event) => setName(event.target.value)}
            error={missing.displayName ?? server.fields.displayName}
          />
          <SelectField
            label={t('admin.invitations.role')}
            name="role"
            value={role}
            options={STAFF_ROLES.map((value) => ({ value, label: t(`roles.${value}`) }))}
            onChange={(event) => {
              const next = STAFF_ROLES.find((value) => value === event.target.value);
              if (next) setRole(next);
            }}
            error={server.fields.role}
          />
        </div>
        <Button type="submit" busy={invite.isPending}>
          {t('admin.invitations.submit')}
        </Button>
      </form>
    </Card>
  );
}
