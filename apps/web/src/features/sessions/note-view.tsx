import type { ProgressNote } from '@securebase/contracts';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format';

/** A note as written: the four parts, with the techniques as words. */
export function NoteView({ note }: { note: ProgressNote }) {
  const { t, i18n } = useTranslation();
  const empty = <span className="sb-sessions__empty">{t('sessions.note.nothing')}</span>;
  return (
    <dl className="sb-sessions__note-view">
      <dt>{t('sessions.note.focus')}</dt>
      <dd>{note.focus || empty}</dd>
      <dt>{t('sessions.note.techniques')}</dt>
      <dd>
        {note.techniques.length === 0 ? (
          empty
        ) : (
          <ul className="sb-sessions__techniques-list">
            {note.techniques.map((technique) => (
              <li key={technique}>{t(`sessions.techniques.${technique}.label`)}</li>
            ))}
          </ul>
        )}
      </dd>
      <dt>{t('sessions.note.observations')}</dt>
      <dd>{note.observations || empty}</dd>
      <dt>{t('sessions.note.plan')}</dt>
      <dd>{note.plan || empty}</dd>
      {note.signedAt ? (
        <>
          <dt>{t('sessions.note.signature')}</dt>
          <dd>
            {t('sessions.note.signedBy', {
              who: note.signedBy ?? '',
              when: formatDateTime(note.signedAt, i18n.language),
            })}
          </dd>
        </>
      ) : null}
    </dl>
  );
}
