import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, NetworkError } from '../api/client';
import { minutesToWait } from './format';

/** Turns any error into one sentence a person can act on (the server's message first). */
export function useDescribeError(): (error: unknown) => string {
  const { t } = useTranslation();
  return useCallback(
    (error: unknown) => {
      if (error instanceof ApiError) {
        const base = error.message || t('errors.generic');
        if (error.status === 429 && error.retryAfterSeconds !== null) {
          return `${base} ${t('errors.retryAfter', { count: minutesToWait(error.retryAfterSeconds) })}`;
        }
        return base;
      }
      if (error instanceof NetworkError) return t('errors.network');
      return t('errors.generic');
    },
    [t],
  );
}
