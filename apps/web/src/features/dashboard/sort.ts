import type { DashboardCase } from '@securebase/contracts';

export type DashboardSort = 'title' | 'alerts' | 'lastActivityAt' | 'change';
export type Order = 'asc' | 'desc';

/** Worse first when sorting by change: deteriorated, no reliable change, improved; none last. */
const CHANGE_RANK: Record<string, number> = {
  reliably_deteriorated: 0,
  no_reliable_change: 1,
  reliably_improved: 2,
};

function rank(row: DashboardCase): number {
  const category = row.trend?.category;
  return category ? (CHANGE_RANK[category] ?? 1.5) : 3;
}

export function sortCases(
  rows: readonly DashboardCase[],
  key: DashboardSort,
  order: Order,
): DashboardCase[] {
  const sign = order === 'asc' ? 1 : -1;
  const compare = (a: DashboardCase, b: DashboardCase): number => {
    switch (key) {
      case 'title':
        return a.title.localeCompare(b.title);
      case 'alerts':
        return a.alerts - b.alerts;
      case 'lastActivityAt':
        return a.lastActivityAt.localeCompare(b.lastActivityAt);
      case 'change':
        return rank(a) - rank(b);
    }
  };
  return [...rows].sort((a, b) => sign * compare(a, b) || a.title.localeCompare(b.title));
}

/** The order a column starts in when first chosen: names A→Z, the rest most urgent first. */
export function firstOrder(key: DashboardSort): Order {
  return key === 'title' || key === 'change' ? 'asc' : 'desc';
}
