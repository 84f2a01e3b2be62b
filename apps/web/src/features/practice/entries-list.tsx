import type { PracticeEntry } from '@securebase/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../lib/format';
import { Badge } from '../../ui/badge';
import { Card } from '../../ui/card';

/** Everything the client wrote, newest first, each saying who can see it. */
export function EntriesList({ entries }: { entries: PracticeEntry[] }) {
  const { t, i18n } = useTranslation();
  return (
    <Card title={t('practice.entries.title')}>
      {entries.length === 0 ? (
        <p>{t('practice.entries.empty')}</p>
      ) : (
        <ul className="sb-entries">
          {entries.map((entry) => (
            <li key={entry.id} className="sb-entries__item">
              <Link to={`/portal/practice/entries/${encodeURIComponent(entry.id)}`}>
                {t(`practice.kinds.${entry.kind}`)}
              </Link>
              <span className="sb-entries__date">
                {formatDate(`${entry.localDate}T12:00:00Z`, i18n.language)}
              </span>
              <span className="sb-entries__badges">
                {entry.status === 'draft' ? (
                  <Badge tone="attention">{t('practice.entries.draft')}</Badge>
                ) : null}
                <Badge tone={entry.shared ? 'accent' : 'neutral'}>
                  {entry.shared ? t('practice.entries.shared') : t('practice.entries.private')}
                </Badge>
                {entry.comments.length > 0 ? (
                  <Badge tone="success">
                    {t('practice.entries.comments', { count: entry.comments.length })}
                  </Badge>
                ) : null}
              </span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
