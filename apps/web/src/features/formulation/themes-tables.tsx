import type { ThemeSummary } from '@securebase/contracts';
import { useTranslation } from 'react-i18next';
import { Table } from '../../ui/table';
import { clusterKey, type ThemePart } from './labels';

const PARTS: readonly { part: ThemePart; counts: keyof Omit<ThemeSummary, 'episodes'> }[] = [
  { part: 'wish', counts: 'wishes' },
  { part: 'other', counts: 'responsesOfOther' },
  { part: 'self', counts: 'responsesOfSelf' },
];

/**
 * The core relational theme as counts: for each part, how many episodes fall in each category,
 * most frequent first. What recurs is what the theme is (Luborsky's CCRT method).
 */
export function ThemesTables({ themes }: { themes: ThemeSummary }) {
  const { t } = useTranslation();
  const categorised = PARTS.some(({ counts }) => themes[counts].length > 0);
  return (
    <div className="sb-formulation__themes">
      <h4>{t('formulation.themes.title')}</h4>
      {categorised ? (
        <>
          <p className="sb-formulation__lead">
            {t('formulation.themes.lead', { count: themes.episodes })}
          </p>
          <div className="sb-formulation__theme-grid">
            {PARTS.map(({ part, counts }) =>
              themes[counts].length === 0 ? (
                <p key={part} className="sb-formulation__theme-empty">
                  {t('formulation.themes.emptyPart', {
                    part: t(`formulation.themes.caption.${part}`),
                  })}
                </p>
              ) : (
                <Table
                  key={part}
                  caption={t(`formulation.themes.caption.${part}`)}
                  columns={[
                    {
                      key: 'category',
                      header: t('formulation.themes.category'),
                      rowHeader: true,
                      cell: (row) => {
                        const key = clusterKey(part, row.cluster);
                        return key ? t(key) : row.cluster;
                      },
                    },
                    {
                      key: 'count',
                      header: t('formulation.themes.episodes'),
                      className: 'sb-formulation__count',
                      cell: (row) =>
                        t('formulation.themes.ofEpisodes', {
                          count: row.count,
                          total: themes.episodes,
                        }),
                    },
                  ]}
                  rows={themes[counts]}
                  rowKey={(row) => row.cluster}
                />
              ),
            )}
          </div>
        </>
      ) : (
        <p className="sb-formulation__none">{t('formulation.themes.none')}</p>
      )}
    </div>
  );
}
