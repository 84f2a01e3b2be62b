import { useQuery } from '@tanstack/react-query';
import type { FormulationHistory } from '@securebase/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format';
import { Badge } from '../../ui/badge';
import { Button } from '../../ui/button';
import { LoadError } from '../../ui/load-error';
import { Spinner } from '../../ui/spinner';
import { Table } from '../../ui/table';
import { versionsQuery } from './queries';

export type VersionRow = FormulationHistory['versions'][number];

export interface HistorySectionProps {
  caseId: string;
  memberId: string;
  /** The version open read-only above, if any. */
  viewing: number | null;
  onView: (version: VersionRow) => void;
}

/** How the formulation has shifted: every saved version, newest first, each readable as it was. */
export function HistorySection({ caseId, memberId, viewing, onView }: HistorySectionProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const versions = useQuery(versionsQuery(caseId, memberId));
  const rows = [...(versions.data?.versions ?? [])].reverse();
  const newest = rows[0]?.version;

  return (
    <section className="sb-formulation__section" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} tabIndex={-1} data-field="history">
        {t('formulation.history.title')}
      </h3>
      <p className="sb-formulation__lead">{t('formulation.history.lead')}</p>
      {versions.isPending ? <Spinner label={t('app.loading')} /> : null}
      {versions.error ? (
        <LoadError error={versions.error} onRetry={() => void versions.refetch()} />
      ) : null}
      {versions.data && rows.length === 0 ? (
        <p className="sb-formulation__none">{t('formulation.history.none')}</p>
      ) : null}
      {rows.length > 0 ? (
        <Table
          caption={t('formulation.history.caption')}
          rows={rows}
          rowKey={(row) => String(row.version)}
          columns={[
            {
              key: 'version',
              header: t('formulation.history.version'),
              rowHeader: true,
              cell: (row) => (
                <>
                  {t('formulation.history.versionN', { version: row.version })}
                  {row.version === newest ? (
                    <>
                      {' '}
                      <Badge tone="accent">{t('formulation.history.current')}</Badge>
                    </>
                  ) : null}
                </>
              ),
            },
            {
              key: 'saved',
              header: t('formulation.history.saved'),
              cell: (row) => formatDateTime(row.savedAt, i18n.language),
            },
            { key: 'by', header: t('formulation.history.by'), cell: (row) => row.savedBy },
            {
              key: 'note',
              header: t('formulation.history.note'),
              cell: (row) =>
                row.note ?? <span className="sb-muted">{t('formulation.history.noNote')}</span>,
            },
            {
              key: 'contents',
              header: t('formulation.history.contents'),
              cell: (row) =>
                `${t('formulation.history.models', { count: row.workingModels })}, ${t(
                  'formulation.history.episodes',
                  { count: row.episodes },
                )}`,
            },
            {
              key: 'view',
              className: 'sb-formulation__view-cell',
              header: (
                <span className="sb-visually-hidden">{t('formulation.history.actions')}</span>
              ),
              cell: (row) =>
                row.version === viewing ? (
                  <span className="sb-muted">{t('formulation.history.showing')}</span>
                ) : (
                  <Button
                    variant="quiet"
                    data-field={`history.${String(row.version)}`}
                    aria-label={t('formulation.history.viewVersion', { version: row.version })}
                    onClick={() => onView(row)}
                  >
                    {t('formulation.history.view')}
                  </Button>
                ),
            },
          ]}
        />
      ) : null}
    </section>
  );
}
