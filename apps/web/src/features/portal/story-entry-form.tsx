import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ClientHistoryEntryBody, HistoryEntry } from '@securebase/contracts';
import { useId, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/button';
import { TextAreaField, TextField } from '../../ui/field';
import { ErrorNotice } from '../../ui/notice';
import { EMPTY_TIMING, timingBody, type TimingInput } from '../history/entry-input';
import { addMyHistoryEntry, myHistoryKey } from '../history/queries';
import { TimingFields } from '../history/timing-fields';
import { useEntryErrors, useFieldRefs, type EntryField } from '../history/use-entry-form';
import { ShareSwitch } from './share-switch';
import type { StoryPrompt } from './story-flow';

/**
 * Saves an answer to a prompt as an entry of the client's own: private unless they tick the box.
 */
export function StoryEntryForm({
  prompt,
  memberId,
  onSaved,
}: {
  prompt: StoryPrompt;
  memberId: string;
  onSaved: (entry: HistoryEntry) => void;
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const name = useId();
  const refs = useFieldRefs();
  const [title, setTitle] = useState('');
  const [detail, setDetail] = useState('');
  const [timing, setTiming] = useState<TimingInput>(EMPTY_TIMING);
  const [share, setShare] = useState(false);
  const [local, setLocal] = useState<Partial<Record<EntryField, string>>>({});
  const [attempt, setAttempt] = useState(0);

  const mutation = useMutation({
    mutationFn: (body: ClientHistoryEntryBody) => addMyHistoryEntry(body),
    onSuccess: async (entry) => {
      await client.invalidateQueries({ queryKey: myHistoryKey });
      onSaved(entry);
    },
  });
  const errors = useEntryErrors(local, mutation.error, refs, attempt);

  function submit(event: SubmitEvent) {
    event.preventDefault();
    setAttempt((n) => n + 1);
    const problems: Partial<Record<EntryField, string>> = {};
    if (!title.trim()) problems.title = t('history.story.form.titleMissing');
    const when = timingBody(timing);
    if (!when.ok) problems[when.field] = t(`history.timing.problems.${when.problem}`);
    setLocal(problems);
    if (Object.keys(problems).length > 0 || !when.ok) return;
    mutation.mutate({
      memberId,
      kind: prompt.kind,
      title: title.trim(),
      ...(detail.trim() ? { detail: detail.trim() } : {}),
      ...when.body,
      sharedWithClinician: share,
    });
  }

  return (
    <form noValidate onSubmit={submit} className="sb-story__form">
      {errors.form ? <ErrorNotice>{errors.form}</ErrorNotice> : null}
      <TextField
        ref={refs.title}
        label={t('history.story.form.title')}
        hint={t(`history.story.prompts.${prompt.id}.example`)}
        value={title}
        maxLength={200}
        required
        autoComplete="off"
        onChange={(event) => setTitle(event.target.value)}
        error={errors.fields.title}
      />
      <TextAreaField
        ref={refs.detail}
        label={t('history.story.form.detail')}
        hint={t('history.story.form.detailHint')}
        rows={4}
        maxLength={4000}
        value={detail}
        onChange={(event) => setDetail(event.target.value)}
        error={errors.fields.detail}
      />
      <TimingFields
        value={timing}
        onChange={setTiming}
        lasting={prompt.lasting}
        voice="client"
        errors={errors.fields}
        refs={refs}
        name={`${name}-timing`}
      />
      <ShareSwitch checked={share} onChange={setShare} />
      <Button type="submit" block busy={mutation.isPending}>
        {share ? t('history.story.form.saveShared') : t('history.story.form.savePrivate')}
      </Button>
    </form>
  );
}
