import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AssignBody, CaseSummary, CatalogueEntry } from '@securebase/contracts';
import { useId, useRef, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { useDescribeError } from '../../lib/use-describe-error';
import { Badge } from '../../ui/badge';
import { KeepHyphenated } from '../../ui/keep-hyphenated';
import { Button } from '../../ui/button';
import { Card } from '../../ui/card';
import { SelectField, TextField } from '../../ui/field';
import { LoadError } from '../../ui/load-error';
import { ErrorNotice, Notice } from '../../ui/notice';
import { Spinner } from '../../ui/spinner';
import { assign, assignmentsKey, catalogueQuery } from './queries';

/** A `YYYY-MM-DD` date as the end of that day where the clinician is (a due date). */
export function dueDateToIso(value: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return undefined;
  const [, y, m, d] = match;
  const date = new Date(Number(y), Number(m) - 1, Number(d), 23, 59, 0);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

const CHILD_ROLES = new Set(['child', 'adolescent']);

/**
 * What can be assigned now comes first (in catalogue order), then what waits for licensed text:
 * the first box is then one that can be ticked, and focused when nothing was chosen.
 */
export function assignableFirst(entries: readonly CatalogueEntry[]): CatalogueEntry[] {
  const ready = entries.filter((entry) => entry.availability !== 'needs_licensed_text');
  const waiting = entries.filter((entry) => entry.availability === 'needs_licensed_text');
  return [...ready, ...waiting];
}

export function AssignForm({ summary }: { summary: CaseSummary }) {
  const { t } = useTranslation();
  const describe = useDescribeError();
  const client = useQueryClient();
  const catalogue = useQuery(catalogueQuery);
  const groupId = useId();
  const [chosen, setChosen] = useState<string[]>([]);
  const [memberId, setMemberId] = useState(summary.members[0]?.id ?? '');
  const [aboutId, setAboutId] = useState('');
  const [due, setDue] = useState('');
  const [missing, setMissing] = useState<Record<string, string>>({});
  const [done, setDone] = useState<{ count: number; name: string } | null>(null);
  const firstBox = useRef<HTMLInputElement>(null);
  const dueRef = useRef<HTMLInputElement>(null);

  const member = summary.members.find((m) => m.id === memberId);
  const children = summary.members.filter((m) => CHILD_ROLES.has(m.memberRole));
  const showAbout = member?.memberRole === 'caregiver' && children.length > 0;

  const mutation = useMutation({
    mutationFn: (body: AssignBody) => assign(summary.id, body),
    onSuccess: async (result) => {
      setDone({ count: result.assignments.length, name: member?.displayName ?? '' });
      setChosen([]);
      setDue('');
      await client.invalidateQueries({ queryKey: assignmentsKey(summary.id) });
    },
  });

  // `instrumentIds.1` → the instrument at fault, named.
  const failed = mutation.error;
  let instrumentError: string | null = null;
  if (isApiError(failed, 400) && failed.field?.startsWith('instrumentIds.')) {
    const index = Number(failed.field.split('.')[1]);
    const entry = catalogue.data?.instruments.find((i) => i.id === chosen[index]);
    instrumentError = t('measures.notAssignable', {
      name: entry?.name ?? chosen[index] ?? '',
      message: failed.message,
    });
  }

  function toggle(entry: CatalogueEntry, on: boolean) {
    setChosen((current) =>
      on ? [...current, entry.id] : current.filter((value) => value !== entry.id),
    );
  }

  function submit(event: SubmitEvent) {
    event.preventDefault();
    setDone(null);
    const next: Record<string, string> = {};
    if (chosen.length === 0) next.instruments = t('measures.chooseOne');
    const dueAt = due ? dueDateToIso(due) : undefined;
    if (due && !dueAt) next.due = t('measures.dueInvalid');
    setMissing(next);
    if (next.instruments) return firstBox.current?.focus();
    if (next.due) return dueRef.current?.focus();
    mutation.mutate({
      instrumentIds: chosen,
      memberId,
      ...(showAbout && aboutId ? { aboutMemberId: aboutId } : {}),
      ...(dueAt ? { dueAt } : {}),
    });
  }

  const groupError = missing.instruments ?? instrumentError;
  return (
    <Card title={t('measures.assignTitle')}>
      {done ? (
        <Notice tone="success" live="status">
          {t('measures.assigned', { count: done.count, name: done.name })}
        </Notice>
      ) : null}
      {catalogue.isPending ? <Spinner label={t('app.loading')} /> : null}
      {catalogue.error ? (
        <LoadError error={catalogue.error} onRetry={() => void catalogue.refetch()} />
      ) : null}
      {catalogue.data ? (
        <form noValidate onSubmit={submit}>
          {failed && !instrumentError ? <ErrorNotice>{describe(failed)}</ErrorNotice> : null}
          <fieldset
            className="sb-instrument-picker"
            aria-describedby={groupError ? `${groupId}-error` : `${groupId}-hint`}
          >
            <legend className="sb-field__label">{t('measures.instruments')}</legend>
            <p className="sb-field__hint" id={`${groupId}-hint`}>
              {t('measures.instrumentsHint')}
            </p>
            {groupError ? (
              <p className="sb-field__error" id={`${groupId}-error`}>
                {groupError}
              </p>
            ) : null}
            <ul className="sb-instrument-picker__list">
              {assignableFirst(catalogue.data.instruments).map((entry, index) => {
                const unavailable = entry.availability === 'needs_licensed_text';
                const reasonId = `${groupId}-${entry.id}-reason`;
                return (
                  <li key={entry.id}>
                    <label className={unavailable ? 'sb-pick sb-pick--disabled' : 'sb-pick'}>
                      <input
                        ref={index === 0 ? firstBox : undefined}
                        type="checkbox"
                        name="instrumentIds"
                        value={entry.id}
                        disabled={unavailable}
                        checked={chosen.includes(entry.id)}
                        aria-describedby={unavailable ? reasonId : undefined}
                        onChange={(event) => toggle(entry, event.target.checked)}
                      />
                      <span className="sb-pick__text">
                        <span className="sb-pick__name">
                          <KeepHyphenated text={entry.name} />
                        </span>
                        {unavailable ? (
                          <span className="sb-pick__reason" id={reasonId}>
                            {t('measures.needsLicensedText')}
                          </span>
                        ) : null}
                        {entry.placeholderText ? (
                          <Badge tone="attention">{t('measures.placeholderTag')}</Badge>
                        ) : null}
                      </span>
                    </label>
                  </li>
                );
              })}
            </ul>
          </fieldset>
          <div className="sb-form-grid">
            <SelectField
              label={t('measures.member')}
              value={memberId}
              onChange={(event) => setMemberId(event.target.value)}
              options={summary.members.map((m) => ({
                value: m.id,
                label: t('caseload.memberWithRole', {
                  name: m.displayName,
                  role: t(`memberRoles.${m.memberRole}`),
                }),
              }))}
            />
            {showAbout ? (
              <SelectField
                label={t('measures.about')}
                value={aboutId}
                onChange={(event) => setAboutId(event.target.value)}
                options={[
                  { value: '', label: t('measures.aboutNone') },
                  ...children.map((m) => ({ value: m.id, label: m.displayName })),
                ]}
              />
            ) : null}
            <TextField
              ref={dueRef}
              type="date"
              label={t('measures.dueAt')}
              hint={t('measures.dueHint')}
              value={due}
              onChange={(event) => setDue(event.target.value)}
              error={missing.due}
            />
          </div>
          <div className="sb-form-actions">
            <Button type="submit" busy={mutation.isPending}>
              {t('measures.assign')}
            </Button>
          </div>
        </form>
      ) : null}
    </Card>
  );
}
