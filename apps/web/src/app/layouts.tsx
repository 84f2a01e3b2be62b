import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { AppShell } from '../ui/app-shell';
import { Button } from '../ui/button';
import { homeFor } from '../features/auth/home-route';
import { useMe } from '../features/auth/me-context';
import { useSignOut } from '../features/auth/session';
import { alertsQuery } from '../features/safety/queries';
import { navFor } from './navigation';
import './layouts.css';

export function EmergencyFooter() {
  const { t } = useTranslation();
  return <p className="sb-emergency">{t('app.emergency')}</p>;
}

/** Pages before sign-in: a narrow column, no navigation. */
export function PublicShell({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <AppShell
      skipLinkLabel={t('app.skipToContent')}
      brand={t('app.name')}
      brandTo="/"
      footer={<EmergencyFooter />}
      width="narrow"
    >
      {children}
    </AppShell>
  );
}

export function PublicLayout() {
  return (
    <PublicShell>
      <Outlet />
    </PublicShell>
  );
}

/** Pages after sign-in: practice name, the person, their navigation, sign out. */
export function SignedInShell({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const me = useMe();
  const signOut = useSignOut();
  const portal = me.role === 'client' || me.role === 'caregiver';
  const alerts = useQuery({ ...alertsQuery, enabled: me.role === 'clinician' });
  const openAlerts = alerts.data?.alerts.filter((alert) => alert.acknowledgedAt === null).length;
  return (
    <AppShell
      skipLinkLabel={t('app.skipToContent')}
      brand={me.practiceName}
      brandTo={homeFor(me.role)}
      nav={navFor(me.role).map((item) => ({
        to: item.to,
        label: t(`nav.${item.key}`),
        also: item.also,
        badge:
          item.key === 'alerts' && openAlerts
            ? {
                text: String(openAlerts),
                label: t('nav.alertsCount', { count: openAlerts }),
                tone: 'danger' as const,
              }
            : undefined,
      }))}
      navLabel={t('app.mainNavigation')}
      width={portal ? 'narrow' : 'wide'}
      banner={me.demo ? <p className="sb-demo-banner">{t('app.demoNotice')}</p> : undefined}
      account={
        <>
          <span className="sb-account">
            <span className="sb-visually-hidden">{t('app.signedInAs')} </span>
            <span className="sb-account__name">{me.displayName}</span>
            {portal ? null : <span className="sb-account__role">{t(`roles.${me.role}`)}</span>}
          </span>
          <Button variant="secondary" busy={signOut.isPending} onClick={() => signOut.mutate()}>
            {signOut.isPending ? t('app.signingOut') : t('app.signOut')}
          </Button>
        </>
      }
      footer={<EmergencyFooter />}
    >
      {children}
    </AppShell>
  );
}

export function SignedInLayout() {
  return (
    <SignedInShell>
      <Outlet />
    </SignedInShell>
  );
}
