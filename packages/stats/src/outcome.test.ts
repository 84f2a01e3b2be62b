import { getInstrument, type InstrumentDefinition } from '@securebase/measures';
import { describe, expect, it } from 'vitest';
import { outcomeFor } from './outcome';

const need = (id: string): InstrumentDefinition => {
  const definition = getInstrument(id);
  if (!definition) throw new Error(id);
  return definition;
};

describe('outcomeFor (Jacobson & Truax 1991 categories)', () => {
  const core = need('core-10');

  it('CORE-10 20 → 8: a reliable fall (RCI 6, Barkham 2013) crossing the cut-off of 11 is recovery', () => {
    const outcome = outcomeFor(core, 'total', 20, 8);
    expect(outcome).toMatchObject({ available: true, category: 'recovered', crossedCutoff: true });
    expect(outcome.available && outcome.cutoff?.value).toBe(11);
    expect(outcome.available && outcome.change.category).toBe('reliably_improved');
  });

  it('CORE-10 20 → 12 is improvement (reliable, still at or above 11); 12 → 20 is deterioration', () => {
    expect(outcomeFor(core, 'total', 20, 12)).toMatchObject({
      category: 'improved',
      crossedCutoff: false,
    });
    expect(outcomeFor(core, 'total', 12, 20)).toMatchObject({ category: 'deteriorated' });
  });

  it('PHQ-9 12 → 8 crosses 10 but falls only 4 (less than 6): unchanged', () => {
    expect(outcomeFor(need('phq-9'), 'total', 12, 8)).toMatchObject({
      category: 'unchanged',
      crossedCutoff: true,
    });
  });

  it('ending exactly at the cut-off is not recovery: CORE-10 18 → 11', () => {
    expect(outcomeFor(core, 'total', 18, 11)).toMatchObject({ category: 'improved' });
  });

  it('says when there is no basis, rather than inventing one (ECR-R)', () => {
    expect(outcomeFor(need('ecr-r'), 'anxiety', 5, 3).available).toBe(false);
  });
});
