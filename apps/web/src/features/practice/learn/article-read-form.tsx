import { articleById } from '@securebase/practice';
import { useTranslation } from 'react-i18next';
import { TextAreaField } from '../../../ui/field';
import { problemAt, type ExerciseFormProps } from '../exercise-form';
import { ArticleView } from './article-view';

/** Reading an article: the text, then a question the client may bring to their next session. */
export function ArticleReadForm({ value, onChange, problem }: ExerciseFormProps<'article'>) {
  const { t } = useTranslation();
  const article = articleById(value.articleId);
  if (!article) return <p role="alert">{t('practice.learn.missing')}</p>;
  return (
    <div className="sb-article-read">
      <ArticleView article={article} />
      <TextAreaField
        label={t('practice.learn.question')}
        hint={t('practice.learn.questionHint')}
        value={value.question}
        error={problemAt(problem, 'question')}
        maxLength={4000}
        rows={3}
        onChange={(event) => onChange({ ...value, question: event.target.value })}
      />
    </div>
  );
}
