import type { RelationshipEpisode } from '@securebase/contracts';
import { describe, expect, it } from 'vitest';
import { EMPTY_FORMULATION, summariseThemes } from './themes';

const episode = (overrides: Partial<RelationshipEpisode>): RelationshipEpisode => ({
  who: 'Partner',
  whatHappened: 'He was late home again.',
  wish: 'To matter to him',
  responseOfOther: 'He shrugged it off',
  responseOfSelf: 'I went quiet and then exploded',
  ...overrides,
});

describe('CCRT themes across episodes', () => {
  it('counts each component over the categorised episodes, most frequent first', () => {
    const summary = summariseThemes({
      ...EMPTY_FORMULATION,
      episodes: [
        episode({
          wishCluster: 'be_loved_understood',
          responseOfOtherCluster: 'rejecting_opposing',
        }),
        episode({
          wishCluster: 'be_close_accepting',
          responseOfOtherCluster: 'rejecting_opposing',
        }),
        episode({
          wishCluster: 'be_loved_understood',
          responseOfOtherCluster: 'upset',
          responseOfSelfCluster: 'anxious_ashamed',
        }),
        // Not yet categorised: counted as an episode, not as a theme.
        episode({}),
      ],
    });
    expect(summary).toEqual({
      episodes: 4,
      wishes: [
        { cluster: 'be_loved_understood', count: 2 },
        { cluster: 'be_close_accepting', count: 1 },
      ],
      responsesOfOther: [
        { cluster: 'rejecting_opposing', count: 2 },
        { cluster: 'upset', count: 1 },
      ],
      responsesOfSelf: [{ cluster: 'anxious_ashamed', count: 1 }],
    });
  });

  it('an empty formulation has no themes', () => {
    expect(summariseThemes(EMPTY_FORMULATION)).toEqual({
      episodes: 0,
      wishes: [],
      responsesOfOther: [],
      responsesOfSelf: [],
    });
  });
});
