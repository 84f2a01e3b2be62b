import { useMutation } from '@tanstack/react-query';
import type { LoginResult } from '@securebase/contracts';
import { useRef, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { api } from '../../api/client';
import { splitError } from '../../lib/form-errors';
import { useDescribeError } from '../../lib/use-describe-error';
import { usePageTitle } from '../../lib/use-page-title';
import { Button } from '../../ui/button';
import { Card } from '../../ui/card';
import { TextField } from '../../ui/field';
import { ErrorNotice, Notice } from '../../ui/notice';
import { PageHeader } from '../../ui/page-header';
import { homeFor } from './home-route';
import { useSession } from './session';
import { fromState, useFinishSignIn } from './use-finish-sign-in';
import './auth.css';

export function SignInPage() {
  const { t } = useTranslation();
  usePageTitle(t('auth.signIn.title'));
  const describe = useDescribeError();
  const location = useLocation();
  const session = useSession();
  const finish = useFinishSignIn();
  const from = fromState(location.state);
  const signedOut =
    typeof location.state === 'object' && location.state !== null && 'signedOut' in location.state;

  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState<Record<string, string>>({});
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  const login = useMutation({
    mutationFn: (body: { email: string; password: string }) =>
      api.post<LoginResult>('/api/auth/login', body),
    onSuccess: (result) => finish(result, from),
    onError: () => {
      setPassword('');
      passwordRef.current?.focus();
    },
  });

  if (session.data?.secondFactor === 'complete') {
    return <Navigate to={homeFor(session.data.me.role)} replace />;
  }

  const server = splitError(login.error, ['email', 'password'], describe);
  const errors = { ...server.fields, ...missing };

  function submit(event: SubmitEvent) {
    event.preventDefault();
    const next: Record<string, string> = {};
    if (!email.trim()) next.email = t('auth.signIn.emailMissing');
    if (!password) next.password = t('auth.signIn.passwordMissing');
    setMissing(next);
    if (next.email) return emailRef.current?.focus();
    if (next.password) return passwordRef.current?.focus();
    login.mutate({ email: email.trim(), password });
  }

  return (
    <>
      <PageHeader title={t('auth.signIn.title')} description={t('auth.signIn.intro')} />
      {signedOut && !login.error ? (
        <Notice tone="success" live="status">
          {t('auth.signIn.signedOut')}
        </Notice>
      ) : null}
      {from && !signedOut && !login.error ? (
        <Notice tone="info" live="status">
          {t('auth.signIn.sessionEnded')}
        </Notice>
      ) : null}
      <Card>
        <form noValidate onSubmit={submit} className="sb-auth-form">
          {server.form ? <ErrorNotice>{server.form}</ErrorNotice> : null}
          <TextField
            ref={emailRef}
            label={t('auth.signIn.email')}
            type="email"
            name="email"
            autoComplete="username"
            inputMode="email"
            spellCheck={false}
            autoCapitalize="none"
            value={email}
            onChange={(event) => setEmail(event.target.value)}
            error={errors.email}
          />
          <TextField
            ref={passwordRef}
            label={t('auth.signIn.password')}
            type="password"
            name="password"
            autoComplete="current-password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            error={errors.password}
          />
          <Button type="submit" block busy={login.isPending}>
            {t('auth.signIn.submit')}
          </Button>
        </form>
      </Card>
      <p className="sb-auth-aside">{t('auth.signIn.invitedHint')}</p>
    </>
  );
}
