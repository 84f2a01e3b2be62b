import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { CasePractice, CaseSummary } from '@securebase/contracts';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import '../../../i18n';
import { casePracticeQuery } from '../queries';
import { PracticeTab } from './practice-tab';

const summary: CaseSummary = {
  id: 'c1',
  kind: 'couple',
  title: 'Alex and Sam',
  status: 'open',
  members: [
    { id: 'm1', displayName: 'Alex', memberRole: 'partner', birthYear: null, hasAccount: true },
    { id: 'm2', displayName: 'Sam', memberRole: 'partner', birthYear: null, hasAccount: false },
  ],
  careTeam: [{ userId: 'u1', displayName: 'Dr Rivera', teamRole: 'lead' }],
  lastActivityAt: '2026-01-12T10:00:00Z',
  createdAt: '2026-01-01T10:00:00Z',
};

const practice: CasePractice = {
  assignments: [
    {
      id: 'a1',
      caseId: 'c1',
      memberId: 'm1',
      memberName: 'Alex',
      kind: 'regulation_skill',
      settings: { skillId: 'slow-breath' },
      note: 'Try it after work.',
      cadence: 'daily',
      startsOn: '2026-01-05',
      until: '2026-01-18',
      timeZone: 'Europe/London',
      shareByDefault: true,
      assignedBy: 'Dr Rivera',
      createdAt: '2026-01-05T09:00:00Z',
      endedAt: null,
      completion: { periods: 5, done: 3, lastDoneAt: '2026-01-09T20:00:00Z' },
    },
  ],
  sharedEntries: [
    {
      id: 'e1',
      caseId: 'c1',
      memberId: 'm1',
      kind: 'regulation_skill',
      assignmentId: 'a1',
      localDate: '2026-01-09',
      status: 'done',
      shared: true,
      content: { skillId: 'slow-breath', before: 7, after: 4, seconds: 180, note: '' },
      revision: 1,
      createdAt: '2026-01-09T20:00:00Z',
      updatedAt: '2026-01-09T20:00:00Z',
      completedAt: '2026-01-09T20:00:00Z',
      comments: [],
    },
  ],
  trends: { emotionWeeks: [], helped: [], practiceWeeks: [] },
};

function render() {
  const client = new QueryClient();
  client.setQueryData(casePracticeQuery('c1').queryKey, practice);
  return renderToStaticMarkup(
    <QueryClientProvider client={client}>
      <PracticeTab summary={summary} />
    </QueryClientProvider>,
  ).replaceAll('&#x27;', "'");
}

describe('the Practice tab', () => {
  const html = render();
  it('has the four parts', () => {
    for (const title of ['Give an exercise', 'Exercises given', 'Shared with you', 'Trends']) {
      expect(html).toContain(`>${title}</h2>`);
    }
  });
  it('lists an exercise with its cadence, completion and note, and a named End button', () => {
    expect(html).toContain('Regulation skill: Slow breathing');
    expect(html).toContain('Daily until');
    expect(html).toContain('3 of 5 days');
    expect(html).toContain('Try it after work.');
    expect(html).toContain('aria-label="End Regulation skill: Slow breathing for Alex"');
  });
  it('shows a shared skill entry readably', () => {
    expect(html).toContain('from 7 to 4 of 10');
    expect(html).toContain('3 minutes');
    expect(html).toContain('private count toward completion, but you never see them');
  });
  it('lets the clinician choose the member, and explains sharing', () => {
    expect(html).toContain('>Sam</option>');
    expect(html).toContain('The client can change this for each entry at any time.');
    expect(html).toContain('<datalist');
  });
  it('has no inline styles', () => {
    expect(html).not.toContain('style=');
  });
});
