/**
 * The contract between the exercise page (which loads, saves, shares and finishes an entry)
 * and each exercise's form (which only edits its content). A form is controlled: it renders
 * `value`, reports every change through `onChange`, and shows `problem` next to its field.
 */
import type {
  AssignmentSettings,
  ContentOf,
  ContentProblem,
  ExerciseKind,
} from '@securebase/practice';
import { MINDFULNESS_PRACTICES, REGULATION_SKILLS } from '@securebase/practice';

export interface ExerciseFormProps<K extends ExerciseKind> {
  value: ContentOf[K];
  onChange: (next: ContentOf[K]) => void;
  /** What the clinician chose when assigning (skill, practice, article, scripted responses). */
  settings: AssignmentSettings;
  /** The field the server refused (path inside the content, e.g. `emotions.0.intensity`). */
  problem: ContentProblem | null;
  /** False once the entry is finished and only some parts can still change. */
  isDraft: boolean;
}

/** The message for one field of the content, when that is the field the server refused. */
export const problemAt = (problem: ContentProblem | null, field: string): string | null =>
  problem && problem.field === field ? problem.message : null;

/** A new entry's starting content, from what the clinician set. */
export function emptyContent<K extends ExerciseKind>(
  kind: K,
  settings: AssignmentSettings,
): ContentOf[K] {
  const firstPractice = MINDFULNESS_PRACTICES[0];
  const practice = MINDFULNESS_PRACTICES.find((p) => p.id === settings.practiceId) ?? firstPractice;
  const starts: { [Kind in ExerciseKind]: ContentOf[Kind] } = {
    emotion_log: {
      situation: '',
      emotions: [],
      bodySignals: '',
      urge: '',
      whatIDid: '',
      helped: [],
      helpedNote: '',
      intensityAfter: null,
    },
    regulation_skill: {
      skillId: settings.skillId ?? REGULATION_SKILLS[0]?.id ?? '',
      before: null,
      after: null,
      seconds: null,
      note: '',
    },
    mindfulness: {
      practiceId: practice?.id ?? '',
      minutes: settings.minutes ?? practice?.minutes[0] ?? 3,
      secondsPractised: 0,
      spoken: false,
      note: '',
    },
    mentalizing: {
      episode: '',
      myFeelings: '',
      myThoughts: '',
      readings: [
        { feelings: '', thoughts: '' },
        { feelings: '', thoughts: '' },
      ],
      whatIDid: '',
      nextTime: '',
    },
    repair: {
      whatHappened: '',
      feelingUnderneath: '',
      need: '',
      request: '',
      responses: (settings.likelyResponses ?? []).map((theySay) => ({
        theySay,
        iStayConnected: '',
      })),
      rehearsals: 0,
      realConversation: null,
    },
    secure_base: { thereForMe: [''], iWasThere: [''] },
    article: { articleId: settings.articleId ?? '', question: '' },
  };
  return starts[kind];
}
