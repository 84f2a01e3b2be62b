import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { PracticeUser } from '@securebase/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useDescribeError } from '../../lib/use-describe-error';
import { usePageTitle } from '../../lib/use-page-title';
import { Badge } from '../../ui/badge';
import { Button } from '../../ui/button';
import { ConfirmDialog } from '../../ui/dialog';
import { EmptyState } from '../../ui/empty-state';
import { LoadError } from '../../ui/load-error';
import { ErrorNotice, Notice } from '../../ui/notice';
import { PageHeader } from '../../ui/page-header';
import { Spinner } from '../../ui/spinner';
import { Table, type Column } from '../../ui/table';
import { useMe } from '../auth/me-context';
import './admin.css';

const USERS_KEY = ['admin', 'users'] as const;

type Change = { user: PracticeUser; verb: 'disable' | 'enable' };

export function UsersPage() {
  const { t } = useTranslation();
  usePageTitle(t('admin.users.title'));
  const describe = useDescribeError();
  const me = useMe();
  const client = useQueryClient();
  const users = useQuery({
    queryKey: USERS_KEY,
    queryFn: () => api.get<{ users: PracticeUser[] }>('/api/admin/users'),
  });
  const [pending, setPending] = useState<Change | null>(null);
  const [done, setDone] = useState<Change | null>(null);

  const change = useMutation({
    mutationFn: ({ user, verb }: Change) =>
      api.post<PracticeUser>(`/api/admin/users/${encodeURIComponent(user.id)}/${verb}`),
    onSuccess: async (updated, variables) => {
      client.setQueryData<{ users: PracticeUser[] }>(USERS_KEY, (current) =>
        current
          ? { users: current.users.map((user) => (user.id === updated.id ? updated : user)) }
          : current,
      );
      setDone({ user: updated, verb: variables.verb });
      setPending(null);
      await client.invalidateQueries({ queryKey: USERS_KEY });
    },
  });

  const columns: Column<PracticeUser>[] = [
    {
      key: 'name',
      header: t('admin.users.name'),
      rowHeader: true,
      cell: (user) => (
        <>
          {user.displayName}
          {user.id === me.id ? <span className="sb-muted"> {t('admin.users.you')}</span> : null}
        </>
      ),
    },
    { key: 'email', header: t('admin.users.email'), cell: (user) => user.email },
    { key: 'role', header: t('admin.users.role'), cell: (user) => t(`roles.${user.role}`) },
    {
      key: 'status',
      header: t('admin.users.status'),
      cell: (user) =>
        user.status === 'active' ? (
          <Badge tone="success">{t('admin.users.active')}</Badge>
        ) : (
          <Badge tone="neutral">{t('admin.users.disabled')}</Badge>
        ),
    },
    {
      key: 'secondFactor',
      header: t('admin.users.secondFactor'),
      cell: (user) => (user.secondFactorEnabled ? t('admin.users.on') : t('admin.users.off')),
    },
    {
      key: 'actions',
      header: t('admin.users.actions'),
      cell: (user) =>
        user.id === me.id ? null : (
          <Button
            variant="secondary"
            aria-label={
              user.status === 'active'
                ? t('admin.users.disableNamed', { name: user.displayName })
                : t('admin.users.enableNamed', { name: user.displayName })
            }
            onClick={() => {
              change.reset();
              setDone(null);
              setPending({ user, verb: user.status === 'active' ? 'disable' : 'enable' });
            }}
          >
            {user.status === 'active' ? t('admin.users.disable') : t('admin.users.enable')}
          </Button>
        ),
    },
  ];

  const name = pending?.user.displayName ?? '';
  return (
    <>
      <PageHeader
        title={t('admin.users.title')}
        description={t('admin.users.description', { practice: me.practiceName })}
      />
      {done ? (
        <Notice tone="success" live="status">
          {done.verb === 'disable'
            ? t('admin.users.disabledDone', { name: done.user.displayName })
            : t('admin.users.enabledDone', { name: done.user.displayName })}
        </Notice>
      ) : null}
      {users.isPending ? <Spinner label={t('app.loading')} /> : null}
      {users.error ? <LoadError error={users.error} onRetry={() => void users.refetch()} /> : null}
      {users.data && users.data.users.length === 0 ? (
        <EmptyState title={t('admin.users.empty')} />
      ) : null}
      {users.data && users.data.users.length > 0 ? (
        <Table
          caption={t('admin.users.caption')}
          captionHidden
          columns={columns}
          rows={users.data.users}
          rowKey={(user) => user.id}
        />
      ) : null}
      <ConfirmDialog
        open={pending !== null}
        title={
          pending?.verb === 'enable'
            ? t('admin.users.enableTitle', { name })
            : t('admin.users.disableTitle', { name })
        }
        confirmLabel={
          pending?.verb === 'enable'
            ? t('admin.users.enableConfirm')
            : t('admin.users.disableConfirm')
        }
        cancelLabel={t('admin.users.cancel')}
        danger={pending?.verb === 'disable'}
        busy={change.isPending}
        onConfirm={() => {
          if (pending) change.mutate(pending);
        }}
        onCancel={() => setPending(null)}
      >
        <p>
          {pending?.verb === 'enable' ? t('admin.users.enableBody') : t('admin.users.disableBody')}
        </p>
        {change.error ? <ErrorNotice>{describe(change.error)}</ErrorNotice> : null}
      </ConfirmDialog>
    </>
  );
}
