import type { PracticeComment, PracticeEntry } from '@securebase/contracts';
import { useId, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/format';
import { splitError } from '../../../lib/form-errors';
import { useDescribeError } from '../../../lib/use-describe-error';
import { Button } from '../../../ui/button';
import { TextAreaField } from '../../../ui/field';
import { ErrorNotice } from '../../../ui/notice';
import { useCommentOnEntry } from '../queries';
import { entryContent } from './entry-content';
import { useLocalDate } from './local-date';

/** One entry the client chose to share: what they wrote, the comments, and a comment box. */
export function SharedEntry({
  caseId,
  entry,
  memberName,
}: {
  caseId: string;
  entry: PracticeEntry;
  memberName: string;
}) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const date = useLocalDate();
  const locale = i18n.language;
  return (
    <article className="sb-practice-clinic__entry" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="sb-practice-clinic__item-title">
        {t(`practiceClinic.kinds.${entry.kind}`)} · {date(entry.localDate)}
      </h3>
      <p className="sb-small">
        {t('practiceClinic.shared.byline', {
          name: memberName,
          date: formatDateTime(entry.completedAt ?? entry.updatedAt, locale),
        })}
      </p>
      {entryContent(entry.kind, entry.content, { t, locale, date })}
      <Comments comments={entry.comments} />
      <CommentBox caseId={caseId} entryId={entry.id} />
    </article>
  );
}

function Comments({ comments }: { comments: readonly PracticeComment[] }) {
  const { t, i18n } = useTranslation();
  if (comments.length === 0) return null;
  return (
    <section className="sb-practice-clinic__comments">
      <h4 className="sb-practice-clinic__comments-title">{t('practiceClinic.comments.title')}</h4>
      <ul className="sb-practice-clinic__comment-list">
        {comments.map((c) => (
          <li key={c.id}>
            <p className="sb-small">
              {t('practiceClinic.comments.by', {
                name: c.authorName,
                role: t(`practiceClinic.comments.roles.${c.authorRole}`),
                date: formatDateTime(c.createdAt, i18n.language),
              })}
            </p>
            <p className="sb-entry__text">{c.text}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}

function CommentBox({ caseId, entryId }: { caseId: string; entryId: string }) {
  const { t } = useTranslation();
  const describe = useDescribeError();
  const comment = useCommentOnEntry(['cases', caseId, 'practice']);
  const [text, setText] = useState('');
  const [blank, setBlank] = useState(false);
  const errors = splitError(comment.error, ['text'], describe);

  function submit(event: SubmitEvent) {
    event.preventDefault();
    if (text.trim() === '') {
      setBlank(true);
      return;
    }
    comment.mutate({ entryId, text: text.trim() }, { onSuccess: () => setText('') });
  }

  return (
    <form noValidate onSubmit={submit} className="sb-practice-clinic__comment-form">
      {errors.form ? <ErrorNotice>{errors.form}</ErrorNotice> : null}
      <TextAreaField
        label={t('practiceClinic.comments.label')}
        hint={t('practiceClinic.comments.hint')}
        rows={2}
        maxLength={2000}
        value={text}
        onChange={(event) => {
          setBlank(false);
          setText(event.target.value);
        }}
        error={blank ? t('practiceClinic.comments.empty') : errors.fields.text}
      />
      <Button type="submit" variant="secondary" busy={comment.isPending}>
        {t('practiceClinic.comments.submit')}
      </Button>
    </form>
  );
}
