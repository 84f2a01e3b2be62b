/**
 * Pure state of the "My story" prompts: an introduction, one prompt at a time, a content note
 * before the harder ones (go on or skip), pause and resume from anywhere, and an ending.
 * No DOM (unit-tested).
 */
import type { HistoryKind } from '@securebase/contracts';

export type PromptId = 'carer' | 'place' | 'away' | 'loss' | 'hard' | 'later' | 'turning';

export interface StoryPrompt {
  /** Names the prompt's strings: `history.story.prompts.<id>`. */
  id: PromptId;
  /** What an answer becomes on the lifeline. */
  kind: HistoryKind;
  /** The answer may last a while (ask "until when" too). */
  lasting: boolean;
  /** Touches loss, separation, or frightening or hurtful experiences: a content note first. */
  contentNote: boolean;
}

/** Our prompts, gentle first, the harder ones in the middle, ending with what helped. */
export const STORY_PROMPTS: readonly StoryPrompt[] = [
  { id: 'carer', kind: 'caregiver', lasting: true, contentNote: false },
  { id: 'place', kind: 'move', lasting: false, contentNote: false },
  { id: 'away', kind: 'separation', lasting: false, contentNote: true },
  { id: 'loss', kind: 'loss', lasting: false, contentNote: true },
  { id: 'hard', kind: 'adverse_experience', lasting: false, contentNote: true },
  { id: 'later', kind: 'significant_relationship', lasting: true, contentNote: false },
  { id: 'turning', kind: 'turning_point', lasting: false, contentNote: false },
];

export type StoryStep =
  | { kind: 'intro' }
  | { kind: 'note'; index: number }
  | { kind: 'prompt'; index: number }
  | { kind: 'end' };

export interface StoryState {
  step: StoryStep;
  /** Paused: the step is kept and shown again on resume. */
  paused: boolean;
  /** Prompts whose content note the person chose to go on from (not asked twice). */
  acknowledged: readonly number[];
  /** The current prompt's answer was just saved. */
  justSaved: boolean;
  /** How many answers were saved in this sitting. */
  savedCount: number;
}

export type StoryAction =
  | { type: 'start' }
  | { type: 'goOn' }
  | { type: 'skip' }
  | { type: 'next' }
  | { type: 'back' }
  | { type: 'pause' }
  | { type: 'resume' }
  | { type: 'saved' }
  | { type: 'another' }
  | { type: 'restart' };

export const INITIAL_STORY: StoryState = {
  step: { kind: 'intro' },
  paused: false,
  acknowledged: [],
  justSaved: false,
  savedCount: 0,
};

/** The step for prompt `index`: its content note first unless already acknowledged. */
export function stepAt(
  prompts: readonly StoryPrompt[],
  index: number,
  acknowledged: readonly number[],
): StoryStep {
  if (index < 0) return { kind: 'intro' };
  const prompt = prompts[index];
  if (!prompt) return { kind: 'end' };
  if (prompt.contentNote && !acknowledged.includes(index)) return { kind: 'note', index };
  return { kind: 'prompt', index };
}

function indexOf(step: StoryStep, prompts: readonly StoryPrompt[]): number {
  if (step.kind === 'intro') return -1;
  if (step.kind === 'end') return prompts.length;
  return step.index;
}

/** Moves to another step: a new step is never "just saved". */
function moveTo(state: StoryState, step: StoryStep): StoryState {
  return { ...state, step, justSaved: false, paused: false };
}

export function storyReducer(prompts: readonly StoryPrompt[]) {
  return (state: StoryState, action: StoryAction): StoryState => {
    const index = indexOf(state.step, prompts);
    switch (action.type) {
      case 'start':
        return moveTo(state, stepAt(prompts, 0, state.acknowledged));
      case 'goOn': {
        if (state.step.kind !== 'note') return state;
        const acknowledged = [...state.acknowledged, index];
        return moveTo({ ...state, acknowledged }, { kind: 'prompt', index });
      }
      case 'skip':
      case 'next':
        if (state.step.kind !== 'note' && state.step.kind !== 'prompt') return state;
        return moveTo(state, stepAt(prompts, index + 1, state.acknowledged));
      case 'back':
        if (state.step.kind === 'intro') return state;
        return moveTo(state, stepAt(prompts, index - 1, state.acknowledged));
      case 'pause':
        return { ...state, paused: true };
      case 'resume':
        return { ...state, paused: false };
      case 'saved':
        if (state.step.kind !== 'prompt') return state;
        return { ...state, justSaved: true, savedCount: state.savedCount + 1 };
      case 'another':
        return { ...state, justSaved: false };
      case 'restart':
        return { ...INITIAL_STORY, acknowledged: state.acknowledged };
    }
  };
}

/** "Prompt 3 of 7" for a note or a prompt; null on the introduction and the ending. */
export function progressOf(
  step: StoryStep,
  prompts: readonly StoryPrompt[],
): { number: number; total: number } | null {
  if (step.kind !== 'note' && step.kind !== 'prompt') return null;
  return { number: step.index + 1, total: prompts.length };
}

/** A key that changes whenever what is on screen changes (focus moves to its heading then). */
export function screenKey(state: StoryState): string {
  const { step } = state;
  const where =
    step.kind === 'note' || step.kind === 'prompt' ? `${step.kind}-${step.index}` : step.kind;
  return `${where}${state.paused ? '-paused' : ''}${state.justSaved ? '-saved' : ''}`;
}
