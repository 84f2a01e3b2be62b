import type { ContentOf, ExerciseKind } from '@securebase/practice';
import type { ReactElement } from 'react';
import type { ExerciseFormProps } from './exercise-form';
import { EmotionLogForm } from './exercises/emotion-log-form';
import { MentalizingForm } from './exercises/mentalizing-form';
import { SecureBaseForm } from './exercises/secure-base-form';
import { ArticleReadForm } from './learn/article-read-form';
import { RepairBuilder } from './repair/repair-builder';
import { MindfulnessPlayer } from './timed/mindfulness-player';
import { SkillPractice } from './timed/skill-practice';

type Forms = { [K in ExerciseKind]: (props: ExerciseFormProps<K>) => ReactElement | null };

/** Each exercise's form, by kind. */
const FORMS: Forms = {
  emotion_log: EmotionLogForm,
  regulation_skill: SkillPractice,
  mindfulness: MindfulnessPlayer,
  mentalizing: MentalizingForm,
  repair: RepairBuilder,
  secure_base: SecureBaseForm,
  article: ArticleReadForm,
};

export function ExerciseForm<K extends ExerciseKind>({
  kind,
  ...props
}: ExerciseFormProps<K> & { kind: K }) {
  const Form = FORMS[kind] as (props: ExerciseFormProps<K>) => ReactElement | null;
  return <Form {...props} />;
}

export type { ContentOf };
