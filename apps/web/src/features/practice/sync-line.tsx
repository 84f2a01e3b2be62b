import { useTranslation } from 'react-i18next';
import type { SyncStatus } from './use-entry-saver';

/** Where the entry stands, said plainly and announced politely. */
export function SyncLine({ status, finished }: { status: SyncStatus; finished: boolean }) {
  const { t } = useTranslation();
  const text: Record<SyncStatus, string> = {
    idle: t('practice.sync.idle'),
    saving: t('practice.sync.saving'),
    saved: finished ? t('practice.sync.savedDone') : t('practice.sync.savedDraft'),
    offline: t('practice.sync.offline'),
    refused: t('practice.sync.refused'),
  };
  return (
    <p className={`sb-sync sb-sync--${status}`} role="status" aria-live="polite" data-sync={status}>
      {text[status]}
    </p>
  );
}
