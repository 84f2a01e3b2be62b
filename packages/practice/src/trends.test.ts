import { describe, expect, it } from 'vitest';
import type { EmotionLog, MindfulnessSession, SkillPractice } from './entries';
import { emotionWeeks, peakIntensity, practiceWeeks, weekOf, whatHelped } from './trends';

function log(partial: Partial<EmotionLog>): EmotionLog {
  return {
    situation: 'x',
    emotions: [],
    bodySignals: '',
    urge: '',
    whatIDid: '',
    helped: [],
    helpedNote: '',
    intensityAfter: null,
    ...partial,
  };
}

describe('weekly emotion view', () => {
  it('weeks start on Monday', () => {
    expect(weekOf('2026-03-02')).toBe('2026-03-02'); // a Monday
    expect(weekOf('2026-03-08')).toBe('2026-03-02'); // the Sunday after
    expect(weekOf('2026-03-09')).toBe('2026-03-09');
  });

  it('averages the strongest feeling of each entry and the rating afterwards', () => {
    const weeks = emotionWeeks([
      {
        localDate: '2026-03-03',
        content: log({
          emotions: [
            { word: 'anxious', intensity: 8 },
            { word: 'sad', intensity: 5 },
          ],
          intensityAfter: 4,
        }),
      },
      {
        localDate: '2026-03-05',
        content: log({ emotions: [{ word: 'anxious', intensity: 6 }], intensityAfter: null }),
      },
      {
        localDate: '2026-03-10',
        content: log({ emotions: [{ word: 'calm', intensity: 3 }], intensityAfter: 2 }),
      },
    ]);
    expect(weeks).toHaveLength(2);
    expect(weeks[0]).toMatchObject({ weekOf: '2026-03-02', entries: 2, peakMean: 7, afterMean: 4 });
    expect(weeks[0]?.families).toMatchObject({ fear: 2, sadness: 1, warmth: 0 });
    expect(weeks[0]?.words[0]).toEqual({ word: 'anxious', count: 2, meanIntensity: 7 });
    expect(weeks[1]).toMatchObject({ weekOf: '2026-03-09', peakMean: 3, afterMean: 2 });
  });

  it('has no peak for an entry without emotions', () => {
    expect(peakIntensity(log({}))).toBeNull();
  });
});

describe('what helped', () => {
  it('counts each helper and the mean fall where both ratings are known', () => {
    const tally = whatHelped([
      {
        localDate: '2026-03-03',
        content: log({
          emotions: [{ word: 'angry', intensity: 9 }],
          helped: ['slow-breath', 'reach-out'],
          intensityAfter: 5,
        }),
      },
      {
        localDate: '2026-03-04',
        content: log({
          emotions: [{ word: 'angry', intensity: 7 }],
          helped: ['slow-breath'],
          intensityAfter: 5,
        }),
      },
      {
        localDate: '2026-03-05',
        content: log({ emotions: [{ word: 'hurt', intensity: 7 }], helped: ['slow-breath'] }),
      },
    ]);
    expect(tally).toEqual([
      { helper: 'slow-breath', times: 3, meanDrop: 3 },
      { helper: 'reach-out', times: 1, meanDrop: 4 },
    ]);
  });
});

describe('practice minutes', () => {
  it('adds mindfulness time per week and the mean fall across rated skills', () => {
    const mind = (localDate: string, secondsPractised: number) => ({
      localDate,
      content: {
        practiceId: 'breath',
        minutes: 5,
        secondsPractised,
        spoken: false,
        note: '',
      } satisfies MindfulnessSession,
    });
    const skill = (localDate: string, before: number | null, after: number | null) => ({
      localDate,
      content: { skillId: 'slow-breath', before, after, seconds: 180, note: '' } as SkillPractice,
    });
    expect(
      practiceWeeks(
        [mind('2026-03-03', 300), mind('2026-03-04', 150), mind('2026-03-12', 600)],
        [skill('2026-03-03', 8, 5), skill('2026-03-04', 6, 5), skill('2026-03-05', null, 2)],
      ),
    ).toEqual([
      { weekOf: '2026-03-02', mindfulnessMinutes: 8, skillsPractised: 3, skillMeanDrop: 2 },
      { weekOf: '2026-03-09', mindfulnessMinutes: 10, skillsPractised: 0, skillMeanDrop: null },
    ]);
  });
});
