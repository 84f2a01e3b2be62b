import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  EMPTY_NOTE,
  NOTE_LIMITS,
  TECHNIQUES,
  type ProgressNote,
  type ProgressNoteContent,
  type SessionDetail,
} from '@securebase/contracts';
import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { useDescribeError } from '../../lib/use-describe-error';
import { Badge } from '../../ui/badge';
import { Button } from '../../ui/button';
import { ConfirmDialog } from '../../ui/dialog';
import { Checkbox, TextAreaField } from '../../ui/field';
import { ErrorNotice, Notice } from '../../ui/notice';
import { saveNote, sessionQuery, sessionsKey, signNote } from './queries';

const contentOf = (note: ProgressNote | null): ProgressNoteContent =>
  note
    ? {
        focus: note.focus,
        techniques: note.techniques,
        observations: note.observations,
        plan: note.plan,
      }
    : EMPTY_NOTE;

const same = (a: ProgressNoteContent, b: ProgressNoteContent) =>
  a.focus.trim() === b.focus &&
  a.observations.trim() === b.observations &&
  a.plan.trim() === b.plan &&
  a.techniques.length === b.techniques.length &&
  a.techniques.every((technique) => b.techniques.includes(technique));

/** The author's draft: written, saved as often as wanted, then signed and locked. */
export function NoteEditor({ caseId, detail }: { caseId: string; detail: SessionDetail }) {
  const { t } = useTranslation();
  const describe = useDescribeError();
  const client = useQueryClient();
  const [saved, setSaved] = useState<ProgressNote | null>(detail.note);
  const [form, setForm] = useState<ProgressNoteContent>(() => contentOf(detail.note));
  const [confirming, setConfirming] = useState(false);
  const sessionId = detail.session.id;
  const dirty = !same(form, contentOf(saved));

  const settle = (next: SessionDetail) => {
    setSaved(next.note);
    client.setQueryData(sessionQuery(sessionId).queryKey, next);
    void client.invalidateQueries({ queryKey: sessionsKey(caseId) });
  };
  const save = useMutation({
    mutationFn: () =>
      saveNote(sessionId, {
        ...form,
        ...(saved ? { baseUpdatedAt: saved.updatedAt } : {}),
      }),
    onSuccess: settle,
  });
  const sign = useMutation({
    mutationFn: () => signNote(sessionId),
    onSuccess: (next) => {
      setConfirming(false);
      settle(next);
    },
    onError: () => setConfirming(false),
  });
  const stale =
    save.error instanceof ApiError &&
    save.error.status === 409 &&
    save.error.details.reason === 'stale';

  async function reload() {
    const fresh = await client.query({ ...sessionQuery(sessionId), staleTime: 0 });
    save.reset();
    settle(fresh);
    setForm(contentOf(fresh.note));
  }

  function submit(event: SubmitEvent) {
    event.preventDefault();
    save.mutate();
  }
  const set = (patch: Partial<ProgressNoteContent>) => setForm((f) => ({ ...f, ...patch }));

  return (
    <form noValidate onSubmit={submit} className="sb-sessions__editor">
      <p className="sb-sessions__status">
        {saved ? <Badge tone="attention">{t('sessions.note.draft')}</Badge> : null}{' '}
        {dirty ? <Badge>{t('sessions.note.unsaved')}</Badge> : null}
      </p>
      <TextAreaField
        label={t('sessions.note.focus')}
        hint={t('sessions.note.focusHint')}
        rows={3}
        maxLength={NOTE_LIMITS.noteField}
        value={form.focus}
        onChange={(event) => set({ focus: event.target.value })}
      />
      <fieldset className="sb-sessions__techniques">
        <legend className="sb-field__label">{t('sessions.note.techniques')}</legend>
        <p className="sb-field__hint">{t('sessions.note.techniquesHint')}</p>
        <div className="sb-sessions__technique-grid">
          {TECHNIQUES.map((technique) => (
            <Checkbox
              key={technique}
              label={
                <>
                  {t(`sessions.techniques.${technique}.label`)}
                  <span className="sb-small sb-sessions__technique-hint">
                    {t(`sessions.techniques.${technique}.hint`)}
                  </span>
                </>
              }
              checked={form.techniques.includes(technique)}
              onChange={(event) =>
                set({
                  techniques: event.target.checked
                    ? TECHNIQUES.filter((x) => x === technique || form.techniques.includes(x))
                    : form.techniques.filter((x) => x !== technique),
                })
              }
            />
          ))}
        </div>
      </fieldset>
      <TextAreaField
        label={t('sessions.note.observations')}
        hint={t('sessions.note.observationsHint')}
        rows={5}
        maxLength={NOTE_LIMITS.noteField}
        value={form.observations}
        onChange={(event) => set({ observations: event.target.value })}
      />
      <TextAreaField
        label={t('sessions.note.plan')}
        hint={t('sessions.note.planHint')}
        rows={3}
        maxLength={NOTE_LIMITS.noteField}
        value={form.plan}
        onChange={(event) => set({ plan: event.target.value })}
      />
      {save.isSuccess && !dirty ? (
        <Notice tone="success" live="status">
          {t('sessions.note.saved')}
        </Notice>
      ) : null}
      {stale ? (
        <Notice tone="attention" live="alert">
          <p>{t('sessions.note.stale')}</p>
          <Button variant="secondary" onClick={() => void reload()}>
            {t('sessions.note.reload')}
          </Button>
        </Notice>
      ) : save.error ? (
        <ErrorNotice>{describe(save.error)}</ErrorNotice>
      ) : null}
      {sign.error ? <ErrorNotice>{describe(sign.error)}</ErrorNotice> : null}
      <div className="sb-sessions__actions">
        <Button type="submit" variant="secondary" busy={save.isPending} disabled={!dirty}>
          {t('sessions.note.save')}
        </Button>
        <Button type="button" disabled={!saved || dirty} onClick={() => setConfirming(true)}>
          {t('sessions.note.sign')}
        </Button>
      </div>
      {saved && dirty ? <p className="sb-small">{t('sessions.note.saveBeforeSigning')}</p> : null}
      <ConfirmDialog
        open={confirming}
        title={t('sessions.note.confirmTitle')}
        confirmLabel={t('sessions.note.confirm')}
        cancelLabel={t('sessions.note.notYet')}
        busy={sign.isPending}
        onConfirm={() => sign.mutate()}
        onCancel={() => setConfirming(false)}
      >
        <p>{t('sessions.note.confirmBody')}</p>
      </ConfirmDialog>
    </form>
  );
}
