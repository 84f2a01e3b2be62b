import { queryOptions, useQuery } from '@tanstack/react-query';
import type { SharedTextList } from '@securebase/contracts';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { formatDate } from '../../lib/format';
import { Card } from '../../ui/card';
import { LoadError } from '../../ui/load-error';
import { Spinner } from '../../ui/spinner';

export const sharedWordsQuery = queryOptions({
  queryKey: ['portal', 'shared-texts'],
  queryFn: () => api.get<SharedTextList>('/api/portal/shared-texts'),
});

/** On the client's home: words their clinician wrote for them and chose to share. */
export function SharedWords() {
  const { t, i18n } = useTranslation();
  const shared = useQuery(sharedWordsQuery);
  if (shared.isPending) return <Spinner label={t('app.loading')} />;
  if (shared.error) return <LoadError error={shared.error} onRetry={() => void shared.refetch()} />;
  if (shared.data.texts.length === 0) return null;
  return (
    <Card title={t('sharedWords.title')}>
      {shared.data.texts.map((text) => (
        <article key={text.id} className="sb-shared-words">
          <h3>{t(`sharedWords.kinds.${text.kind}`)}</h3>
          <p className="sb-small">
            {t('sharedWords.from', {
              name: text.sharedBy,
              date: formatDate(text.sharedAt, i18n.language),
            })}
          </p>
          {text.paragraphs.map((paragraph) => (
            <p key={paragraph}>{paragraph}</p>
          ))}
        </article>
      ))}
    </Card>
  );
}
