import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { NOTE_LIMITS, type ProcessNote } from '@securebase/contracts';
import { useId, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format';
import { useDescribeError } from '../../lib/use-describe-error';
import { Button } from '../../ui/button';
import { TextAreaField } from '../../ui/field';
import { ErrorNotice } from '../../ui/notice';
import { editProcessNote, processNotesQuery, writeProcessNote } from './queries';

/**
 * The clinician's own process notes for a session: sealed at rest, never shown to colleagues
 * or the client, never part of the client's record.
 */
export function ProcessNotes({ caseId, sessionId }: { caseId: string; sessionId: string }) {
  const { t } = useTranslation();
  const describe = useDescribeError();
  const client = useQueryClient();
  const headingId = useId();
  const notes = useQuery(processNotesQuery(caseId));
  const [text, setText] = useState('');
  const [missing, setMissing] = useState(false);
  const write = useMutation({
    mutationFn: () => writeProcessNote(caseId, { text: text.trim(), sessionId }),
    onSuccess: async () => {
      setText('');
      await client.invalidateQueries({ queryKey: processNotesQuery(caseId).queryKey });
    },
  });
  const mine = (notes.data?.notes ?? []).filter((note) => note.sessionId === sessionId);

  function submit(event: SubmitEvent) {
    event.preventDefault();
    const empty = !text.trim();
    setMissing(empty);
    if (!empty) write.mutate();
  }

  return (
    <section className="sb-sessions__process" aria-labelledby={headingId}>
      <h4 id={headingId}>{t('sessions.process.title')}</h4>
      <p className="sb-small">{t('sessions.process.privacy')}</p>
      {notes.error ? <ErrorNotice>{describe(notes.error)}</ErrorNotice> : null}
      <ul className="sb-plain-list sb-sessions__process-list">
        {mine.map((note) => (
          <ProcessNoteItem key={note.id} caseId={caseId} note={note} />
        ))}
      </ul>
      <form noValidate onSubmit={submit}>
        {write.error ? <ErrorNotice>{describe(write.error)}</ErrorNotice> : null}
        <TextAreaField
          label={t('sessions.process.label')}
          hint={t('sessions.process.hint')}
          rows={3}
          maxLength={NOTE_LIMITS.noteField}
          value={text}
          onChange={(event) => setText(event.target.value)}
          error={missing ? t('sessions.process.missing') : undefined}
        />
        <Button type="submit" variant="secondary" busy={write.isPending}>
          {t('sessions.process.submit')}
        </Button>
      </form>
    </section>
  );
}

function ProcessNoteItem({ caseId, note }: { caseId: string; note: ProcessNote }) {
  const { t, i18n } = useTranslation();
  const describe = useDescribeError();
  const client = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(note.text);
  const edit = useMutation({
    mutationFn: () => editProcessNote(note.id, text.trim()),
    onSuccess: async () => {
      setEditing(false);
      await client.invalidateQueries({ queryKey: processNotesQuery(caseId).queryKey });
    },
  });
  const when = formatDateTime(note.updatedAt, i18n.language);
  return (
    <li>
      <p className="sb-small">{t('sessions.process.written', { when })}</p>
      {editing ? (
        <>
          <TextAreaField
            label={t('sessions.process.editLabel')}
            rows={3}
            maxLength={NOTE_LIMITS.noteField}
            value={text}
            onChange={(event) => setText(event.target.value)}
          />
          {edit.error ? <ErrorNotice>{describe(edit.error)}</ErrorNotice> : null}
          <div className="sb-sessions__actions">
            <Button
              variant="secondary"
              busy={edit.isPending}
              disabled={!text.trim()}
              onClick={() => edit.mutate()}
            >
              {t('sessions.process.saveEdit')}
            </Button>
            <Button variant="secondary" onClick={() => setEditing(false)}>
              {t('sessions.process.cancel')}
            </Button>
          </div>
        </>
      ) : (
        <>
          <p className="sb-sessions__amendment-text">{note.text}</p>
          <Button variant="secondary" onClick={() => setEditing(true)}>
            {t('sessions.process.edit')}
          </Button>
        </>
      )}
    </li>
  );
}
