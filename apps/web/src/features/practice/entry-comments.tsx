import type { PracticeEntry } from '@securebase/contracts';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/format';
import { Button } from '../../ui/button';
import { TextAreaField } from '../../ui/field';
import { MY_PRACTICE_KEY, myPracticeQuery, useCommentOnEntry } from './queries';

/** The conversation on a finished entry: the clinician's comments and the client's replies. */
export function EntryComments({ entry }: { entry: PracticeEntry }) {
  const { t, i18n } = useTranslation();
  const practice = useQuery(myPracticeQuery);
  const current = practice.data?.entries.find((e) => e.id === entry.id) ?? entry;
  const comment = useCommentOnEntry(MY_PRACTICE_KEY);
  const [text, setText] = useState('');
  return (
    <section className="sb-comments" aria-labelledby="entry-comments">
      <h2 id="entry-comments">{t('practice.comments.title')}</h2>
      {current.comments.length === 0 ? (
        <p>
          {current.shared ? t('practice.comments.noneShared') : t('practice.comments.nonePrivate')}
        </p>
      ) : (
        <ul className="sb-comments__list">
          {current.comments.map((c) => (
            <li key={c.id} className={`sb-comment sb-comment--${c.authorRole}`}>
              <p className="sb-comment__who">
                {t('practice.comments.by', {
                  name: c.authorName,
                  date: formatDate(c.createdAt, i18n.language),
                })}
              </p>
              <p>{c.text}</p>
            </li>
          ))}
        </ul>
      )}
      {current.shared ? (
        <form
          className="sb-comments__form"
          onSubmit={(event) => {
            event.preventDefault();
            comment.mutate({ entryId: entry.id, text }, { onSuccess: () => setText('') });
          }}
        >
          <TextAreaField
            label={t('practice.comments.reply')}
            value={text}
            rows={2}
            maxLength={2000}
            error={comment.error instanceof Error ? comment.error.message : null}
            onChange={(event) => setText(event.target.value)}
          />
          <Button
            type="submit"
            variant="secondary"
            disabled={text.trim() === '' || comment.isPending}
          >
            {t('practice.comments.send')}
          </Button>
        </form>
      ) : null}
    </section>
  );
}
