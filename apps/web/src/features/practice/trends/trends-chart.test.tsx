import type { PracticeTrends } from '@securebase/contracts';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import '../../../i18n';
import { PracticeTrendsView } from './trends-chart';

const families = { sadness: 0, fear: 1, anger: 1, shame: 0, numbness: 0, warmth: 0 };
const trends: PracticeTrends = {
  emotionWeeks: [
    { weekOf: '2026-01-05', entries: 3, peakMean: 7.3, afterMean: 4, families, words: [] },
    { weekOf: '2026-01-12', entries: 2, peakMean: 6, afterMean: null, families, words: [] },
    { weekOf: '2026-01-26', entries: 1, peakMean: 5.5, afterMean: 3, families, words: [] },
  ],
  helped: [
    { helper: 'slow-breath', times: 7, meanDrop: 3.14 },
    { helper: 'reach-out', times: 1, meanDrop: null },
    { helper: 'distraction', times: 2, meanDrop: -1 },
  ],
  practiceWeeks: [
    { weekOf: '2026-01-05', mindfulnessMinutes: 25, skillsPractised: 3, skillMeanDrop: 2 },
    { weekOf: '2026-01-12', mindfulnessMinutes: 0, skillsPractised: 1, skillMeanDrop: null },
  ],
};
const empty: PracticeTrends = { emotionWeeks: [], helped: [], practiceWeeks: [] };
const text = (html: string) => html.replaceAll('&#x27;', "'");

describe('the weekly emotion chart', () => {
  const html = text(renderToStaticMarkup(<PracticeTrendsView trends={trends} audience="client" />));
  it('is a named picture with a plain caption', () => {
    expect(html).toMatch(/<svg[^>]*role="img"/);
    expect(html).toContain(
      'The strongest feeling averaged 7.3 out of 10 in the week of Jan 5 and 5.5 in the week of Jan 26. Afterwards, in the latest week, it averaged 3.',
    );
  });
  it('draws both series, told apart by mark and line', () => {
    expect(html.match(/sb-trends__mark--peak/g)?.length).toBe(3 + 1); // + the legend
    expect(html.match(/sb-trends__mark--after/g)?.length).toBe(2 + 1);
    // The strongest-feeling line breaks over the quiet week of 19 Jan.
    expect(html.match(/<polyline[^>]*sb-trends__line--peak/g)).toHaveLength(1);
    expect(html).toContain('Strongest feeling');
    expect(html).toContain('Afterwards');
  });
  it('keeps the numbers in a table', () => {
    expect(html).toContain('<details');
    expect(html).toContain('Weekly averages, out of 10');
    expect(html).toContain('<td>7.3</td>');
    expect(html).toContain('<td>–</td>');
  });
  it('says what helped and by how much', () => {
    expect(html).toContain('7 times · feeling fell 3.1 points on average');
    expect(html).toContain('Once · not rated afterwards');
    expect(html).toContain('2 times · feeling rose 1 point on average');
  });
  it('lists practice by week', () => {
    expect(html).toContain('25 minutes');
    expect(html).toContain('3 skills practised · feeling fell 2 points on average');
    expect(html).toContain('1 skill practised');
  });
  it('has no inline styles', () => {
    expect(html).not.toContain('style=');
  });
});

describe('who the trends are for', () => {
  it('tells the care team the trends come only from shared entries', () => {
    const html = text(
      renderToStaticMarkup(<PracticeTrendsView trends={empty} audience="clinician" />),
    );
    expect(html).toContain('only from entries the client chose to share');
    expect(html).toContain('No shared emotion logs yet.');
  });
  it('speaks to the client about their own entries', () => {
    const html = text(
      renderToStaticMarkup(<PracticeTrendsView trends={empty} audience="client" />),
    );
    expect(html).not.toContain('chose to share');
    expect(html).toContain('When you write emotion logs');
  });
});
