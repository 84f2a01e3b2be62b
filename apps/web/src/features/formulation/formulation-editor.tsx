import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CaseMember, Formulation, SaveFormulationBody } from '@securebase/contracts';
import { useEffect, useId, useMemo, useRef, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextAreaField } from '../../ui/field';
import { Notice } from '../../ui/notice';
import { resultsQuery } from '../assessments/queries';
import { dropDraft, keepDraft, readDraft } from './drafts';
import { EpisodesSection } from './episodes-section';
import type { SummaryItem } from './error-summary';
import { findProblems, hasChanges, LIMITS, localToday, toContent, toForm } from './form-state';
import { formulationQuery, saveFormulation, versionsQuery } from './queries';
import { SavePanel } from './save-panel';
import { baseForSave, nearestField, outcomeOfError, type SaveOutcome } from './save-state';
import { scoreChoices } from './score-choices';
import { ShareSummary } from './share-summary';
import { useFieldFocus, fieldElement } from './use-field-focus';
import { useProblemText } from './use-problem-text';
import { WorkingModelsSection } from './working-models-section';

export interface FormulationEditorProps {
  caseId: string;
  member: CaseMember;
  /** The current formulation as loaded when the editor opened. */
  initial: Formulation;
}

/** The working formulation of one member: edited here, saved as a new version. */
export function FormulationEditor({ caseId, member, initial }: FormulationEditorProps) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const id = useId();
  const rootRef = useRef<HTMLFormElement>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const focusLater = useFieldFocus(rootRef);
  const [draft] = useState(() => readDraft(client, caseId, member.id));
  const [saved, setSaved] = useState<Formulation>(draft?.saved ?? initial);
  const [form, setForm] = useState(() => draft?.form ?? toForm(initial.content));
  const [note, setNote] = useState(draft?.note ?? '');
  const [restored, setRestored] = useState(draft !== undefined);
  const [outcome, setOutcome] = useState<SaveOutcome>({ kind: 'idle' });
  const [attempted, setAttempted] = useState(false);
  const [loading, setLoading] = useState(false);
  const today = localToday();
  const results = useQuery(resultsQuery(caseId));
  const choices = useMemo(() => {
    if (results.data) return scoreChoices(results.data.measures, member.id, i18n.language);
    return results.error ? [] : null;
  }, [results.data, results.error, member.id, i18n.language]);
  const dirty = hasChanges(form, saved.content);
  const problemText = useProblemText(form);

  // Leaving the tab keeps unsaved edits in memory; closing the page asks first.
  const latest = useRef({ form, note, saved, dirty });
  useEffect(() => {
    latest.current = { form, note, saved, dirty };
  });
  useEffect(
    () => () => {
      const { dirty: changed, ...rest } = latest.current;
      if (changed) keepDraft(client, caseId, member.id, rest);
      else dropDraft(client, caseId, member.id);
    },
    [client, caseId, member.id],
  );
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const mutation = useMutation({
    mutationFn: (body: SaveFormulationBody) => saveFormulation(caseId, body),
  });
  const versionsKey = versionsQuery(caseId, member.id).queryKey;

  function save(mode: 'normal' | 'mine') {
    setAttempted(true);
    setRestored(false);
    if (findProblems(form, today).length > 0) {
      setOutcome({ kind: 'idle' });
      focusLater(summaryRef);
      return;
    }
    const trimmed = note.trim();
    const body: SaveFormulationBody = {
      memberId: member.id,
      baseVersion: baseForSave(outcome, saved.version, mode),
      content: toContent(form),
      ...(trimmed ? { note: trimmed } : {}),
    };
    mutation.mutate(body, {
      onSuccess: (next) => {
        setSaved(next);
        setNote('');
        setAttempted(false);
        setOutcome({ kind: 'saved', version: next.version });
        client.setQueryData(formulationQuery(caseId, member.id).queryKey, next);
        void client.invalidateQueries({ queryKey: versionsKey });
        focusLater(noticeRef);
      },
      onError: (error) => {
        const next = outcomeOfError(error, saved.version);
        if (next.kind === 'invalid') {
          const field = nearestField(next.field, (path) => !!fieldElement(rootRef.current, path));
          setOutcome({ ...next, field });
          focusLater(field ?? summaryRef);
          return;
        }
        setOutcome(next);
        if (next.kind === 'conflict') void client.invalidateQueries({ queryKey: versionsKey });
        focusLater(noticeRef);
      },
    });
  }

  async function loadNewest() {
    setLoading(true);
    try {
      const fresh = await client.query({
        ...formulationQuery(caseId, member.id),
        staleTime: 0,
      });
      setSaved(fresh);
      setForm(toForm(fresh.content));
      setNote('');
      setAttempted(false);
      setOutcome({ kind: 'loaded', version: fresh.version });
      void client.invalidateQueries({ queryKey: versionsKey });
    } catch (error) {
      setOutcome({ kind: 'failed', error });
    } finally {
      setLoading(false);
      focusLater(noticeRef);
    }
  }

  const problems = attempted ? findProblems(form, today) : [];
  const errors: Record<string, string> = Object.fromEntries(
    problems.map((problem) => [problem.path, problemText.field(problem)]),
  );
  const summary: SummaryItem[] = problems.map((problem) => ({
    path: problem.path,
    text: problemText.summary(problem),
  }));
  if (outcome.kind === 'invalid') {
    if (outcome.field) errors[outcome.field] = outcome.message;
    summary.push({ path: outcome.field, text: problemText.server(outcome.message, outcome.field) });
  }

  function submit(event: SubmitEvent) {
    event.preventDefault();
    save('normal');
  }

  return (
    <form ref={rootRef} className="sb-formulation__form" noValidate onSubmit={submit}>
      {restored ? (
        <Notice tone="info" live="status">
          {t('formulation.restored')}
        </Notice>
      ) : null}
      <WorkingModelsSection
        form={form}
        memberName={member.displayName}
        choices={choices}
        onChange={(workingModels) => setForm((current) => ({ ...current, workingModels }))}
        focusLater={focusLater}
        errors={errors}
      />
      <EpisodesSection
        form={form}
        today={today}
        onChange={(episodes) => setForm((current) => ({ ...current, episodes }))}
        focusLater={focusLater}
        errors={errors}
      />
      <section className="sb-formulation__section" aria-labelledby={`${id}-summary`}>
        <h3 id={`${id}-summary`}>{t('formulation.clientSummary.title')}</h3>
        <TextAreaField
          label={t('formulation.clientSummary.label')}
          hint={t('formulation.clientSummary.hint')}
          rows={6}
          maxLength={LIMITS.clientSummary}
          data-field="content.clientSummary"
          value={form.clientSummary}
          error={errors['content.clientSummary']}
          onChange={(event) => {
            const clientSummary = event.target.value;
            setForm((current) => ({ ...current, clientSummary }));
          }}
        />
        <ShareSummary
          caseId={caseId}
          memberId={member.id}
          memberName={member.displayName}
          savedSummary={saved.content.clientSummary}
          dirty={form.clientSummary.trim() !== saved.content.clientSummary}
        />
      </section>
      <SavePanel
        memberId={member.id}
        saved={saved}
        dirty={dirty}
        outcome={outcome}
        problems={summary}
        note={note}
        onNote={setNote}
        busy={mutation.isPending}
        loading={loading}
        onSaveMine={() => save('mine')}
        onLoadNewest={() => void loadNewest()}
        onGo={(path) => fieldElement(rootRef.current, path)?.focus()}
        noticeRef={noticeRef}
        summaryRef={summaryRef}
      />
    </form>
  );
}
