import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import '../../i18n';
import { historyFixture } from './history-fixture';
import { HistoryTable } from './history-table';
import { Lifeline } from './lifeline';
import { inTimeOrder } from './lifeline-scale';

const ordered = inTimeOrder(historyFixture, 1993, '2025-06-01');
const lifeline = renderToStaticMarkup(
  <Lifeline entries={ordered} memberName="Test Client" birthYear={1993} today="2025-06-01" />,
);
const table = renderToStaticMarkup(
  <HistoryTable entries={ordered} memberName="Test Client" birthYear={1993} />,
);

describe('the lifeline (rendered from the fixture)', () => {
  it('is a named picture with a description that exists', () => {
    const svg = /<svg[^>]*role="img"[^>]*>/.exec(lifeline)?.[0] ?? '';
    expect(svg).toContain('aria-label="Attachment lifeline of Test Client"');
    const described = /aria-describedby="([^"]+)"/.exec(svg)?.[1] ?? 'missing';
    expect(lifeline).toContain(`id="${described}"`);
  });
  it('draws one lane per kind with a time, in the lane order', () => {
    const lanes = [...lifeline.matchAll(/class="sb-lifeline__lane-name">([^<]+)</g)].map(
      (m) => m[1],
    );
    expect(lanes).toEqual([
      'Caregivers',
      'Moves',
      'Losses',
      'Adverse experiences',
      'Turning points',
    ]);
  });
  it('draws caregivers as bars (the open one continuing to now) and events as markers', () => {
    const svg = /<svg[^>]*role="img".*?<\/svg>/.exec(lifeline)?.[0] ?? '';
    expect(svg.match(/sb-lifeline__bar sb-lifeline__bar--caregiver/g)).toHaveLength(2);
    expect(lifeline).toContain('class="sb-lifeline__ongoing"');
    expect(lifeline).toContain('sb-lifeline__marker--turning_point');
    expect(lifeline).toContain('class="sb-lifeline__duration"');
  });
  it('marks what the client shared, and what is placed from an age', () => {
    expect(lifeline).toContain('sb-lifeline__item sb-lifeline__item--client');
    expect(lifeline).toContain('Grandfather died, Age 9 (Shared by the client)');
    expect(lifeline).toContain('≈ Grandfather died');
    expect(lifeline).toContain('Shared by the client (dashed bar, hollow marker)');
    expect(lifeline).toContain('Continues to now');
  });
  it('shows the years with the ages under them, and says what it could not draw', () => {
    expect(lifeline).toContain('>2000<');
    expect(lifeline).toContain('>age 7<');
    expect(lifeline).toContain('6 entries drawn, from 1993 to 2025;');
    expect(lifeline).toContain('“A summer away”');
  });
  it('uses an age axis when only ages are known', () => {
    const agesOnly = renderToStaticMarkup(
      <Lifeline
        entries={historyFixture.filter((e) => e.from === null && e.ageFrom !== null)}
        memberName="Test Client"
        birthYear={null}
        today="2025-06-01"
      />,
    );
    expect(agesOnly).toContain('Only ages are known');
    expect(agesOnly).toContain('>age 10<');
  });
});

describe('the table behind the lifeline', () => {
  it('lists every entry in time order, the undated last', () => {
    const titles = [...table.matchAll(/class="sb-history-table__title">([^<]+)</g)].map(
      (m) => m[1],
    );
    expect(titles).toEqual([
      'Grandmother',
      'Mother',
      'Moved to live with mother',
      'Grandfather died',
      'Hard years at home',
      'Started therapy',
      'A summer away',
    ]);
  });
  it('names the ACE item and who wrote each entry', () => {
    expect(table).toContain('ACE item 9: household mental illness or suicide attempt');
    expect(table).toContain('Shared by the client');
    expect(table).toContain('Time not known');
    expect(table).toContain('Since May 1, 1993');
    expect(table).toContain('Age 10 to 12 (about 2003–2005)');
    expect(table).toContain('Age 9 (about 2002)');
  });
});
