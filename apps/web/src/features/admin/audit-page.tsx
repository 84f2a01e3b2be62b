import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { AuditEvent, AuditPage as AuditPageT, Role } from '@securebase/contracts';
import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { api } from '../../api/client';
import { formatDateTime } from '../../lib/format';
import { usePageTitle } from '../../lib/use-page-title';
import { Badge } from '../../ui/badge';
import { Button } from '../../ui/button';
import { Card } from '../../ui/card';
import { SelectField, TextField } from '../../ui/field';
import { EmptyState } from '../../ui/empty-state';
import { LoadError } from '../../ui/load-error';
import { PageHeader } from '../../ui/page-header';
import { Spinner } from '../../ui/spinner';
import { Table, type Column } from '../../ui/table';
import {
  ACTION_PATTERN,
  auditQuery,
  auditViewFrom,
  auditViewToSearch,
  type AuditView,
} from './audit';
import './admin.css';

const ROLE_NAMES: readonly string[] = ['admin', 'clinician', 'client', 'caregiver', 'researcher'];
function isRole(value: string): value is Role {
  return ROLE_NAMES.includes(value);
}

export function AuditPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('admin.audit.title'));
  const [search, setSearch] = useSearchParams();
  const view = auditViewFrom(search);
  const query = auditQuery(view);
  const page = useQuery({
    queryKey: ['admin', 'audit', query],
    queryFn: () => api.get<AuditPageT>('/api/audit', query),
    placeholderData: keepPreviousData,
  });

  function show(next: AuditView) {
    setSearch(auditViewToSearch(next));
  }

  const columns: Column<AuditEvent>[] = [
    {
      key: 'at',
      header: t('admin.audit.columns.at'),
      className: 'sb-nowrap',
      cell: (event) => formatDateTime(event.at, i18n.language),
    },
    {
      key: 'actor',
      header: t('admin.audit.columns.actor'),
      cell: (event) =>
        (event.actorName ?? event.actorId) ? (
          <>
            {event.actorName ?? event.actorId}
            {event.actorRole ? (
              <span className="sb-small">
                {isRole(event.actorRole) ? t(`roles.${event.actorRole}`) : event.actorRole}
              </span>
            ) : null}
          </>
        ) : (
          <span className="sb-muted">{t('admin.audit.system')}</span>
        ),
    },
    {
      key: 'action',
      header: t('admin.audit.columns.action'),
      cell: (event) => <span className="sb-code">{event.action}</span>,
    },
    {
      key: 'entity',
      header: t('admin.audit.columns.entity'),
      cell: (event) =>
        event.entityType ? (
          <>
            {event.entityType}
            {event.entityId ? <span className="sb-small sb-code">{event.entityId}</span> : null}
          </>
        ) : null,
    },
    {
      key: 'case',
      header: t('admin.audit.columns.case'),
      cell: (event) => (event.caseId ? <span className="sb-code">{event.caseId}</span> : null),
    },
    {
      key: 'outcome',
      header: t('admin.audit.columns.outcome'),
      cell: (event) => (
        <Badge tone={event.outcome === 'success' ? 'success' : 'attention'}>
          {t(`admin.audit.outcomes.${event.outcome}`)}
        </Badge>
      ),
    },
    {
      key: 'ip',
      header: t('admin.audit.columns.ip'),
      cell: (event) => <span className="sb-code">{event.ip ?? ''}</span>,
    },
  ];

  return (
    <>
      <PageHeader title={t('admin.audit.title')} description={t('admin.audit.description')} />
      <AuditFilters key={search.toString()} view={view} onApply={show} />
      {page.isPending ? <Spinner label={t('app.loading')} /> : null}
      {page.error ? <LoadError error={page.error} onRetry={() => void page.refetch()} /> : null}
      {page.data && page.data.events.length === 0 ? (
        <EmptyState title={t('admin.audit.emptyTitle')}>
          <p>{t('admin.audit.emptyBody')}</p>
        </EmptyState>
      ) : null}
      {page.data && page.data.events.length > 0 ? (
        <Table
          caption={t('admin.audit.caption')}
          captionHidden
          columns={columns}
          rows={page.data.events}
          rowKey={(event) => event.id}
        />
      ) : null}
      <div className="sb-paging">
        {view.before !== null ? (
          <Button variant="secondary" onClick={() => show({ ...view, before: null })}>
            {t('admin.audit.newest')}
          </Button>
        ) : null}
        {page.data?.nextBefore ? (
          <Button
            variant="secondary"
            onClick={() => {
              if (page.data.nextBefore) show({ ...view, before: page.data.nextBefore });
            }}
          >
            {t('admin.audit.older')}
          </Button>
        ) : null}
      </div>
    </>
  );
}

function AuditFilters({ view, onApply }: { view: AuditView; onApply: (view: AuditView) => void }) {
  const { t } = useTranslation();
  const [action, setAction] = useState(view.action);
  const [outcome, setOutcome] = useState<AuditView['outcome']>(view.outcome);
  const [from, setFrom] = useState(view.from);
  const [to, setTo] = useState(view.to);
  const [actionError, setActionError] = useState<string | null>(null);

  function submit(event: SubmitEvent) {
    event.preventDefault();
    const trimmed = action.trim();
    if (trimmed && !ACTION_PATTERN.test(trimmed)) {
      setActionError(t('admin.audit.actionInvalid'));
      return;
    }
    setActionError(null);
    onApply({ action: trimmed, outcome, from, to, before: null });
  }

  const outcomes = ['', 'success', 'denied', 'failure'] as const;
  return (
    <Card title={t('admin.audit.filters')} tone="muted" className="sb-filters">
      <form noValidate onSubmit={submit} aria-label={t('admin.audit.filters')}>
        <div className="sb-form-grid">
          <TextField
            label={t('admin.audit.action')}
            hint={t('admin.audit.actionHint')}
            name="action"
            autoComplete="off"
            spellCheck={false}
            value={action}
            onChange={(event) => setAction(event.target.value)}
            error={actionError}
          />
          <SelectField
            label={t('admin.audit.outcome')}
            name="outcome"
            value={outcome}
            options={outcomes.map((value) => ({
              value,
              label: value ? t(`admin.audit.outcomes.${value}`) : t('admin.audit.anyOutcome'),
            }))}
            onChange={(event) =>
              setOutcome(outcomes.find((value) => value === event.target.value) ?? '')
            }
          />
          <TextField
            label={t('admin.audit.from')}
            type="date"
            name="from"
            value={from}
            onChange={(event) => setFrom(event.target.value)}
          />
          <TextField
            label={t('admin.audit.to')}
            type="date"
            name="to"
            value={to}
            onChange={(event) => setTo(event.target.value)}
          />
        </div>
        <div className="sb-filters__actions">
          <Button type="submit">{t('admin.audit.apply')}</Button>
          <Button
            variant="secondary"
            onClick={() => onApply({ action: '', outcome: '', from: '', to: '', before: null })}
          >
            {t('admin.audit.clear')}
          </Button>
        </div>
      </form>
    </Card>
  );
}
