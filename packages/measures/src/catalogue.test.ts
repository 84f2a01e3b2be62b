import { describe, expect, it } from 'vitest';
import { describeInstrument, getInstrument, instruments } from './catalogue';
import type { InstrumentDefinition, ItemScoreDefinition } from './types';

const EXPECTED_SCORES: Record<string, string[]> = {
  'ecr-r': ['anxiety', 'avoidance'],
  'ecr-rs': [
    ...['mother', 'father', 'partner', 'friend'].flatMap((t) => [`${t}.anxiety`, `${t}.avoidance`]),
    'global.anxiety',
    'global.avoidance',
  ],
  rq: ['secure', 'fearful', 'preoccupied', 'dismissing', 'self_model', 'other_model', 'category'],
  'rfq-8': ['rfq_c', 'rfq_u'],
  prfq: ['pm', 'cm', 'ic'],
  'ders-16': ['total', 'nonacceptance', 'goals', 'impulse', 'strategies', 'clarity'],
  'csi-4': ['total'],
  'csi-16': ['total'],
  'wai-sr': ['total', 'goal', 'task', 'bond'],
  'phq-9': ['total'],
  'gad-7': ['total'],
  'pcl-5': ['total', 'b', 'c', 'd', 'e'],
  ace: ['total'],
  'core-10': ['total'],
};

const each = describe.each(instruments.map((instrument) => [instrument.id, instrument] as const));

function itemScores(instrument: InstrumentDefinition): ItemScoreDefinition[] {
  return instrument.scores.filter((definition) => definition.kind === 'items');
}

describe('catalogue', () => {
  it('has exactly the agreed instruments and score names', () => {
    const names = Object.fromEntries(
      instruments.map((instrument) => [instrument.id, instrument.scores.map((s) => s.name)]),
    );
    expect(names).toEqual(EXPECTED_SCORES);
  });

  it('definition snapshot: id, name, licence, item text and item count', () => {
    const summary = instruments.map((instrument) => ({
      id: instrument.id,
      name: instrument.name,
      licence: instrument.licence.status,
      itemTextShipped: instrument.itemTextShipped,
      itemCount: instrument.items.length,
    }));
    expect(summary).toMatchSnapshot();
  });

  it('getInstrument finds by id and returns undefined for an unknown id', () => {
    expect(getInstrument('phq-9')?.name).toMatch(/PHQ-9/);
    expect(getInstrument('phq-10')).toBeUndefined();
  });

  it('describeInstrument is JSON-safe and includes item count and score names', () => {
    for (const instrument of instruments) {
      const description = describeInstrument(instrument.id);
      expect(description).toEqual(JSON.parse(JSON.stringify(description)));
      expect(description?.itemCount).toBe(instrument.items.length);
      expect(description?.scoreNames).toEqual(EXPECTED_SCORES[instrument.id]);
    }
    expect(describeInstrument('nope')).toBeUndefined();
  });

  it('describeInstrument returns a copy, not the catalogue entry', () => {
    const description = describeInstrument('phq-9');
    expect(description).not.toBe(getInstrument('phq-9'));
    expect(description?.items).not.toBe(getInstrument('phq-9')?.items);
  });

  it('ships no item text or labels for ECR-R, ECR-RS and WAI-SR', () => {
    for (const id of ['ecr-r', 'ecr-rs', 'wai-sr']) {
      const instrument = getInstrument(id);
      expect(instrument?.itemTextShipped).toBe(false);
      const serialised = JSON.stringify(instrument?.items);
      expect(serialised).not.toMatch(/"text"|"label"/);
    }
  });
});

each('%s definition', (_, instrument) => {
  it('has unique item ids in published order with explicit integer ranges', () => {
    const ids = instrument.items.map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const item of instrument.items) {
      expect(Number.isInteger(item.min) && Number.isInteger(item.max)).toBe(true);
      expect(item.max).toBeGreaterThan(item.min);
    }
    const positionsByPrefix = new Map<string, number[]>();
    for (const item of instrument.items) {
      const prefix = item.id.slice(0, item.id.lastIndexOf('.'));
      positionsByPrefix.set(prefix, [...(positionsByPrefix.get(prefix) ?? []), item.position]);
    }
    for (const found of positionsByPrefix.values()) {
      expect(found).toEqual(found.map((_, index) => index + 1));
    }
  });

  it('ships item text and option labels only where the licence allows', () => {
    const texts = instrument.items.filter((item) => item.text !== undefined).length;
    const labels = instrument.items.flatMap((item) => item.options ?? []).filter((o) => o.label);
    if (instrument.itemTextShipped) expect(texts).toBe(instrument.items.length);
    else expect([texts, labels.length]).toEqual([0, 0]);
    if (instrument.itemTextShipped) {
      expect(['public_domain', 'open_licence']).toContain(instrument.licence.status);
    }
  });

  it('declares options matching each item range', () => {
    for (const item of instrument.items) {
      if (item.options === undefined) continue;
      expect(item.options.map((option) => option.value)).toEqual(
        Array.from({ length: item.max - item.min + 1 }, (_, index) => item.min + index),
      );
    }
  });

  it('scores refer to declared items and earlier scores; recodes cover every answer', () => {
    const itemIds = new Set(instrument.items.map((item) => item.id));
    const seen = new Set<string>();
    for (const definition of instrument.scores) {
      if (definition.kind === 'items') {
        for (const scored of definition.items) {
          expect(itemIds.has(scored.item)).toBe(true);
          const item = instrument.items.find((candidate) => candidate.id === scored.item);
          if (item === undefined || scored.recode === undefined) continue;
          for (let value = item.min; value <= item.max; value += 1) {
            expect(scored.recode[String(value)]).toBeTypeOf('number');
          }
        }
      } else {
        const used =
          definition.kind === 'linear' ? definition.terms.map((t) => t.score) : definition.scores;
        for (const name of used) expect(seen.has(name)).toBe(true);
      }
      seen.add(definition.name);
    }
  });

  it('bands are contiguous and cover the whole score range', () => {
    for (const definition of itemScores(instrument)) {
      const bands = definition.bands?.bands;
      if (bands === undefined) continue;
      expect(bands[0]?.min).toBe(definition.min);
      expect(bands.at(-1)?.max).toBe(definition.max);
      bands.slice(1).forEach((band, index) => expect(band.min).toBe((bands[index]?.max ?? 0) + 1));
    }
  });

  it('cites its sources and records psychometrics only for declared scores', () => {
    expect(instrument.citation.length).toBeGreaterThan(40);
    expect(instrument.licence.source.length).toBeGreaterThan(5);
    expect(instrument.scoringKey.source.length).toBeGreaterThan(5);
    const names = new Set(instrument.scores.map((definition) => definition.name));
    const { norms, reliability, publishedChange } = instrument.psychometrics;
    for (const entry of [...norms, ...reliability, ...publishedChange]) {
      expect(names.has(entry.score)).toBe(true);
      expect(entry.evidence).not.toBe('unconfirmed');
    }
    for (const name of Object.keys(instrument.loinc?.scores ?? {}))
      expect(names.has(name)).toBe(true);
  });
});
