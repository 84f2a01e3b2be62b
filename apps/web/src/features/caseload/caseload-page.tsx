import { useQuery } from '@tanstack/react-query';
import type { CaseSummary } from '@securebase/contracts';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { formatDate } from '../../lib/format';
import { usePageTitle } from '../../lib/use-page-title';
import { ButtonLink } from '../../ui/button';
import { EmptyState } from '../../ui/empty-state';
import { RadioGroup } from '../../ui/field';
import { LoadError } from '../../ui/load-error';
import { PageHeader } from '../../ui/page-header';
import { Spinner } from '../../ui/spinner';
import { Table, type Column } from '../../ui/table';
import { AlertsBlock } from '../safety/alerts-block';
import { caseloadParamsFrom, caseloadQuery, nextSort, type CaseSort } from './queries';
import './caseload.css';

export function CaseloadPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('caseload.title'));
  const [search, setSearch] = useSearchParams();
  const params = caseloadParamsFrom(search);
  const caseload = useQuery(caseloadQuery(params));

  function update(next: Partial<typeof params>) {
    setSearch({ ...params, ...next }, { replace: true });
  }

  const columns: Column<CaseSummary>[] = [
    {
      key: 'title',
      header: t('caseload.columns.title'),
      sortKey: 'title',
      rowHeader: true,
      cell: (row) => <Link to={`/cases/${row.id}`}>{row.title}</Link>,
    },
    { key: 'kind', header: t('caseload.columns.kind'), cell: (row) => t(`caseKinds.${row.kind}`) },
    {
      key: 'members',
      header: t('caseload.columns.members'),
      cell: (row) => (
        <ul className="sb-plain-list">
          {row.members.map((member) => (
            <li key={member.id}>
              {t('caseload.memberWithRole', {
                name: member.displayName,
                role: t(`memberRoles.${member.memberRole}`),
              })}
            </li>
          ))}
        </ul>
      ),
    },
    {
      key: 'lastActivityAt',
      header: t('caseload.columns.lastActivity'),
      sortKey: 'lastActivityAt',
      className: 'sb-nowrap',
      cell: (row) => formatDate(row.lastActivityAt, i18n.language),
    },
    {
      key: 'createdAt',
      header: t('caseload.columns.opened'),
      sortKey: 'createdAt',
      className: 'sb-nowrap',
      cell: (row) => formatDate(row.createdAt, i18n.language),
    },
  ];

  const open = params.status === 'open';
  return (
    <>
      <PageHeader
        title={t('caseload.title')}
        description={t('caseload.description')}
        actions={<ButtonLink to="/caseload/new">{t('caseload.newCase')}</ButtonLink>}
      />
      <AlertsBlock openOnly />
      <div className="sb-toolbar">
        <RadioGroup
          legend={t('caseload.show')}
          name="status"
          inline
          value={params.status}
          options={[
            { value: 'open', label: t('caseload.open') },
            { value: 'closed', label: t('caseload.closed') },
          ]}
          onChange={(value) => update({ status: value === 'closed' ? 'closed' : 'open' })}
        />
        {caseload.data ? (
          <p className="sb-toolbar__count" role="status">
            {t('caseload.count', { count: caseload.data.cases.length })}
          </p>
        ) : null}
      </div>
      {caseload.isPending ? <Spinner label={t('app.loading')} /> : null}
      {caseload.error ? (
        <LoadError error={caseload.error} onRetry={() => void caseload.refetch()} />
      ) : null}
      {caseload.data && caseload.data.cases.length === 0 ? (
        <EmptyState
          title={open ? t('caseload.emptyOpenTitle') : t('caseload.emptyClosedTitle')}
          action={
            open ? <ButtonLink to="/caseload/new">{t('caseload.newCase')}</ButtonLink> : undefined
          }
        >
          <p>{open ? t('caseload.emptyOpenBody') : t('caseload.emptyClosedBody')}</p>
        </EmptyState>
      ) : null}
      {caseload.data && caseload.data.cases.length > 0 ? (
        <Table
          caption={t('caseload.caption')}
          captionHidden
          columns={columns}
          rows={caseload.data.cases}
          rowKey={(row) => row.id}
          sort={{ key: params.sort, order: params.order }}
          onSort={(key) => update(nextSort(params, key as CaseSort))}
        />
      ) : null}
    </>
  );
}
