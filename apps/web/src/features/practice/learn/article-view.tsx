import type { Article, Reference } from '@securebase/practice';
import { useTranslation } from 'react-i18next';

function citation(ref: Reference): string {
  return `${ref.authors} (${String(ref.year)}). ${ref.title}. ${ref.source}.`;
}

/** A Learn article: plain-language sections, questions to reflect on, and its sources. */
export function ArticleView({
  article,
  headingLevel = 2,
}: {
  article: Article;
  headingLevel?: 2 | 3;
}) {
  const { t } = useTranslation();
  const Section = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article className="sb-article">
      <p className="sb-article__meta">
        {t('practice.learn.minutes', { count: article.readingMinutes })}
      </p>
      {article.sections.map((section) => (
        <section key={section.heading}>
          <Section>{section.heading}</Section>
          {section.paragraphs.map((paragraph) => (
            <p key={paragraph.slice(0, 40)}>{paragraph}</p>
          ))}
        </section>
      ))}
      <section className="sb-article__reflect">
        <Section>{t('practice.learn.reflect')}</Section>
        <ul>
          {article.reflect.map((question) => (
            <li key={question}>{question}</li>
          ))}
        </ul>
      </section>
      <details className="sb-article__sources">
        <summary>{t('practice.learn.sources', { count: article.references.length })}</summary>
        <ol>
          {article.references.map((ref) => (
            <li key={`${ref.authors}-${String(ref.year)}`}>
              {citation(ref)}
              {ref.doi ? (
                <>
                  {' '}
                  <a href={`https://doi.org/${ref.doi}`} rel="noreferrer" target="_blank">
                    {`doi:${ref.doi}`}
                  </a>
                </>
              ) : null}
            </li>
          ))}
        </ol>
      </details>
    </article>
  );
}
