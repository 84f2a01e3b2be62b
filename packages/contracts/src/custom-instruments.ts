import { Type, type Static } from 'typebox';
import { Id } from './common';

/** A practice's own summed measure, imported from a FHIR R4 Questionnaire. */
export const ImportCustomInstrumentBody = Type.Object({
  /** The FHIR R4 Questionnaire; every question's answer options carry numeric values. */
  questionnaire: Type.Record(Type.String(), Type.Unknown()),
  /** Whether a higher total means more difficulty, more wellbeing, or neither. */
  direction: Type.Optional(
    Type.Union([
      Type.Literal('higher_is_worse'),
      Type.Literal('higher_is_better'),
      Type.Literal('not_directional'),
    ]),
  ),
  /** The admin's statement that the practice may use this wording with clients. */
  attestation: Type.String({ minLength: 20, maxLength: 2000 }),
});
export type ImportCustomInstrumentBody = Static<typeof ImportCustomInstrumentBody>;

export const CustomInstrument = Type.Object({
  id: Id,
  instrumentId: Type.String(),
  version: Type.String(),
  name: Type.String(),
  itemCount: Type.Integer(),
  totalMin: Type.Number(),
  totalMax: Type.Number(),
  direction: Type.String(),
  sourceUrl: Type.Union([Type.String(), Type.Null()]),
  attestation: Type.String(),
  importedBy: Type.String(),
  importedAt: Type.String(),
});
export type CustomInstrument = Static<typeof CustomInstrument>;

export const CustomInstrumentList = Type.Object({ instruments: Type.Array(CustomInstrument) });
export type CustomInstrumentList = Static<typeof CustomInstrumentList>;
