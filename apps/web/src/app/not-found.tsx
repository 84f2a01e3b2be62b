import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../ui/button';
import { PageHeader } from '../ui/page-header';
import { usePageTitle } from '../lib/use-page-title';
import { homeFor } from '../features/auth/home-route';
import { MeContext } from '../features/auth/me-context';
import { useSession } from '../features/auth/session';
import { PublicShell, SignedInShell } from './layouts';

function Message({ title, body, home }: { title: string; body: string; home: string }) {
  const { t } = useTranslation();
  usePageTitle(title);
  return (
    <>
      <PageHeader title={title} description={body} />
      <ButtonLink to={home} variant="secondary">
        {t('notFound.home')}
      </ButtonLink>
    </>
  );
}

/** Any address the app does not know, inside the frame that fits who is looking. */
export function NotFoundPage() {
  const { t } = useTranslation();
  const { data } = useSession();
  const signedIn = data?.secondFactor === 'complete';
  const content = (
    <Message
      title={t('notFound.title')}
      body={t('notFound.body')}
      home={signedIn ? homeFor(data.me.role) : '/'}
    />
  );
  if (!signedIn) return <PublicShell>{content}</PublicShell>;
  return (
    <MeContext value={data.me}>
      <SignedInShell>{content}</SignedInShell>
    </MeContext>
  );
}

export function Forbidden({ home }: { home: string }) {
  const { t } = useTranslation();
  return <Message title={t('forbidden.title')} body={t('forbidden.body')} home={home} />;
}
