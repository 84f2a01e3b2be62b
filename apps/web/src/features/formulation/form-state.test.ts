import type { FormulationContent } from '@securebase/contracts';
import { describe, expect, it } from 'vitest';
import {
  emptyEpisode,
  emptyWorkingModel,
  findProblems,
  hasChanges,
  localToday,
  patchAt,
  removeAt,
  themesOf,
  toContent,
  toForm,
  unusedRelationships,
} from './form-state';
import { RELATIONSHIPS } from './labels';

const content: FormulationContent = {
  workingModels: [
    {
      relationship: 'partner',
      modelOfSelf: 'If I need too much, I will be left.',
      modelOfOthers: 'Partners are there at first and then pull away.',
      evidenceFor: ['Checks her phone when Sam is late'],
      evidenceAgainst: ['Asked Sam for help with her mother and he came'],
      linkedScores: [{ responseId: 'r1', score: 'anxiety' }],
    },
  ],
  episodes: [
    {
      who: 'Sam (partner)',
      when: '2025-11-02',
      whatHappened: 'He came home late without texting.',
      wish: 'To be reassured',
      wishCluster: 'be_loved_understood',
      responseOfOther: 'He seemed irritated',
      responseOfOtherCluster: 'rejecting_opposing',
      responseOfSelf: 'She went quiet and felt ashamed',
      responseOfSelfCluster: 'anxious_ashamed',
    },
    {
      who: 'Mother',
      whatHappened: '',
      wish: 'To be seen',
      responseOfOther: '',
      responseOfSelf: '',
    },
  ],
  clientSummary: 'When closeness feels uncertain, you may hold back.',
};

describe('form ↔ content', () => {
  it('round-trips what the server holds, leaving out unset dates and categories', () => {
    expect(toContent(toForm(content))).toEqual(content);
    const second = toContent(toForm(content)).episodes[1];
    expect(second).not.toHaveProperty('when');
    expect(second).not.toHaveProperty('wishCluster');
  });

  it('trims text and drops empty evidence lines, but keeps every episode in place', () => {
    const form = toForm(content);
    const model = form.workingModels[0];
    if (!model) throw new Error('fixture');
    model.modelOfSelf = '  spaced  ';
    model.evidenceFor.push({ key: 'x', text: '   ' });
    form.episodes.push(emptyEpisode());
    const out = toContent(form);
    expect(out.workingModels[0]?.modelOfSelf).toBe('spaced');
    expect(out.workingModels[0]?.evidenceFor).toEqual(['Checks her phone when Sam is late']);
    expect(out.episodes).toHaveLength(3);
    expect(out.episodes[2]).toEqual({
      who: '',
      whatHappened: '',
      wish: '',
      responseOfOther: '',
      responseOfSelf: '',
    });
  });

  it('gives every line its own key so inputs stay put as lines come and go', () => {
    const form = toForm(content);
    const keys = [
      ...form.workingModels.map((m) => m.key),
      ...form.workingModels
        .flatMap((m) => [...m.evidenceFor, ...m.evidenceAgainst])
        .map((l) => l.key),
      ...form.episodes.map((e) => e.key),
    ];
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('hasChanges', () => {
  it('is false for the loaded form and for whitespace-only edits', () => {
    const form = toForm(content);
    expect(hasChanges(form, content)).toBe(false);
    form.clientSummary = `${content.clientSummary}  `;
    expect(hasChanges(form, content)).toBe(false);
  });

  it('is true once something is said differently, added or removed', () => {
    const form = toForm(content);
    expect(hasChanges({ ...form, clientSummary: 'Other words' }, content)).toBe(true);
    expect(hasChanges({ ...form, episodes: removeAt(form.episodes, 1) }, content)).toBe(true);
    expect(
      hasChanges(
        { ...form, workingModels: [...form.workingModels, emptyWorkingModel('mother')] },
        content,
      ),
    ).toBe(true);
  });
});

describe('findProblems', () => {
  const today = '2025-12-01';

  it('finds nothing in a complete form', () => {
    expect(findProblems(toForm(content), today)).toEqual([]);
  });

  it('names the episode field the server would name', () => {
    const form = toForm(content);
    form.episodes = patchAt(form.episodes, 1, { who: '  ', when: '2025-12-02' });
    form.episodes.push({ ...emptyEpisode(), who: 'Friend', when: '2025-02-30' });
    expect(findProblems(form, today)).toEqual([
      { path: 'content.episodes.1.who', kind: 'whoMissing', episode: 1 },
      { path: 'content.episodes.1.when', kind: 'whenFuture', episode: 1 },
      { path: 'content.episodes.2.when', kind: 'whenInvalid', episode: 2 },
    ]);
  });

  it('accepts today', () => {
    const form = toForm(content);
    form.episodes = patchAt(form.episodes, 0, { when: today });
    expect(findProblems(form, today)).toEqual([]);
  });
});

describe('themesOf', () => {
  it('counts each part across episodes, most frequent first, ties alphabetically', () => {
    const form = toForm(content);
    form.episodes = [
      ...form.episodes,
      {
        ...emptyEpisode(),
        who: 'A',
        wishCluster: 'be_loved_understood',
        responseOfSelfCluster: 'helpless',
      },
      { ...emptyEpisode(), who: 'B', wishCluster: 'be_close_accepting' },
    ];
    expect(themesOf(form)).toEqual({
      episodes: 4,
      wishes: [
        { cluster: 'be_loved_understood', count: 2 },
        { cluster: 'be_close_accepting', count: 1 },
      ],
      responsesOfOther: [{ cluster: 'rejecting_opposing', count: 1 }],
      responsesOfSelf: [
        { cluster: 'anxious_ashamed', count: 1 },
        { cluster: 'helpless', count: 1 },
      ],
    });
  });
});

describe('helpers', () => {
  it('offers only relationships without a working model', () => {
    const open = unusedRelationships(toForm(content), RELATIONSHIPS);
    expect(open).not.toContain('partner');
    expect(open).toHaveLength(RELATIONSHIPS.length - 1);
  });

  it('gives today as the local calendar date', () => {
    expect(localToday(new Date(2025, 0, 5, 23, 30))).toBe('2025-01-05');
  });
});
