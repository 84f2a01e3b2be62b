import { useMutation, useQuery } from '@tanstack/react-query';
import type { InvitationPreview, LoginResult } from '@securebase/contracts';
import { useEffect, useRef, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { api, isApiError } from '../../api/client';
import { tokenFromHash } from '../../lib/format';
import { splitError } from '../../lib/form-errors';
import { useDescribeError } from '../../lib/use-describe-error';
import { usePageTitle } from '../../lib/use-page-title';
import { Button, ButtonLink } from '../../ui/button';
import { Card } from '../../ui/card';
import { TextField } from '../../ui/field';
import { LoadError } from '../../ui/load-error';
import { ErrorNotice, Notice } from '../../ui/notice';
import { PageHeader } from '../../ui/page-header';
import { Spinner } from '../../ui/spinner';
import { SIGN_IN } from './home-route';
import { useFinishSignIn } from './use-finish-sign-in';
import './auth.css';

export const MIN_PASSWORD_LENGTH = 12;

/**
 * `/accept-invitation#token=…`: the token travels in the fragment (never sent to the server
 * in a URL). It is read once, kept in memory, and removed from the address bar.
 */
export function AcceptInvitationPage() {
  const { t } = useTranslation();
  usePageTitle(t('invitation.title'));
  const location = useLocation();
  const navigate = useNavigate();
  const [token] = useState(() => tokenFromHash(location.hash));

  useEffect(() => {
    if (location.hash) void navigate(location.pathname, { replace: true });
  }, [location.hash, location.pathname, navigate]);

  const preview = useQuery({
    queryKey: ['invitation-preview', token],
    queryFn: () => api.post<InvitationPreview>('/api/invitations/preview', { token }),
    enabled: token !== null,
    staleTime: Infinity,
    gcTime: 0,
    retry: false,
    refetchOnWindowFocus: false,
  });

  if (token === null) {
    return <Unusable title={t('invitation.title')} body={t('invitation.noToken')} />;
  }
  if (preview.isPending) return <Spinner label={t('invitation.checking')} />;
  if (preview.error) {
    if (isApiError(preview.error, 404) || isApiError(preview.error, 400)) {
      return <Unusable title={t('invitation.invalidTitle')} body={t('invitation.invalidBody')} />;
    }
    return (
      <>
        <PageHeader title={t('invitation.title')} />
        <LoadError error={preview.error} onRetry={() => void preview.refetch()} />
      </>
    );
  }
  return <AcceptForm token={token} preview={preview.data} />;
}

function Unusable({ title, body }: { title: string; body: string }) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={title} description={body} />
      <ButtonLink to={SIGN_IN} variant="secondary">
        {t('invitation.goToSignIn')}
      </ButtonLink>
    </>
  );
}

function AcceptForm({ token, preview }: { token: string; preview: InvitationPreview }) {
  const { t } = useTranslation();
  const describe = useDescribeError();
  const finish = useFinishSignIn();
  const [password, setPassword] = useState('');
  const [tooShort, setTooShort] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);

  const accept = useMutation({
    mutationFn: (value: string) =>
      api.post<LoginResult>('/api/invitations/accept', { token, password: value }),
    onSuccess: (result) => finish(result),
    onError: () => inputRef.current?.focus(),
  });

  const server = splitError(accept.error, ['password'], describe);
  const length = password.length;

  function submit(event: SubmitEvent) {
    event.preventDefault();
    if (length < MIN_PASSWORD_LENGTH) {
      setTooShort(true);
      inputRef.current?.focus();
      return;
    }
    setTooShort(false);
    accept.mutate(password);
  }

  return (
    <>
      <PageHeader
        title={t('invitation.welcome', { name: preview.displayName })}
        description={t('invitation.invitedBy', {
          practice: preview.practiceName,
          role: t(`roleArticle.${preview.role}`),
        })}
      />
      <Notice tone="info">{t('invitation.email', { email: preview.email })}</Notice>
      <Card>
        <form noValidate onSubmit={submit} className="sb-auth-form">
          <p>{t('invitation.passwordIntro')}</p>
          {server.form ? <ErrorNotice>{server.form}</ErrorNotice> : null}
          {/* A hidden username lets password managers save the right account. */}
          <input
            type="email"
            name="username"
            autoComplete="username"
            value={preview.email}
            readOnly
            hidden
          />
          <TextField
            ref={inputRef}
            label={t('invitation.newPassword')}
            hint={t('invitation.passwordHint')}
            type="password"
            name="new-password"
            autoComplete="new-password"
            value={password}
            onChange={(event) => {
              setPassword(event.target.value);
              if (tooShort && event.target.value.length >= MIN_PASSWORD_LENGTH) {
                setTooShort(false);
              }
            }}
            error={tooShort ? t('invitation.tooShort') : server.fields.password}
          />
          <p className={length >= MIN_PASSWORD_LENGTH ? 'sb-length sb-length--ok' : 'sb-length'}>
            {t('invitation.length', { count: length })}
          </p>
          <Button type="submit" block busy={accept.isPending}>
            {t('invitation.submit')}
          </Button>
        </form>
      </Card>
    </>
  );
}
