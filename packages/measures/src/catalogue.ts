import { ace } from './instruments/ace';
import { core10 } from './instruments/core-10';
import { csi16 } from './instruments/csi-16';
import { csi4 } from './instruments/csi-4';
import { ders16 } from './instruments/ders-16';
import { ecrR } from './instruments/ecr-r';
import { ecrRs } from './instruments/ecr-rs';
import { gad7 } from './instruments/gad-7';
import { pcl5 } from './instruments/pcl-5';
import { phq9 } from './instruments/phq-9';
import { prfq } from './instruments/prfq';
import { rfq8 } from './instruments/rfq-8';
import { rq } from './instruments/rq';
import { waiSr } from './instruments/wai-sr';
import type { InstrumentDefinition } from './types';

/** Every instrument definition, attachment measures first. */
export const instruments: readonly InstrumentDefinition[] = [
  ecrR,
  ecrRs,
  rq,
  rfq8,
  prfq,
  ders16,
  csi4,
  csi16,
  waiSr,
  phq9,
  gad7,
  pcl5,
  ace,
  core10,
];

const byId = new Map(instruments.map((instrument) => [instrument.id, instrument]));

export function getInstrument(id: string): InstrumentDefinition | undefined {
  return byId.get(id);
}

/** A JSON-safe description (for `securebase instruments describe <id> --json`). */
export type InstrumentDescription = InstrumentDefinition & {
  readonly itemCount: number;
  readonly scoreNames: readonly string[];
};

export function describeInstrument(id: string): InstrumentDescription | undefined {
  const instrument = byId.get(id);
  if (instrument === undefined) return undefined;
  const description = {
    ...instrument,
    itemCount: instrument.items.length,
    scoreNames: instrument.scores.map((definition) => definition.name),
  };
  // A round trip drops undefined fields and shares no references with the catalogue.
  return JSON.parse(JSON.stringify(description)) as InstrumentDescription;
}
