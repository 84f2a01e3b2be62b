import { EMPTY_SAFETY_PLAN, type SafetyPlanContent } from '@securebase/contracts';
import { describe, expect, it } from 'vitest';
import {
  draftOf,
  problemsOf,
  rowFieldOf,
  sectionValue,
  withSection,
  type ContactRow,
  type LineRow,
  type SectionDraft,
} from './plan-draft';

function addLines(draft: SectionDraft, ...rows: LineRow[]): SectionDraft {
  if (draft.kind !== 'lines') throw new Error('not a list of lines');
  return { kind: 'lines', rows: [...draft.rows, ...rows] };
}
function withContacts(draft: SectionDraft, before: ContactRow[], after: ContactRow[]) {
  if (draft.kind !== 'contacts') throw new Error('not a list of contacts');
  return { kind: 'contacts' as const, rows: [...before, ...draft.rows, ...after] };
}

const content: SafetyPlanContent = {
  ...EMPTY_SAFETY_PLAN,
  warningSigns: ['Not sleeping', 'Cancelling on friends'],
  peopleToAsk: [{ name: 'Jo', phone: '07700 900123' }],
};

describe('a step of the safety plan being changed', () => {
  it('starts from the saved lines, or one empty row to write in', () => {
    expect(draftOf(content, 'warningSigns').rows.map((r) => ('text' in r ? r.text : ''))).toEqual([
      'Not sleeping',
      'Cancelling on friends',
    ]);
    const empty = draftOf(content, 'professionals');
    expect(empty.kind).toBe('contacts');
    expect(empty.rows).toEqual([expect.objectContaining({ name: '', phone: '', note: '' })]);
    // Every row has its own key, so inputs keep their focus as rows come and go.
    const keys = draftOf(content, 'warningSigns').rows.map((r) => r.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('becomes trimmed content, without blank rows or empty phone and note', () => {
    const lines = addLines(
      draftOf(content, 'warningSigns'),
      { key: 'x', text: '   ' },
      { key: 'y', text: '  Pacing at night ' },
    );
    expect(sectionValue(lines)).toEqual([
      'Not sleeping',
      'Cancelling on friends',
      'Pacing at night',
    ]);
    const people = withContacts(
      draftOf(content, 'peopleToAsk'),
      [],
      [
        { key: 'a', name: '', phone: ' ', note: '' },
        { key: 'b', name: ' Sam ', phone: '', note: ' evenings ' },
      ],
    );
    const next = withSection(content, 'peopleToAsk', people);
    expect(next.peopleToAsk).toEqual([
      { name: 'Jo', phone: '07700 900123' },
      { name: 'Sam', note: 'evenings' },
    ]);
    // Only that step changes.
    expect(next.warningSigns).toBe(content.warningSigns);
  });

  it('finds a phone number that will not dial and a number without a name', () => {
    const people = withContacts(
      draftOf(content, 'peopleToAsk'),
      [],
      [
        { key: 'a', name: 'Sam', phone: 'ring Sam', note: '' },
        { key: 'b', name: ' ', phone: '0161 496 0000', note: '' },
        { key: 'c', name: '', phone: '', note: '' },
      ],
    );
    expect(problemsOf(people)).toEqual({ '1.phone': 'phone', '2.name': 'name' });
    expect(problemsOf(draftOf(content, 'warningSigns'))).toEqual({});
  });

  it('places a field the server named on the row it came from, skipping blank rows', () => {
    const people = withContacts(
      draftOf(content, 'peopleToAsk'),
      [{ key: 'blank', name: '', phone: '', note: '' }],
      [{ key: 'sam', name: 'Sam', phone: '12', note: '' }],
    );
    // Sent: Jo (0), Sam (1); on screen: blank (0), Jo (1), Sam (2).
    expect(rowFieldOf('content.peopleToAsk.1.phone', 'peopleToAsk', people)).toBe('2.phone');
    expect(rowFieldOf('content.peopleToAsk', 'peopleToAsk', people)).toBe('');
    expect(rowFieldOf('content.warningSigns.0', 'peopleToAsk', people)).toBeNull();
    expect(rowFieldOf('content.peopleToAskMore.0', 'peopleToAsk', people)).toBeNull();
    expect(rowFieldOf(null, 'peopleToAsk', people)).toBeNull();
  });
});
