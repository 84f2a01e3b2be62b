import { useQuery } from '@tanstack/react-query';
import type { SessionSummary } from '@securebase/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format';
import { Badge } from '../../ui/badge';
import { LoadError } from '../../ui/load-error';
import { Notice } from '../../ui/notice';
import { Spinner } from '../../ui/spinner';
import { Amendments } from './amendments';
import { NoteEditor } from './note-editor';
import { NoteView } from './note-view';
import { ProcessNotes } from './process-notes';
import { sessionQuery } from './queries';

/** One session: what it was, and its progress note as draft, locked record or amendments. */
export function SessionPanel({ caseId, session }: { caseId: string; session: SessionSummary }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const detail = useQuery(sessionQuery(session.id));
  return (
    <section className="sb-card sb-sessions__panel" aria-labelledby={headingId}>
      <h3 id={headingId} tabIndex={-1}>
        {t('sessions.panel.title', {
          number: session.number,
          when: formatDateTime(session.heldAt, i18n.language),
        })}
      </h3>
      <p className="sb-sessions__meta">
        {t('sessions.panel.meta', {
          minutes: session.durationMinutes,
          modality: t(`sessions.modalities.${session.modality}`),
          who: session.attendees.map((a) => a.displayName).join(', '),
        })}
      </p>
      {detail.isPending ? <Spinner label={t('app.loading')} /> : null}
      {detail.error ? (
        <LoadError error={detail.error} onRetry={() => void detail.refetch()} />
      ) : null}
      {detail.data ? (
        detail.data.note?.status === 'signed' ? (
          <>
            <p>
              <Badge tone="success">{t('sessions.note.signedBadge')}</Badge>{' '}
              <span className="sb-small">{t('sessions.note.lockedHint')}</span>
            </p>
            <NoteView note={detail.data.note} />
            <Amendments caseId={caseId} detail={detail.data} />
          </>
        ) : detail.data.note && !detail.data.note.authoredByMe ? (
          <>
            <Notice tone="info">
              {t('sessions.note.othersDraft', { who: detail.data.note.author })}
            </Notice>
            <NoteView note={detail.data.note} />
          </>
        ) : (
          <NoteEditor key={session.id} caseId={caseId} detail={detail.data} />
        )
      ) : null}
      <ProcessNotes caseId={caseId} sessionId={session.id} />
    </section>
  );
}
