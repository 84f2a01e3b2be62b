import { useMutation, useQueryClient } from '@tanstack/react-query';
import { NOTE_LIMITS, type SessionDetail } from '@securebase/contracts';
import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format';
import { splitError } from '../../lib/form-errors';
import { useDescribeError } from '../../lib/use-describe-error';
import { Button } from '../../ui/button';
import { TextAreaField } from '../../ui/field';
import { ErrorNotice } from '../../ui/notice';
import { amendNote, sessionQuery, sessionsKey } from './queries';

/** A signed note's amendments, oldest first, and the form that adds one. */
export function Amendments({ caseId, detail }: { caseId: string; detail: SessionDetail }) {
  const { t, i18n } = useTranslation();
  const describe = useDescribeError();
  const client = useQueryClient();
  const [text, setText] = useState('');
  const [missing, setMissing] = useState(false);
  const sessionId = detail.session.id;
  const mutation = useMutation({
    mutationFn: () => amendNote(sessionId, { text: text.trim() }),
    onSuccess: (next) => {
      setText('');
      client.setQueryData(sessionQuery(sessionId).queryKey, next);
      void client.invalidateQueries({ queryKey: sessionsKey(caseId) });
    },
  });
  const errors = splitError(mutation.error, ['text'], describe);
  const amendments = detail.note?.amendments ?? [];

  function submit(event: SubmitEvent) {
    event.preventDefault();
    const empty = !text.trim();
    setMissing(empty);
    if (!empty) mutation.mutate();
  }

  return (
    <section className="sb-sessions__amendments" aria-labelledby={`${sessionId}-amendments`}>
      <h4 id={`${sessionId}-amendments`}>{t('sessions.amend.title')}</h4>
      {amendments.length === 0 ? (
        <p className="sb-sessions__empty">{t('sessions.amend.none')}</p>
      ) : (
        <ol className="sb-plain-list sb-sessions__amendment-list">
          {amendments.map((amendment) => (
            <li key={amendment.id}>
              <p className="sb-small">
                {t('sessions.amend.by', {
                  who: amendment.author,
                  when: formatDateTime(amendment.createdAt, i18n.language),
                })}
              </p>
              <p className="sb-sessions__amendment-text">{amendment.text}</p>
            </li>
          ))}
        </ol>
      )}
      <form noValidate onSubmit={submit}>
        {errors.form ? <ErrorNotice>{errors.form}</ErrorNotice> : null}
        <TextAreaField
          label={t('sessions.amend.label')}
          hint={t('sessions.amend.hint')}
          rows={3}
          maxLength={NOTE_LIMITS.amendment}
          value={text}
          onChange={(event) => setText(event.target.value)}
          error={missing ? t('sessions.amend.missing') : errors.fields.text}
        />
        <Button type="submit" variant="secondary" busy={mutation.isPending}>
          {t('sessions.amend.submit')}
        </Button>
      </form>
    </section>
  );
}
