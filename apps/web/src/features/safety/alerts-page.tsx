import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../lib/use-page-title';
import { PageHeader } from '../../ui/page-header';
import { AlertsBlock } from './alerts-block';

export function AlertsPage() {
  const { t } = useTranslation();
  usePageTitle(t('alerts.title'));
  return (
    <>
      <PageHeader title={t('alerts.title')} description={t('alerts.pageDescription')} />
      <AlertsBlock />
    </>
  );
}
