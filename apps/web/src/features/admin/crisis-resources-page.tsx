import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CrisisResources } from '@securebase/contracts';
import { useRef, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { splitError } from '../../lib/form-errors';
import { useDescribeError } from '../../lib/use-describe-error';
import { usePageTitle } from '../../lib/use-page-title';
import { Button } from '../../ui/button';
import { Card } from '../../ui/card';
import { TextAreaField, TextField } from '../../ui/field';
import { LoadError } from '../../ui/load-error';
import { ErrorNotice, Notice } from '../../ui/notice';
import { PageHeader } from '../../ui/page-header';
import { Spinner } from '../../ui/spinner';
import { CrisisResourcesBody } from '../safety/crisis-resources';
import { CRISIS_KEY, crisisResourcesQuery } from '../safety/queries';
import './admin.css';

const MAX_RESOURCES = 12;

interface Row {
  key: number;
  name: string;
  contact: string;
  note: string;
}

export function CrisisResourcesPage() {
  const { t } = useTranslation();
  usePageTitle(t('admin.crisis.title'));
  const current = useQuery(crisisResourcesQuery);
  return (
    <>
      <PageHeader title={t('admin.crisis.title')} description={t('admin.crisis.description')} />
      {current.isPending ? <Spinner label={t('app.loading')} /> : null}
      {current.error ? (
        <LoadError error={current.error} onRetry={() => void current.refetch()} />
      ) : null}
      {current.data ? <CrisisForm initial={current.data} /> : null}
    </>
  );
}

function CrisisForm({ initial }: { initial: CrisisResources }) {
  const { t } = useTranslation();
  const describe = useDescribeError();
  const client = useQueryClient();
  const nextKey = useRef(initial.resources.length);
  const [message, setMessage] = useState(initial.message);
  const [rows, setRows] = useState<Row[]>(() =>
    initial.resources.map((r, index) => ({
      key: index,
      name: r.name,
      contact: r.contact,
      note: r.note ?? '',
    })),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  const messageRef = useRef<HTMLTextAreaElement>(null);
  const formRef = useRef<HTMLFormElement>(null);

  const body: CrisisResources = {
    message: message.trim(),
    resources: rows.map((row) => ({
      name: row.name.trim(),
      contact: row.contact.trim(),
      ...(row.note.trim() ? { note: row.note.trim() } : {}),
    })),
  };

  const save = useMutation({
    mutationFn: (next: CrisisResources) =>
      api.put<CrisisResources>('/api/admin/crisis-resources', next),
    onSuccess: (updated) => {
      client.setQueryData(CRISIS_KEY, updated);
      setSaved(true);
    },
  });
  const server = splitError(save.error, ['message', 'resources'], describe);

  function update(key: number, patch: Partial<Row>) {
    setSaved(false);
    setRows((current) => current.map((row) => (row.key === key ? { ...row, ...patch } : row)));
  }

  function submit(event: SubmitEvent) {
    event.preventDefault();
    setSaved(false);
    const next: Record<string, string> = {};
    if (!body.message) next.message = t('admin.crisis.messageMissing');
    if (rows.length === 0) next.resources = t('admin.crisis.needOne');
    rows.forEach((row) => {
      if (!row.name.trim()) next[`name-${String(row.key)}`] = t('admin.crisis.nameMissing');
      if (!row.contact.trim())
        next[`contact-${String(row.key)}`] = t('admin.crisis.contactMissing');
    });
    setErrors(next);
    if (next.message) return messageRef.current?.focus();
    const firstBad = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    if (Object.keys(next).length > 0) {
      requestAnimationFrame(() =>
        (formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? firstBad)?.focus(),
      );
      return;
    }
    save.mutate(body);
  }

  return (
    <div className="sb-form-narrow">
      <Card>
        <form ref={formRef} noValidate onSubmit={submit}>
          {saved ? (
            <Notice tone="success" live="status">
              {t('admin.crisis.saved')}
            </Notice>
          ) : null}
          {server.form ? <ErrorNotice>{server.form}</ErrorNotice> : null}
          <TextAreaField
            ref={messageRef}
            label={t('admin.crisis.message')}
            hint={t('admin.crisis.messageHint')}
            rows={5}
            maxLength={600}
            value={message}
            onChange={(event) => {
              setSaved(false);
              setMessage(event.target.value);
            }}
            error={errors.message ?? server.fields.message}
          />
          <h2 className="sb-field__label">{t('admin.crisis.resources')}</h2>
          {errors.resources || server.fields.resources ? (
            <p className="sb-field__error">{errors.resources ?? server.fields.resources}</p>
          ) : null}
          {rows.map((row, index) => (
            <fieldset key={row.key} className="sb-resource-fieldset">
              <legend>{t('admin.crisis.resource', { number: index + 1 })}</legend>
              <TextField
                label={t('admin.crisis.name')}
                maxLength={120}
                value={row.name}
                onChange={(event) => update(row.key, { name: event.target.value })}
                error={errors[`name-${String(row.key)}`]}
              />
              <TextField
                label={t('admin.crisis.contact')}
                hint={t('admin.crisis.contactHint')}
                maxLength={120}
                value={row.contact}
                onChange={(event) => update(row.key, { contact: event.target.value })}
                error={errors[`contact-${String(row.key)}`]}
              />
              <TextField
                label={t('admin.crisis.note')}
                maxLength={300}
                value={row.note}
                onChange={(event) => update(row.key, { note: event.target.value })}
              />
              <Button
                variant="secondary"
                aria-label={t('admin.crisis.removeNamed', { number: index + 1 })}
                onClick={() => {
                  setSaved(false);
                  setRows((current) => current.filter((r) => r.key !== row.key));
                }}
              >
                {t('admin.crisis.remove')}
              </Button>
            </fieldset>
          ))}
          <div className="sb-form-actions">
            {rows.length < MAX_RESOURCES ? (
              <Button
                variant="secondary"
                onClick={() => {
                  setSaved(false);
                  setRows((current) => [
                    ...current,
                    { key: nextKey.current++, name: '', contact: '', note: '' },
                  ]);
                }}
              >
                {t('admin.crisis.add')}
              </Button>
            ) : null}
            <Button type="submit" busy={save.isPending}>
              {t('admin.crisis.save')}
            </Button>
          </div>
        </form>
      </Card>
      <Card title={t('admin.crisis.preview')} tone="danger" className="sb-crisis">
        <CrisisResourcesBody resources={body} />
      </Card>
    </div>
  );
}
