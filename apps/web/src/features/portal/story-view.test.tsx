import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import '../../i18n';
import { historyFixture } from '../history/history-fixture';
import { NoteStep } from './story-steps';
import { StoryList } from './story-list';
import { STORY_PROMPTS } from './story-flow';

const render = (node: ReactNode) =>
  renderToStaticMarkup(
    <QueryClientProvider client={new QueryClient()}>{node}</QueryClientProvider>,
  );

describe('the client’s own list', () => {
  const [grandmother, , , , grandfather] = historyFixture;
  if (!grandmother || !grandfather) throw new Error('fixture changed');
  const mine = [
    { ...grandfather, sharedWithClinician: false },
    { ...grandmother, id: 'shared', author: 'client' as const, sharedWithClinician: true },
  ];
  const html = render(<StoryList entries={mine} />);
  it('says who can see each entry, private by default', () => {
    expect(html).toContain('Only you');
    expect(html).toContain('Shared with your clinician');
    expect(html).toContain('2 entries, 1 shared with your clinician.');
  });
  it('gives each entry a named switch, off unless shared', () => {
    const switches = [...html.matchAll(/<input[^>]*role="switch"[^>]*>/g)].map((m) => m[0]);
    expect(switches).toHaveLength(2);
    expect(switches[0]).not.toContain('checked');
    expect(switches[1]).toContain('checked');
    expect(html).toContain(
      'Let my clinician see this<span class="sb-visually-hidden">: Grandfather died',
    );
  });
  it('says plainly what sharing means', () => {
    expect(html).toMatch(/cannot change it/);
    expect(html).toMatch(/stop sharing at any time/);
  });
});

describe('the content note', () => {
  it('says what the harder prompt is about and offers to go on or skip', () => {
    const away = STORY_PROMPTS.find((p) => p.id === 'away');
    if (!away) throw new Error('no prompt');
    const html = render(
      <NoteStep
        headingRef={{ current: null }}
        prompt={away}
        onGoOn={() => undefined}
        onSkip={() => undefined}
        onBack={() => undefined}
      />,
    );
    expect(html).toContain('someone important went away');
    expect(html).toContain('Go on to this prompt');
    expect(html).toContain('Skip this one');
  });
});
