/**
 * What a clinician can set when assigning an exercise: which skill, practice or article, and
 * for a repair conversation the two or three responses they expect from the other person.
 */
import { articleById } from './learn';
import type { ContentProblem, ExerciseKind } from './entries';
import { practiceById } from './mindfulness';
import { skillById } from './skills';

export interface AssignmentSettings {
  skillId?: string;
  practiceId?: string;
  minutes?: number;
  articleId?: string;
  likelyResponses?: string[];
}

export type CheckedSettings =
  { ok: true; settings: AssignmentSettings } | { ok: false; problem: ContentProblem };

function fail(field: string, message: string): CheckedSettings {
  return { ok: false, problem: { field, message } };
}

export function checkSettings(kind: ExerciseKind, settings: AssignmentSettings): CheckedSettings {
  const { skillId, practiceId, minutes, articleId, likelyResponses } = settings;
  const extra = (allowed: (keyof AssignmentSettings)[]) =>
    (Object.keys(settings) as (keyof AssignmentSettings)[]).find(
      (key) => settings[key] !== undefined && !allowed.includes(key),
    );
  switch (kind) {
    case 'regulation_skill':
      if (skillId !== undefined && !skillById(skillId)) {
        return fail('skillId', 'Choose one of the regulation skills.');
      }
      break;
    case 'mindfulness': {
      const practice = practiceId === undefined ? undefined : practiceById(practiceId);
      if (!practice) return fail('practiceId', 'Choose one of the mindfulness practices.');
      if (minutes !== undefined && !practice.minutes.includes(minutes)) {
        return fail('minutes', `This practice lasts ${practice.minutes.join(', ')} minutes.`);
      }
      break;
    }
    case 'article':
      if (articleId === undefined || !articleById(articleId)) {
        return fail('articleId', 'Choose one of the Learn articles.');
      }
      break;
    case 'repair':
      if (likelyResponses && likelyResponses.length > 3) {
        return fail('likelyResponses', 'Script two or three responses at most.');
      }
      break;
    default:
      break;
  }
  const allowed: Record<ExerciseKind, (keyof AssignmentSettings)[]> = {
    emotion_log: [],
    regulation_skill: ['skillId'],
    mindfulness: ['practiceId', 'minutes'],
    mentalizing: [],
    repair: ['likelyResponses'],
    secure_base: [],
    article: ['articleId'],
  };
  const stray = extra(allowed[kind]);
  if (stray) return fail(stray, `This exercise has no ${stray} setting.`);
  const responses = likelyResponses?.map((r) => r.trim()).filter((r) => r !== '');
  return {
    ok: true,
    settings: {
      ...(skillId !== undefined ? { skillId } : {}),
      ...(practiceId !== undefined ? { practiceId } : {}),
      ...(minutes !== undefined ? { minutes } : {}),
      ...(articleId !== undefined ? { articleId } : {}),
      ...(responses && responses.length > 0 ? { likelyResponses: responses } : {}),
    },
  };
}
