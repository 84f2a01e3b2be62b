import { ARTICLES, articleById } from '@securebase/practice';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useParams } from 'react-router';
import { usePageTitle } from '../../../lib/use-page-title';
import { Badge } from '../../../ui/badge';
import { LoadError } from '../../../ui/load-error';
import { Spinner } from '../../../ui/spinner';
import { myPracticeQuery } from '../queries';
import '../practice.css';

/** The Learn library: short plain-language reads about attachment, with what was read. */
export function LearnPage() {
  const { t } = useTranslation();
  const practice = useQuery(myPracticeQuery);
  usePageTitle(t('practice.learn.title'));
  if (practice.isPending) return <Spinner label={t('app.loading')} />;
  if (practice.error) {
    return <LoadError error={practice.error} onRetry={() => void practice.refetch()} />;
  }
  const read = new Set(
    practice.data.entries
      .filter((e) => e.kind === 'article' && e.status === 'done')
      .map((e) => String(e.content.articleId)),
  );
  const assigned = new Set(
    practice.data.today.filter((task) => !task.done).map((task) => task.settings.articleId),
  );
  return (
    <div className="sb-learn">
      <p className="sb-exercise__back">
        <Link to="/portal/practice">{t('practice.exercise.back')}</Link>
      </p>
      <h1>{t('practice.learn.title')}</h1>
      <p>{t('practice.learn.intro')}</p>
      <ul className="sb-learn__list">
        {ARTICLES.map((article) => (
          <li key={article.id} className="sb-learn__item">
            <Link to={`/portal/learn/${article.id}`} className="sb-learn__title">
              {article.title}
            </Link>
            <p>{article.summary}</p>
            <p className="sb-learn__meta">
              {t('practice.learn.minutes', { count: article.readingMinutes })}
              {read.has(article.id) ? (
                <Badge tone="success">{t('practice.learn.read')}</Badge>
              ) : null}
              {assigned.has(article.id) ? (
                <Badge tone="accent">{t('practice.learn.suggested')}</Badge>
              ) : null}
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** One article: opens the entry that records reading it (the task's, or the one made before). */
export function LearnArticleRoute() {
  const { articleId = '' } = useParams();
  const { t } = useTranslation();
  const practice = useQuery(myPracticeQuery);
  if (!articleById(articleId)) return <p role="alert">{t('practice.learn.missing')}</p>;
  if (practice.isPending) return <Spinner label={t('app.loading')} />;
  if (practice.error) return <LoadError error={practice.error} />;
  const task = practice.data.today.find(
    (x) => x.kind === 'article' && x.settings.articleId === articleId,
  );
  const earlier = practice.data.entries.find(
    (e) => e.kind === 'article' && e.content.articleId === articleId,
  );
  if (task && !task.done) {
    const to = task.draftId
      ? `/portal/practice/entries/${task.draftId}`
      : `/portal/practice/do/article?task=${task.assignmentId}`;
    return <Navigate to={to} replace />;
  }
  if (earlier) return <Navigate to={`/portal/practice/entries/${earlier.id}`} replace />;
  return <Navigate to={`/portal/practice/do/article?article=${articleId}`} replace />;
}
