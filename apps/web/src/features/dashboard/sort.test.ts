import type { DashboardCase } from '@securebase/contracts';
import { describe, expect, it } from 'vitest';
import { firstOrder, sortCases } from './sort';

const row = (
  title: string,
  alerts: number,
  at: string,
  category: string | null,
): DashboardCase => ({
  caseId: title,
  title,
  status: 'open',
  lastActivityAt: at,
  alerts,
  trend: category
    ? {
        instrumentName: 'PHQ-9',
        scoreLabel: 'Total',
        direction: 'higher_is_worse',
        min: 0,
        max: 27,
        memberName: 'M',
        values: [],
        category,
      }
    : null,
});

const rows = [
  row('Brandt', 0, '2026-03-01', null),
  row('Ana & Ben', 2, '2026-03-03', 'no_reliable_change'),
  row('Maya', 1, '2026-03-02', 'reliably_improved'),
  row('Chen', 1, '2026-03-04', 'reliably_deteriorated'),
];
const titles = (list: DashboardCase[]) => list.map((r) => r.title);

describe('sortCases', () => {
  it('sorts by name, by alerts (ties by name), by last activity', () => {
    expect(titles(sortCases(rows, 'title', 'asc'))).toEqual([
      'Ana & Ben',
      'Brandt',
      'Chen',
      'Maya',
    ]);
    expect(titles(sortCases(rows, 'alerts', 'desc'))).toEqual([
      'Ana & Ben',
      'Chen',
      'Maya',
      'Brandt',
    ]);
    expect(titles(sortCases(rows, 'lastActivityAt', 'desc'))).toEqual([
      'Chen',
      'Ana & Ben',
      'Maya',
      'Brandt',
    ]);
  });

  it('puts reliable deterioration first when sorting by change, cases without a trend last', () => {
    expect(titles(sortCases(rows, 'change', 'asc'))).toEqual([
      'Chen',
      'Ana & Ben',
      'Maya',
      'Brandt',
    ]);
    expect(firstOrder('change')).toBe('asc');
    expect(firstOrder('alerts')).toBe('desc');
  });
});
