import { onlineManager } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { PublicShell, SignedInShell } from '../../app/layouts';
import { Forbidden } from '../../app/not-found';
import { Spinner } from '../../ui/spinner';
import { homeFor, nextPathFor, SIGN_IN } from '../auth/home-route';
import { MeContext } from '../auth/me-context';
import { useSession } from '../auth/session';
import { SafetyPlanPage } from './safety-plan-page';

function useOnline(): boolean {
  return useSyncExternalStore(
    (notify) => onlineManager.subscribe(notify),
    () => onlineManager.isOnline(),
  );
}

/**
 * `/portal/safety-plan`: for a signed-in client like any portal page, and also when the session
 * cannot be checked because there is no connection. Then the page opens in the public frame
 * from the copy the service worker kept (or says it has none); the server decides nothing here,
 * and every change still needs the connection and the session.
 */
export function SafetyPlanRoute() {
  const { t } = useTranslation();
  const session = useSession();
  const location = useLocation();
  const online = useOnline();
  if (session.data === null) {
    return <Navigate to={SIGN_IN} replace state={{ from: location.pathname }} />;
  }
  if (session.data) {
    if (session.data.secondFactor !== 'complete') {
      return <Navigate to={nextPathFor(session.data)} replace />;
    }
    const { me } = session.data;
    return (
      <MeContext value={me}>
        <SignedInShell>
          {me.role === 'client' ? (
            <SafetyPlanPage signedIn />
          ) : (
            <Forbidden home={homeFor(me.role)} />
          )}
        </SignedInShell>
      </MeContext>
    );
  }
  return (
    <PublicShell>
      {!online || session.isError ? (
        <SafetyPlanPage signedIn={false} />
      ) : (
        <Spinner label={t('app.loading')} />
      )}
    </PublicShell>
  );
}
