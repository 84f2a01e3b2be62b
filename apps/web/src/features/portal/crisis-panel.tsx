import { useTranslation } from 'react-i18next';
import { Card } from '../../ui/card';
import { CrisisResourcesBody, useCrisisResources } from '../safety/crisis-resources';
import './portal.css';

/**
 * Always on the client's home: what to do in a crisis, in plain words. The bundled default
 * shows at once (no network needed); the practice's own resources replace it when loaded.
 */
export function CrisisPanel() {
  const { t } = useTranslation();
  const resources = useCrisisResources();
  return (
    <div id="crisis" tabIndex={-1} className="sb-crisis-anchor">
      <Card title={t('portal.crisisTitle')} tone="danger" className="sb-crisis">
        <CrisisResourcesBody resources={resources} />
        <p>{t('portal.crisisNext')}</p>
      </Card>
    </div>
  );
}
