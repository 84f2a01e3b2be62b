import type { FormulationContent, ThemeSummary } from '@securebase/contracts';

type Count = ThemeSummary['wishes'];

function count(values: readonly (string | undefined)[]): Count {
  const counts = new Map<string, number>();
  for (const value of values) {
    if (value) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  // Most frequent first; ties in a stable, alphabetical order.
  return [...counts.entries()]
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .map(([cluster, n]) => ({ cluster, count: n }));
}

/**
 * Luborsky's CCRT method: the core theme is what recurs across relationship episodes, so each
 * component's clusters are counted over the episodes that were categorised.
 */
export function summariseThemes(content: FormulationContent): ThemeSummary {
  const { episodes } = content;
  return {
    episodes: episodes.length,
    wishes: count(episodes.map((e) => e.wishCluster)),
    responsesOfOther: count(episodes.map((e) => e.responseOfOtherCluster)),
    responsesOfSelf: count(episodes.map((e) => e.responseOfSelfCluster)),
  };
}

export const EMPTY_FORMULATION: FormulationContent = {
  workingModels: [],
  episodes: [],
  clientSummary: '',
};
