import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../ui/button';
import { Card } from '../../ui/card';

/** On the client's home: the way into "My story". */
export function MyStoryCard() {
  const { t } = useTranslation();
  return (
    <Card title={t('history.portalCard.title')}>
      <p>{t('history.portalCard.body')}</p>
      <ButtonLink to="/portal/my-story" variant="secondary" block>
        {t('history.portalCard.open')}
      </ButtonLink>
    </Card>
  );
}
