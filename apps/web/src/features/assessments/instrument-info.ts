/**
 * What the web app reads from the instrument definitions themselves (`@securebase/measures`,
 * pure data): band edges for a chart, item wording and options where they may be shipped, the
 * risk rule of an item, published change thresholds.
 */
import { getInstrument, type InstrumentDefinition } from '@securebase/measures';
import type { BandInput } from './chart-scale';

export function instrument(id: string): InstrumentDefinition | undefined {
  return getInstrument(id);
}

export interface BandInfo {
  bands: BandInput[];
  source: string;
}

export function bandsFor(instrumentId: string, scoreName: string): BandInfo | null {
  const score = getInstrument(instrumentId)?.scores.find((s) => s.name === scoreName);
  if (!score?.bands || score.bands.bands.length === 0) return null;
  return { bands: [...score.bands.bands], source: score.bands.source };
}

export function publishedChangeFor(instrumentId: string, scoreName: string) {
  return (
    getInstrument(instrumentId)?.psychometrics.publishedChange.find(
      (change) => change.score === scoreName && change.kind !== 'minimal_important_difference',
    ) ?? null
  );
}

export function itemInfo(instrumentId: string, itemId: string) {
  const definition = getInstrument(instrumentId);
  const item = definition?.items.find((candidate) => candidate.id === itemId);
  if (!definition || !item) return null;
  return {
    text: definition.itemTextShipped ? (item.text ?? null) : null,
    label: (value: number) => item.options?.find((option) => option.value === value)?.label ?? null,
    riskRule: item.risk?.label ?? null,
  };
}
