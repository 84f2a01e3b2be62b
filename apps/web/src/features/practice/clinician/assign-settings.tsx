import { ARTICLES, MINDFULNESS_PRACTICES, REGULATION_SKILLS } from '@securebase/practice';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../../../ui/field';
import { minutesFor, RESPONSE_SLOTS, type AssignDraft } from './assign-body';

export interface DraftFieldsProps {
  draft: AssignDraft;
  set: (patch: Partial<AssignDraft>) => void;
  /** Server messages by field (`settings.minutes`). */
  errors: Record<string, string>;
}

/** What the chosen kind lets the clinician set: a skill, a practice and length, an article, lines. */
export function KindSettings({ draft, set, errors }: DraftFieldsProps) {
  const { t } = useTranslation();
  switch (draft.kind) {
    case 'regulation_skill':
      return (
        <SelectField
          label={t('practiceClinic.form.skill')}
          value={draft.skillId}
          onChange={(event) => set({ skillId: event.target.value })}
          options={[
            { value: '', label: t('practiceClinic.form.anySkill') },
            ...REGULATION_SKILLS.map((s) => ({ value: s.id, label: s.title })),
          ]}
          error={errors['settings.skillId']}
        />
      );
    case 'mindfulness':
      return <MindfulnessSettings draft={draft} set={set} errors={errors} />;
    case 'article':
      return (
        <SelectField
          label={t('practiceClinic.form.article')}
          value={draft.articleId}
          onChange={(event) => set({ articleId: event.target.value })}
          options={ARTICLES.map((a) => ({ value: a.id, label: a.title }))}
          error={errors['settings.articleId']}
        />
      );
    case 'repair':
      return <RepairLines draft={draft} set={set} errors={errors} />;
    default:
      return null;
  }
}

function MindfulnessSettings({ draft, set, errors }: DraftFieldsProps) {
  const { t } = useTranslation();
  const minutes = minutesFor(draft.practiceId, draft.minutes);
  return (
    <div className="sb-practice-clinic__row">
      <SelectField
        label={t('practiceClinic.form.practice')}
        value={draft.practiceId}
        onChange={(event) => {
          const practiceId = event.target.value;
          set({ practiceId, minutes: minutesFor(practiceId, draft.minutes).value });
        }}
        options={MINDFULNESS_PRACTICES.map((p) => ({ value: p.id, label: p.title }))}
        error={errors['settings.practiceId']}
      />
      <SelectField
        label={t('practiceClinic.form.minutes')}
        value={minutes.value}
        onChange={(event) => set({ minutes: event.target.value })}
        options={minutes.options.map((m) => ({
          value: String(m),
          label: t('practiceClinic.form.minutesOption', { count: m }),
        }))}
        error={errors['settings.minutes']}
      />
    </div>
  );
}

function RepairLines({ draft, set, errors }: DraftFieldsProps) {
  const { t } = useTranslation();
  const id = useId();
  const error = errors['settings.likelyResponses'];
  return (
    <fieldset className="sb-practice-clinic__fieldset" aria-describedby={`${id}-hint`}>
      <legend className="sb-field__label">{t('practiceClinic.form.responses')}</legend>
      <p className="sb-field__hint" id={`${id}-hint`}>
        {t('practiceClinic.form.responsesHint')}
      </p>
      {error ? <p className="sb-field__error">{error}</p> : null}
      {Array.from({ length: RESPONSE_SLOTS }, (_, i) => (
        <TextField
          key={i}
          label={t('practiceClinic.form.responseN', { n: i + 1 })}
          maxLength={1000}
          value={draft.responses[i] ?? ''}
          onChange={(event) =>
            set({
              responses: Array.from({ length: RESPONSE_SLOTS }, (_, j) =>
                j === i ? event.target.value : (draft.responses[j] ?? ''),
              ),
            })
          }
        />
      ))}
    </fieldset>
  );
}
