import { useMutation } from '@tanstack/react-query';
import type { LoginResult } from '@securebase/contracts';
import { useRef, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { api } from '../../api/client';
import { splitError } from '../../lib/form-errors';
import { useDescribeError } from '../../lib/use-describe-error';
import { usePageTitle } from '../../lib/use-page-title';
import { Spinner } from '../../ui/spinner';
import { Button } from '../../ui/button';
import { Card } from '../../ui/card';
import { TextField } from '../../ui/field';
import { ErrorNotice } from '../../ui/notice';
import { PageHeader } from '../../ui/page-header';
import { nextPathFor } from './home-route';
import { useSession, useSignOut } from './session';
import { fromState, useFinishSignIn } from './use-finish-sign-in';
import './auth.css';

/** `/sign-in/code`: the second step, with an authenticator code or a recovery code. */
export function SecondFactorPage() {
  const { t } = useTranslation();
  usePageTitle(t('auth.code.title'));
  const describe = useDescribeError();
  const session = useSession();
  const location = useLocation();
  const finish = useFinishSignIn();
  const signOut = useSignOut();
  const [recovery, setRecovery] = useState(false);
  const [code, setCode] = useState('');
  const [missing, setMissing] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);

  const verify = useMutation({
    mutationFn: (value: string) =>
      api.post<LoginResult>('/api/auth/second-factor', { code: value }),
    onSuccess: (result) => finish(result, fromState(location.state)),
    onError: () => {
      setCode('');
      inputRef.current?.focus();
    },
  });

  if (session.data === undefined) return <Spinner label={t('app.loading')} />;
  if (session.data?.secondFactor !== 'required') {
    return <Navigate to={nextPathFor(session.data)} replace />;
  }

  const server = splitError(verify.error, ['code'], describe);
  const error = missing ?? server.fields.code;

  function submit(event: SubmitEvent) {
    event.preventDefault();
    const value = recovery ? code.trim() : code.replace(/\s+/g, '');
    if (!value) {
      setMissing(t('auth.code.missing'));
      inputRef.current?.focus();
      return;
    }
    setMissing(null);
    verify.mutate(value);
  }

  function switchMode() {
    setRecovery((value) => !value);
    setCode('');
    setMissing(null);
    verify.reset();
    inputRef.current?.focus();
  }

  return (
    <>
      <PageHeader
        title={t('auth.code.title')}
        description={recovery ? t('auth.code.recoveryIntro') : t('auth.code.intro')}
      />
      <Card>
        <form noValidate onSubmit={submit} className="sb-auth-form">
          {server.form ? <ErrorNotice>{server.form}</ErrorNotice> : null}
          <TextField
            key={recovery ? 'recovery' : 'code'}
            ref={inputRef}
            label={recovery ? t('auth.code.recoveryCode') : t('auth.code.code')}
            hint={recovery ? t('auth.code.recoveryHint') : t('auth.code.codeHint')}
            name="code"
            autoComplete="one-time-code"
            inputMode={recovery ? 'text' : 'numeric'}
            spellCheck={false}
            autoCapitalize="none"
            maxLength={recovery ? 32 : 8}
            value={code}
            onChange={(event) => setCode(event.target.value)}
            error={error}
          />
          <Button type="submit" block busy={verify.isPending}>
            {t('auth.code.submit')}
          </Button>
        </form>
        <div className="sb-auth-links">
          <Button variant="quiet" onClick={switchMode}>
            {recovery ? t('auth.code.useApp') : t('auth.code.useRecovery')}
          </Button>
          <Button variant="quiet" onClick={() => signOut.mutate()} busy={signOut.isPending}>
            {t('auth.code.startOver')}
          </Button>
        </div>
      </Card>
    </>
  );
}
