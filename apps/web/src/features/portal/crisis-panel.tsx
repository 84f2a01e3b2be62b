import { useTranslation } from 'react-i18next';
import { Card } from '../../ui/card';

/** Always on the client's home: what to do in a crisis, in plain words. */
export function CrisisPanel() {
  const { t } = useTranslation();
  return (
    <div id="crisis" tabIndex={-1} className="sb-crisis-anchor">
      <Card title={t('portal.crisisTitle')} tone="danger" className="sb-crisis">
        <p>{t('portal.crisisBody')}</p>
        <p className="sb-crisis__action">{t('portal.crisisAction')}</p>
        <p>{t('portal.crisisNext')}</p>
      </Card>
    </div>
  );
}
