import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { HistoryEntryBody, HistoryKind } from '@securebase/contracts';
import { useId, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/button';
import { Card } from '../../ui/card';
import { SelectField, TextAreaField, TextField } from '../../ui/field';
import { ErrorNotice, Notice } from '../../ui/notice';
import { EMPTY_TIMING, timingBody, type TimingInput } from './entry-input';
import { ACE_ITEM_KEYS } from './entry-text';
import { isSpanKind } from './lifeline-scale';
import { addCaseHistoryEntry, caseHistoryKey, HISTORY_KINDS } from './queries';
import { TimingFields } from './timing-fields';
import { useEntryErrors, useFieldRefs, type EntryField } from './use-entry-form';

/** The clinician adds a caregiver, an event or a relationship to a member's lifeline. */
export function EntryForm({
  caseId,
  memberId,
  memberName,
}: {
  caseId: string;
  memberId: string;
  memberName: string;
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const name = useId();
  const refs = useFieldRefs();
  const [kind, setKind] = useState<HistoryKind>('caregiver');
  const [title, setTitle] = useState('');
  const [detail, setDetail] = useState('');
  const [aceItem, setAceItem] = useState('');
  const [timing, setTiming] = useState<TimingInput>(EMPTY_TIMING);
  const [local, setLocal] = useState<Partial<Record<EntryField, string>>>({});
  const [attempt, setAttempt] = useState(0);
  const [added, setAdded] = useState<string | null>(null);

  const mutation = useMutation({
    mutationFn: (body: HistoryEntryBody) => addCaseHistoryEntry(caseId, body),
    onSuccess: async (entry) => {
      setAdded(entry.title);
      setTitle('');
      setDetail('');
      setAceItem('');
      setTiming((current) => ({ ...EMPTY_TIMING, mode: current.mode }));
      await client.invalidateQueries({ queryKey: caseHistoryKey(caseId, memberId) });
    },
  });
  const errors = useEntryErrors(local, mutation.error, refs, attempt);

  function submit(event: SubmitEvent) {
    event.preventDefault();
    setAdded(null);
    setAttempt((n) => n + 1);
    const problems: Partial<Record<EntryField, string>> = {};
    if (!title.trim()) problems.title = t('history.form.titleMissing');
    const when = timingBody(timing);
    if (!when.ok) problems[when.field] = t(`history.timing.problems.${when.problem}`);
    setLocal(problems);
    if (Object.keys(problems).length > 0 || !when.ok) return;
    mutation.mutate({
      memberId,
      kind,
      title: title.trim(),
      ...(detail.trim() ? { detail: detail.trim() } : {}),
      ...when.body,
      ...(kind === 'adverse_experience' && aceItem ? { aceItem: Number(aceItem) } : {}),
    });
  }

  return (
    <Card title={t('history.form.title', { name: memberName })}>
      {added ? (
        <Notice tone="success" live="status">
          {t('history.form.added', { title: added })}
        </Notice>
      ) : null}
      <form noValidate onSubmit={submit} className="sb-history-form">
        {errors.form ? <ErrorNotice>{errors.form}</ErrorNotice> : null}
        <SelectField
          ref={refs.kind}
          label={t('history.form.kind')}
          value={kind}
          onChange={(event) => setKind(event.target.value as HistoryKind)}
          error={errors.fields.kind}
          options={HISTORY_KINDS.map((value) => ({
            value,
            label: t(`history.kinds.${value}`),
          }))}
        />
        <TextField
          ref={refs.title}
          label={t('history.form.entryTitle')}
          hint={t(`history.form.titleHints.${kind}`)}
          value={title}
          maxLength={200}
          required
          onChange={(event) => setTitle(event.target.value)}
          error={errors.fields.title}
        />
        <TextAreaField
          ref={refs.detail}
          label={t('history.form.detail')}
          rows={3}
          maxLength={4000}
          value={detail}
          onChange={(event) => setDetail(event.target.value)}
          error={errors.fields.detail}
        />
        <TimingFields
          value={timing}
          onChange={setTiming}
          lasting={isSpanKind(kind)}
          voice="clinician"
          errors={errors.fields}
          refs={refs}
          name={`${name}-timing`}
        />
        {kind === 'adverse_experience' ? (
          <SelectField
            ref={refs.aceItem}
            label={t('history.form.aceItem')}
            hint={t('history.form.aceHint')}
            value={aceItem}
            onChange={(event) => setAceItem(event.target.value)}
            error={errors.fields.aceItem}
            options={[
              { value: '', label: t('history.ace.notLinked') },
              ...ACE_ITEM_KEYS.map((key, index) => ({
                value: String(index + 1),
                label: t('history.ace.itemNamed', { number: index + 1, topic: t(key) }),
              })),
            ]}
          />
        ) : null}
        <Button type="submit" busy={mutation.isPending}>
          {t('history.form.submit')}
        </Button>
      </form>
    </Card>
  );
}
