import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { CaseMember, Formulation } from '@securebase/contracts';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import '../../i18n';
import { FormulationEditor } from './formulation-editor';
import { PastContent } from './read-only-version';

const member: CaseMember = {
  id: 'm1',
  displayName: 'Test Client',
  memberRole: 'client',
  birthYear: null,
  hasAccount: false,
};

const formulation: Formulation = {
  caseId: 'c1',
  memberId: 'm1',
  version: 2,
  savedAt: '2025-11-23T10:00:00Z',
  savedBy: 'Dr Test',
  note: 'Added an episode',
  content: {
    workingModels: [
      {
        relationship: 'partner',
        modelOfSelf: 'If I need too much, I will be left.',
        modelOfOthers: 'Partners pull away.',
        evidenceFor: ['Checks her phone', 'Apologises first'],
        evidenceAgainst: [],
        linkedScores: [],
      },
    ],
    episodes: [
      {
        who: 'Sam',
        when: '2025-11-02',
        whatHappened: 'He came home late.',
        wish: 'To be reassured',
        wishCluster: 'be_loved_understood',
        responseOfOther: 'Irritated',
        responseOfSelf: 'Went quiet',
      },
    ],
    clientSummary: 'You may hold back when closeness feels uncertain.',
  },
  themes: {
    episodes: 1,
    wishes: [{ cluster: 'be_loved_understood', count: 1 }],
    responsesOfOther: [],
    responsesOfSelf: [],
  },
};

function render(node: ReactNode) {
  const client = new QueryClient();
  client.setQueryData(['case', 'c1', 'results'], { measures: [] });
  return renderToStaticMarkup(
    <QueryClientProvider client={client}>
      <MemoryRouter>{node}</MemoryRouter>
    </QueryClientProvider>,
  );
}

describe('the formulation editor (rendered)', () => {
  const html = render(<FormulationEditor caseId="c1" member={member} initial={formulation} />);

  it('groups each working model and episode in a fieldset with a legend', () => {
    expect(html).toContain('Working model: Partner</legend>');
    expect(html).toContain('Episode 1: Sam</legend>');
    expect(html.match(/<fieldset/g)?.length).toBeGreaterThanOrEqual(5);
  });

  it('names every add and remove button for what it acts on', () => {
    expect(html).toContain('>Remove episode 1<');
    expect(html).toContain('>Remove working model: Partner<');
    expect(html).toContain('aria-label="Remove point 2 of evidence for (Partner)"');
    expect(html).toContain('aria-label="Add a point to evidence against (Partner)"');
    expect(html).toContain('>Add an episode<');
  });

  it('labels every input and textarea', () => {
    const ids = [...html.matchAll(/<(?:input|textarea|select)[^>]*\sid="([^"]+)"/g)].map(
      (m) => m[1],
    );
    expect(ids.length).toBeGreaterThan(10);
    for (const id of ids) expect(html).toContain(`for="${id ?? ''}"`);
  });

  it('keeps dates out of the future and shows the themes and the sharing state', () => {
    const date = /<input[^>]*type="date"[^>]*>/.exec(html)?.[0] ?? '';
    expect(date).toMatch(/max="\d{4}-\d{2}-\d{2}"/);
    expect(html).toContain('Themes across episodes');
    expect(html).toContain('To be loved and understood');
    expect(html).toContain('Not shared with the client yet');
    expect(html).toContain('Barber, Crits-Christoph &amp; Luborsky (1990)');
    expect(html).toContain('Version 2, saved');
    expect(html).toContain('>Save formulation<');
  });
});

describe('a past version (rendered)', () => {
  const html = render(<PastContent formulation={formulation} />);

  it('shows the content to read, with categories in words and nothing to edit', () => {
    expect(html).toContain('If I need too much, I will be left.');
    expect(html).toContain('To be reassured (category: To be loved and understood)');
    expect(html).toContain('You may hold back when closeness feels uncertain.');
    expect(html).not.toMatch(/<(input|textarea|select)/);
  });
});
