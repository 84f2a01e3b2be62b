import type { HistoryEntry } from '@securebase/contracts';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../ui/badge';
import { Table } from '../../ui/table';
import { aceText, whenText } from './entry-text';

/** Every entry on the lifeline in time order: the table behind the picture. */
export function HistoryTable({
  entries,
  memberName,
  birthYear,
}: {
  entries: readonly HistoryEntry[];
  memberName: string;
  birthYear: number | null;
}) {
  const { t, i18n } = useTranslation();
  return (
    <Table
      caption={t('history.table.caption', { name: memberName })}
      rows={entries}
      rowKey={(entry) => entry.id}
      columns={[
        {
          key: 'when',
          header: t('history.table.when'),
          cell: (entry) => whenText(entry, t, i18n.language, birthYear),
          className: 'sb-history-table__when',
        },
        {
          key: 'title',
          header: t('history.table.entry'),
          rowHeader: true,
          cell: (entry) => (
            <span className="sb-history-table__entry">
              <span className="sb-history-table__title">{entry.title}</span>
              {entry.detail ? <span className="sb-small">{entry.detail}</span> : null}
            </span>
          ),
        },
        {
          key: 'kind',
          header: t('history.table.kind'),
          cell: (entry) => (
            <span>
              {t(`history.kinds.${entry.kind}`)}
              {entry.kind === 'adverse_experience' ? (
                <span className="sb-small">
                  {aceText(entry.aceItem, t) ?? t('history.ace.notLinked')}
                </span>
              ) : null}
            </span>
          ),
        },
        {
          key: 'author',
          header: t('history.table.author'),
          cell: (entry) =>
            entry.author === 'client' ? (
              <Badge tone="accent">{t('history.sharedByClient')}</Badge>
            ) : (
              t('history.table.byClinician')
            ),
        },
      ]}
    />
  );
}
