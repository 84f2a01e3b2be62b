import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { LoginResult, RecoveryCodes, TotpSetup } from '@securebase/contracts';
import { useId, useRef, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate } from 'react-router';
import { api } from '../../api/client';
import { groupSecret } from '../../lib/format';
import { splitError } from '../../lib/form-errors';
import { useDescribeError } from '../../lib/use-describe-error';
import { usePageTitle } from '../../lib/use-page-title';
import { Button } from '../../ui/button';
import { Card } from '../../ui/card';
import { Checkbox, TextField } from '../../ui/field';
import { LoadError } from '../../ui/load-error';
import { ErrorNotice, Notice } from '../../ui/notice';
import { PageHeader } from '../../ui/page-header';
import { Spinner } from '../../ui/spinner';
import { nextPathFor } from './home-route';
import { SESSION_KEY, sessionQuery, useSession } from './session';
import './auth.css';

/** `/sign-in/set-up-second-factor`: enrol an authenticator app, then save recovery codes. */
export function TotpSetupPage() {
  const { t } = useTranslation();
  usePageTitle(t('auth.setup.title'));
  const session = useSession();
  const [codes, setCodes] = useState<string[] | null>(null);

  if (session.data === undefined) return <Spinner label={t('app.loading')} />;
  if (codes) return <RecoveryCodesStep codes={codes} />;
  if (session.data?.secondFactor !== 'setup-required') {
    return <Navigate to={nextPathFor(session.data)} replace />;
  }
  return <EnrolStep onEnabled={setCodes} />;
}

function EnrolStep({ onEnabled }: { onEnabled: (codes: string[]) => void }) {
  const { t } = useTranslation();
  const describe = useDescribeError();
  const [code, setCode] = useState('');
  const [missing, setMissing] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);

  // A POST, but idempotent enough for a query: it only runs once per visit and is not cached.
  const setup = useQuery({
    queryKey: ['totp-setup'],
    queryFn: () => api.post<TotpSetup>('/api/auth/totp/setup'),
    staleTime: Infinity,
    gcTime: 0,
    refetchOnWindowFocus: false,
    retry: false,
  });

  const enable = useMutation({
    mutationFn: (value: string) =>
      api.post<RecoveryCodes>('/api/auth/totp/enable', { code: value }),
    onSuccess: (result) => onEnabled(result.recoveryCodes),
    onError: () => {
      setCode('');
      inputRef.current?.focus();
    },
  });

  const server = splitError(enable.error, ['code'], describe);

  function submit(event: SubmitEvent) {
    event.preventDefault();
    const value = code.replace(/\s+/g, '');
    if (!value) {
      setMissing(t('auth.setup.missing'));
      inputRef.current?.focus();
      return;
    }
    setMissing(null);
    enable.mutate(value);
  }

  return (
    <>
      <PageHeader title={t('auth.setup.title')} description={t('auth.setup.intro')} />
      <Card title={t('auth.setup.step1')}>
        <p>{t('auth.setup.step1Body')}</p>
        {setup.isPending ? <Spinner label={t('auth.setup.preparing')} /> : null}
        {setup.error ? (
          <LoadError error={setup.error} onRetry={() => void setup.refetch()} />
        ) : null}
        {setup.data ? (
          <>
            <dl className="sb-secret-list">
              <dt className="sb-label">{t('auth.setup.keyLabel')}</dt>
              <dd>
                <code className="sb-secret" data-testid="totp-secret">
                  {groupSecret(setup.data.secret)}
                </code>
              </dd>
              <dt className="sb-label">{t('auth.setup.linkLabel')}</dt>
              <dd>
                <code className="sb-secret sb-secret--small" data-testid="totp-url">
                  {setup.data.otpauthUrl}
                </code>
              </dd>
            </dl>
          </>
        ) : null}
      </Card>
      <Card title={t('auth.setup.step2')}>
        <form noValidate onSubmit={submit} className="sb-auth-form">
          {server.form ? <ErrorNotice>{server.form}</ErrorNotice> : null}
          <TextField
            ref={inputRef}
            label={t('auth.setup.code')}
            hint={t('auth.setup.codeHint')}
            name="code"
            autoComplete="one-time-code"
            inputMode="numeric"
            maxLength={8}
            value={code}
            onChange={(event) => setCode(event.target.value)}
            error={missing ?? server.fields.code}
          />
          <Button type="submit" block busy={enable.isPending} disabled={!setup.data}>
            {t('auth.setup.submit')}
          </Button>
        </form>
      </Card>
    </>
  );
}

function RecoveryCodesStep({ codes }: { codes: string[] }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const navigate = useNavigate();
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const listId = useId();

  async function proceed(event: SubmitEvent) {
    event.preventDefault();
    if (!saved) {
      setError(t('auth.setup.confirmMissing'));
      return;
    }
    setBusy(true);
    try {
      const session: LoginResult | null = await client.query({
        ...sessionQuery,
        staleTime: 0,
      });
      await navigate(nextPathFor(session), { replace: true });
    } catch {
      client.setQueryData(SESSION_KEY, null);
      await navigate('/', { replace: true });
    }
  }

  return (
    <>
      <PageHeader title={t('auth.setup.savedTitle')} description={t('auth.setup.savedIntro')} />
      <Notice tone="success" live="status">
        {t('auth.setup.done')}
      </Notice>
      <Card>
        <p className="sb-label" id={listId}>
          {t('auth.setup.codesLabel')}
        </p>
        <ul className="sb-recovery-codes" aria-labelledby={listId} data-testid="recovery-codes">
          {codes.map((code) => (
            <li key={code}>{code}</li>
          ))}
        </ul>
        <form noValidate onSubmit={(event) => void proceed(event)} className="sb-auth-form">
          <Checkbox
            label={t('auth.setup.confirmSaved')}
            checked={saved}
            onChange={(event) => {
              setSaved(event.target.checked);
              setError(null);
            }}
            error={error}
          />
          <Button type="submit" block busy={busy}>
            {t('auth.setup.continue')}
          </Button>
        </form>
      </Card>
    </>
  );
}
