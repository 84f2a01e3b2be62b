import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../lib/use-page-title';
import { EmptyState } from '../../ui/empty-state';
import { PageHeader } from '../../ui/page-header';

/** The researcher's home until the research workspace exists: honest, no sample data. */
export function ResearchPage() {
  const { t } = useTranslation();
  usePageTitle(t('research.title'));
  return (
    <>
      <PageHeader title={t('research.title')} />
      <EmptyState title={t('research.emptyTitle')}>
        <p>{t('research.emptyBody')}</p>
      </EmptyState>
    </>
  );
}
