import { useTranslation } from 'react-i18next';
import { useDescribeError } from '../lib/use-describe-error';
import { Button } from './button';
import { Notice } from './notice';

/** A failed load, said plainly, with a way to try again. */
export function LoadError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const describe = useDescribeError();
  return (
    <Notice tone="attention" live="alert" title={t('errors.loadFailed')}>
      <p>{describe(error)}</p>
      {onRetry ? (
        <Button variant="secondary" onClick={onRetry}>
          {t('errors.tryAgain')}
        </Button>
      ) : null}
    </Notice>
  );
}
