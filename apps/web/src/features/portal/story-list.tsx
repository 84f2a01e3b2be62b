import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { HistoryEntry, HistoryList } from '@securebase/contracts';
import { useTranslation } from 'react-i18next';
import { useDescribeError } from '../../lib/use-describe-error';
import { Badge } from '../../ui/badge';
import { Card } from '../../ui/card';
import { ErrorNotice } from '../../ui/notice';
import { whenText } from '../history/entry-text';
import { myHistoryKey, shareMyHistoryEntry } from '../history/queries';
import { ShareSwitch } from './share-switch';

/** What the client has written, each entry saying who can see it, with its own switch. */
export function StoryList({ entries }: { entries: readonly HistoryEntry[] }) {
  const { t } = useTranslation();
  const shared = entries.filter((entry) => entry.sharedWithClinician).length;
  return (
    <Card title={t('history.story.list.title')}>
      <div className="sb-story__meaning">
        <p>{t('history.story.share.meaning')}</p>
        <p>{t('history.story.share.meaningUndo')}</p>
      </div>
      {entries.length === 0 ? (
        <p className="sb-story__empty">{t('history.story.list.empty')}</p>
      ) : (
        <>
          <p className="sb-story__count" aria-live="polite">
            {t('history.story.list.count', { count: entries.length, shared })}
          </p>
          <ul className="sb-story__list sb-plain-list">
            {entries.map((entry) => (
              <StoryItem key={entry.id} entry={entry} />
            ))}
          </ul>
        </>
      )}
    </Card>
  );
}

function StoryItem({ entry }: { entry: HistoryEntry }) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const describe = useDescribeError();
  const sharing = useMutation({
    mutationFn: (next: boolean) => shareMyHistoryEntry(entry.id, next),
    onSuccess: (updated) => {
      client.setQueryData<HistoryList>(myHistoryKey, (list) =>
        list ? { entries: list.entries.map((e) => (e.id === updated.id ? updated : e)) } : list,
      );
    },
  });
  return (
    <li className="sb-story__item">
      <div className="sb-story__item-head">
        <h3 className="sb-story__item-title">{entry.title}</h3>
        {entry.sharedWithClinician ? (
          <Badge tone="accent">{t('history.story.list.shared')}</Badge>
        ) : (
          <Badge>{t('history.story.list.private')}</Badge>
        )}
      </div>
      <p className="sb-story__item-meta">
        {t(`history.clientKinds.${entry.kind}`)} · {whenText(entry, t, i18n.language)}
      </p>
      {entry.detail ? <p className="sb-story__item-detail">{entry.detail}</p> : null}
      {sharing.error ? <ErrorNotice>{describe(sharing.error)}</ErrorNotice> : null}
      <ShareSwitch
        checked={entry.sharedWithClinician}
        onChange={(next) => sharing.mutate(next)}
        busy={sharing.isPending}
        about={entry.title}
      />
    </li>
  );
}
