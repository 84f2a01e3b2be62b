import { describe, expect, it } from 'vitest';
import {
  INITIAL_STORY,
  progressOf,
  screenKey,
  STORY_PROMPTS,
  stepAt,
  storyReducer,
  type StoryAction,
  type StoryPrompt,
  type StoryState,
} from './story-flow';

const prompts: StoryPrompt[] = [
  { id: 'carer', kind: 'caregiver', lasting: true, contentNote: false },
  { id: 'loss', kind: 'loss', lasting: false, contentNote: true },
  { id: 'turning', kind: 'turning_point', lasting: false, contentNote: false },
];
const reduce = storyReducer(prompts);
const run = (...actions: StoryAction[]) =>
  actions.reduce<StoryState>((state, action) => reduce(state, action), INITIAL_STORY);

describe('our prompts', () => {
  it('are six to eight, with content notes before loss, separation and hard experiences', () => {
    expect(STORY_PROMPTS.length).toBeGreaterThanOrEqual(6);
    expect(STORY_PROMPTS.length).toBeLessThanOrEqual(8);
    for (const prompt of STORY_PROMPTS) {
      const hard = ['loss', 'separation', 'adverse_experience'].includes(prompt.kind);
      expect(prompt.contentNote, prompt.id).toBe(hard);
    }
    expect(new Set(STORY_PROMPTS.map((p) => p.id)).size).toBe(STORY_PROMPTS.length);
    expect(STORY_PROMPTS[0]?.contentNote).toBe(false);
  });
});

describe('the prompt flow', () => {
  it('starts at the introduction and goes to the first prompt', () => {
    expect(INITIAL_STORY.step).toEqual({ kind: 'intro' });
    expect(run({ type: 'start' }).step).toEqual({ kind: 'prompt', index: 0 });
  });
  it('shows a content note before a harder prompt, and goes on only when chosen', () => {
    const atNote = run({ type: 'start' }, { type: 'next' });
    expect(atNote.step).toEqual({ kind: 'note', index: 1 });
    expect(reduce(atNote, { type: 'goOn' }).step).toEqual({ kind: 'prompt', index: 1 });
  });
  it('skipping from the note skips the prompt too', () => {
    expect(run({ type: 'start' }, { type: 'next' }, { type: 'skip' }).step).toEqual({
      kind: 'prompt',
      index: 2,
    });
  });
  it('does not ask the same content note twice once gone on from', () => {
    const state = run(
      { type: 'start' },
      { type: 'next' },
      { type: 'goOn' },
      { type: 'next' },
      { type: 'back' },
    );
    expect(state.step).toEqual({ kind: 'prompt', index: 1 });
  });
  it('goes back to the note when the harder prompt was skipped', () => {
    const state = run({ type: 'start' }, { type: 'next' }, { type: 'skip' }, { type: 'back' });
    expect(state.step).toEqual({ kind: 'note', index: 1 });
  });
  it('reaches the end after the last prompt, and back from the end returns to it', () => {
    const end = run({ type: 'start' }, { type: 'next' }, { type: 'skip' }, { type: 'skip' });
    expect(end.step).toEqual({ kind: 'end' });
    expect(reduce(end, { type: 'back' }).step).toEqual({ kind: 'prompt', index: 2 });
    expect(reduce(end, { type: 'skip' })).toBe(end);
  });
  it('back from the first prompt is the introduction; back from there stays', () => {
    expect(run({ type: 'start' }, { type: 'back' }).step).toEqual({ kind: 'intro' });
    expect(run({ type: 'back' })).toBe(INITIAL_STORY);
  });
  it('pauses anywhere and resumes at the same step', () => {
    const paused = run({ type: 'start' }, { type: 'next' }, { type: 'pause' });
    expect(paused.paused).toBe(true);
    expect(paused.step).toEqual({ kind: 'note', index: 1 });
    const resumed = reduce(paused, { type: 'resume' });
    expect(resumed.paused).toBe(false);
    expect(resumed.step).toEqual({ kind: 'note', index: 1 });
    expect(run({ type: 'pause' }).paused).toBe(true);
  });
  it('marks a prompt saved, counts it, and offers another answer to the same prompt', () => {
    const saved = run({ type: 'start' }, { type: 'saved' });
    expect(saved).toMatchObject({ justSaved: true, savedCount: 1 });
    const another = reduce(saved, { type: 'another' });
    expect(another).toMatchObject({ justSaved: false, step: { kind: 'prompt', index: 0 } });
    expect(reduce(saved, { type: 'next' }).justSaved).toBe(false);
    expect(run({ type: 'saved' })).toBe(INITIAL_STORY);
  });
  it('"go on" means nothing outside a content note', () => {
    const atPrompt = run({ type: 'start' });
    expect(reduce(atPrompt, { type: 'goOn' })).toBe(atPrompt);
  });
  it('restarts from the introduction, keeping the notes already gone on from', () => {
    const state = run({ type: 'start' }, { type: 'next' }, { type: 'goOn' }, { type: 'restart' });
    expect(state).toEqual({ ...INITIAL_STORY, acknowledged: [1] });
  });
});

describe('progress and screen keys', () => {
  it('counts prompts on notes and prompts only', () => {
    expect(progressOf({ kind: 'note', index: 1 }, prompts)).toEqual({ number: 2, total: 3 });
    expect(progressOf({ kind: 'intro' }, prompts)).toBeNull();
    expect(progressOf({ kind: 'end' }, prompts)).toBeNull();
  });
  it('changes the key whenever the screen changes', () => {
    const keys = new Set([
      screenKey(INITIAL_STORY),
      screenKey(run({ type: 'start' })),
      screenKey(run({ type: 'start' }, { type: 'saved' })),
      screenKey(run({ type: 'start' }, { type: 'pause' })),
      screenKey(run({ type: 'start' }, { type: 'next' })),
    ]);
    expect(keys.size).toBe(5);
  });
  it('stepAt guards both ends', () => {
    expect(stepAt(prompts, -1, [])).toEqual({ kind: 'intro' });
    expect(stepAt(prompts, 3, [])).toEqual({ kind: 'end' });
  });
});
