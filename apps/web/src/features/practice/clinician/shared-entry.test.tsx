import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { PracticeEntry } from '@securebase/contracts';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import '../../../i18n';
import { SharedEntry } from './shared-entry';

const render = (node: ReactNode) =>
  renderToStaticMarkup(
    <QueryClientProvider client={new QueryClient()}>{node}</QueryClientProvider>,
  );

function entry(kind: PracticeEntry['kind'], content: Record<string, unknown>): PracticeEntry {
  return {
    id: `e-${kind}`,
    caseId: 'c1',
    memberId: 'm1',
    kind,
    assignmentId: null,
    localDate: '2026-01-12',
    status: 'done',
    shared: true,
    content,
    revision: 1,
    createdAt: '2026-01-12T19:00:00Z',
    updatedAt: '2026-01-12T19:05:00Z',
    completedAt: '2026-01-12T19:05:00Z',
    comments: [],
  };
}

const show = (e: PracticeEntry) =>
  render(<SharedEntry caseId="c1" entry={e} memberName="Alex" />).replaceAll('&#x27;', "'");

describe('a shared mentalizing entry', () => {
  const html = show(
    entry('mentalizing', {
      episode: 'Sam went quiet at dinner',
      myFeelings: 'shut out',
      myThoughts: 'he is bored of me',
      readings: [
        { feelings: 'exhausted', thoughts: 'work was hard' },
        { feelings: 'worried', thoughts: 'about his mother' },
      ],
      whatIDid: 'went quiet too',
      nextTime: 'ask him how his day was',
    }),
  );
  it('shows the moment and both readings of the other person', () => {
    expect(html).toContain('Mentalizing journal');
    expect(html).toContain('Sam went quiet at dinner');
    expect(html).toContain('How the other person might have seen it');
    const readings = html.match(/<ol class="sb-entry__readings">(.*?)<\/ol>/)?.[1] ?? '';
    expect(readings.match(/<li>/g)).toHaveLength(2);
    for (const text of ['exhausted', 'work was hard', 'worried', 'about his mother']) {
      expect(readings).toContain(text);
    }
    expect(html).toContain('ask him how his day was');
  });
  it('says who shared it', () => {
    expect(html).toContain('Alex shared this');
  });
});

describe('a shared emotion log', () => {
  const html = show(
    entry('emotion_log', {
      situation: 'Sam was late and did not call',
      emotions: [
        { word: 'anxious', intensity: 8 },
        { word: 'shut-down', intensity: 3 },
      ],
      bodySignals: 'tight chest',
      urge: 'send angry texts',
      whatIDid: 'waited, then called a friend',
      helped: ['slow-breath', 'reach-out'],
      helpedNote: '',
      intensityAfter: 4,
    }),
  );
  it('names each emotion with its intensity', () => {
    expect(html).toContain('Anxious, 8 of 10');
    expect(html).toContain('Shut down, 3 of 10');
  });
  it('shows the urge, what helped and the feeling afterwards', () => {
    expect(html).toContain('send angry texts');
    expect(html).toContain('Slow breathing');
    expect(html).toContain('Reaching out to someone safe');
    expect(html).toContain('Strongest feeling afterwards');
    expect(html).toContain('4 of 10');
    expect(html).not.toContain('About what helped');
  });
});

describe('comments on a shared entry', () => {
  const html = show({
    ...entry('secure_base', { thereForMe: ['my sister called'], iWasThere: [] }),
    comments: [
      {
        id: 'k1',
        authorName: 'Dr Rivera',
        authorRole: 'clinician',
        text: 'Lovely to read this.',
        createdAt: '2026-01-13T09:00:00Z',
      },
      {
        id: 'k2',
        authorName: 'Alex',
        authorRole: 'client',
        text: 'Thank you',
        createdAt: '2026-01-13T10:00:00Z',
      },
    ],
  });
  it('lists each comment with who wrote it', () => {
    expect(html).toContain('Comments');
    expect(html).toContain('Lovely to read this.');
    expect(html).toContain('Dr Rivera (clinician)');
    expect(html).toContain('Thank you');
    expect(html).toContain('Alex (client)');
  });
  it('offers a labelled comment box', () => {
    expect(html).toMatch(/<label[^>]*>Comment on this entry<\/label>/);
    expect(html).toContain('>Comment</button>');
  });
  it('shows both lists of a secure-base reflection', () => {
    expect(html).toContain('my sister called');
    expect(html).toContain('Nothing written.');
  });
});

describe('an entry that cannot be read', () => {
  it('says so instead of failing', () => {
    const html = show(entry('article', { articleId: 'no-such-article' }));
    expect(html).toContain('This entry could not be shown.');
  });
});
