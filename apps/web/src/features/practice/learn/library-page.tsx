import { ARTICLES, articleById } from '@securebase/practice';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { usePageTitle } from '../../../lib/use-page-title';
import { ArticleView } from './article-view';
import '../practice.css';

/** The clinician's view of Learn: every article a client may be given, to read first. */
export function LearnLibraryPage() {
  const { t } = useTranslation();
  usePageTitle(t('practice.learn.title'));
  return (
    <div className="sb-learn">
      <h1>{t('practice.learn.title')}</h1>
      <p>{t('practice.learn.clinicianIntro')}</p>
      <ul className="sb-learn__list">
        {ARTICLES.map((article) => (
          <li key={article.id} className="sb-learn__item">
            <Link to={`/learn/${article.id}`} className="sb-learn__title">
              {article.title}
            </Link>
            <p>{article.summary}</p>
            <p className="sb-learn__meta">
              {t('practice.learn.minutes', { count: article.readingMinutes })}
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function LearnLibraryArticlePage() {
  const { t } = useTranslation();
  const { articleId = '' } = useParams();
  const article = articleById(articleId);
  usePageTitle(article?.title ?? t('practice.learn.title'));
  if (!article) return <p role="alert">{t('practice.learn.missing')}</p>;
  return (
    <div className="sb-learn">
      <p className="sb-exercise__back">
        <Link to="/learn">{t('practice.learn.back')}</Link>
      </p>
      <h1>{article.title}</h1>
      <ArticleView article={article} />
    </div>
  );
}
