import type { DimensionChange, Uncertainty } from '@securebase/contracts';
import type { InstrumentDefinition } from '@securebase/measures';
import { bandHalfWidth, changeForInstrument, standardError } from '@securebase/stats';

type Dimension = 'anxiety' | 'avoidance';
const DIMENSIONS: readonly Dimension[] = ['anxiety', 'avoidance'];

function sourced(definition: InstrumentDefinition, dimension: Dimension) {
  const norm = definition.psychometrics.norms.find((n) => n.score === dimension);
  const reliability = definition.psychometrics.reliability.find((r) => r.score === dimension);
  return norm && reliability ? { norm, reliability } : null;
}

/** The 95% band from SEM = SD × √(1 − r), only when the definition has both, with sources. */
export function uncertaintyOf(definition: InstrumentDefinition): Uncertainty | null {
  const anxiety = sourced(definition, 'anxiety');
  const avoidance = sourced(definition, 'avoidance');
  if (!anxiety || !avoidance) return null;
  const half = (facts: NonNullable<typeof anxiety>) =>
    bandHalfWidth(standardError(facts.norm.sd, facts.reliability.value));
  const describe = (dimension: Dimension, facts: NonNullable<typeof anxiety>) =>
    `${dimension}: SD ${String(facts.norm.sd)} (${facts.norm.population}), r = ${String(facts.reliability.value)} (${facts.reliability.kind.replace('_', ' ')})`;
  return {
    anxiety: half(anxiety),
    avoidance: half(avoidance),
    confidence: 0.95,
    basis: `± 1.96 × SEM, SEM = SD × √(1 − r); ${describe('anxiety', anxiety)}; ${describe('avoidance', avoidance)}`,
    source: [
      ...new Set([anxiety, avoidance].flatMap((f) => [f.norm.source, f.reliability.source])),
    ].join('; '),
  };
}

export const NO_BAND_NOTE =
  'The instrument definition has no published SD and reliability for both dimensions yet, so the size of measurement error around each point is unknown. Small movements may be measurement error.';

export function referenceOf(definition: InstrumentDefinition) {
  const anxiety = definition.psychometrics.norms.find((n) => n.score === 'anxiety');
  const avoidance = definition.psychometrics.norms.find((n) => n.score === 'avoidance');
  if (!anxiety || !avoidance) return null;
  return {
    anxiety: anxiety.mean,
    avoidance: avoidance.mean,
    population: anxiety.population,
    source:
      anxiety.source === avoidance.source
        ? anxiety.source
        : `${anxiety.source}; ${avoidance.source}`,
  };
}

const WORDS: Record<Dimension, { up: string; down: string }> = {
  anxiety: {
    up: 'more worry about closeness and being let down',
    down: 'less worry about closeness and being let down',
  },
  avoidance: {
    up: 'less comfort with closeness and depending on others',
    down: 'more comfort with closeness and depending on others',
  },
};

/** What a change means and does not mean, in one or two sentences. */
function meaningOf(dimension: Dimension, difference: number, category: string | null): string {
  const direction = difference > 0 ? WORDS[dimension].up : WORDS[dimension].down;
  if (difference === 0) return 'No change on this dimension.';
  if (category === null) {
    return `A move towards ${direction}. Without a published SD and reliability we cannot tell whether it is larger than measurement error; read it as a question for the next session, not a finding.`;
  }
  if (category === 'no_reliable_change') {
    return `A move towards ${direction} that is within what measurement error alone could produce (Jacobson & Truax 1991, 95%). It may still matter to the client; the numbers cannot show it.`;
  }
  return `A move towards ${direction}, larger than measurement error alone would be likely to produce (Jacobson & Truax 1991, 95%). It does not say why it happened or whether it will last.`;
}

/** The latest administration against the one before, per dimension. */
export function changeOf(
  definition: InstrumentDefinition,
  previous: Record<Dimension, number>,
  current: Record<Dimension, number>,
): DimensionChange[] {
  return DIMENSIONS.map((dimension) => {
    const before = previous[dimension];
    const after = current[dimension];
    const change = changeForInstrument(definition, dimension, before, after);
    const category = change.available ? change.category : null;
    return {
      dimension,
      previous: before,
      current: after,
      difference: after - before,
      category,
      meaning: meaningOf(dimension, after - before, category),
    };
  });
}
