import type { Role } from '@securebase/contracts';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { Spinner } from '../../ui/spinner';
import { LoadError } from '../../ui/load-error';
import { PublicShell } from '../../app/layouts';
import { Forbidden } from '../../app/not-found';
import { homeFor, nextPathFor, SIGN_IN } from './home-route';
import { MeContext, useMe } from './me-context';
import { useSession } from './session';

/** While the session loads (or fails to), inside the public frame. */
function SessionPending({ error, retry }: { error: unknown; retry: () => void }) {
  const { t } = useTranslation();
  return (
    <PublicShell>
      {error ? <LoadError error={error} onRetry={retry} /> : <Spinner label={t('app.loading')} />}
    </PublicShell>
  );
}

/** `/`: send the person to where their sign-in stands. */
export function SessionRedirect() {
  const session = useSession();
  if (session.data === undefined) {
    return <SessionPending error={session.error} retry={() => void session.refetch()} />;
  }
  return <Navigate to={nextPathFor(session.data)} replace />;
}

/** Pages for a fully signed-in person; others go to sign in (or to finish signing in). */
export function RequireSignedIn() {
  const session = useSession();
  const location = useLocation();
  if (session.data === undefined) {
    return <SessionPending error={session.error} retry={() => void session.refetch()} />;
  }
  if (session.data === null) {
    return <Navigate to={SIGN_IN} replace state={{ from: location.pathname + location.search }} />;
  }
  if (session.data.secondFactor !== 'complete') {
    return <Navigate to={nextPathFor(session.data)} replace />;
  }
  return (
    <MeContext value={session.data.me}>
      <Outlet />
    </MeContext>
  );
}

/** Pages for some roles only (the server enforces this too). */
export function RequireRole({ roles }: { roles: readonly Role[] }) {
  const me = useMe();
  if (!roles.includes(me.role)) return <Forbidden home={homeFor(me.role)} />;
  return <Outlet />;
}
