import type { CatalogueEntry, QuestionnaireForm } from '@securebase/contracts';
import type { InstrumentDefinition } from '@securebase/measures';
import type { ContentPackRow } from './repo';

/** The wording a practice installed for an instrument whose text we may not ship. */
export interface PackText {
  items: Record<string, string>;
  options: Record<string, string>;
}

export function packText(pack: ContentPackRow | undefined): PackText | undefined {
  if (!pack) return undefined;
  const parsed = JSON.parse(pack.item_text) as Partial<PackText>;
  return { items: parsed.items ?? {}, options: parsed.options ?? {} };
}

export function availabilityOf(definition: InstrumentDefinition, pack: ContentPackRow | undefined) {
  return definition.itemTextShipped || pack ? ('ready' as const) : ('needs_licensed_text' as const);
}

export function catalogueEntry(
  definition: InstrumentDefinition,
  pack: ContentPackRow | undefined,
  origin: CatalogueEntry['origin'] = 'catalogue',
): CatalogueEntry {
  return {
    id: definition.id,
    name: definition.name,
    citation: definition.citation,
    licenceStatus: definition.licence.status,
    licenceNote: definition.licence.note,
    itemCount: definition.items.length,
    scoreNames: definition.scores.map((s) => s.name),
    availability: availabilityOf(definition, pack),
    placeholderText: !definition.itemTextShipped && pack?.placeholder === 1,
    origin,
  };
}

/** Items as the respondent sees them: shipped text, or the practice's installed text. */
export function formItems(
  definition: InstrumentDefinition,
  pack: ContentPackRow | undefined,
): QuestionnaireForm['items'] {
  const installed = definition.itemTextShipped ? undefined : packText(pack);
  return definition.items.map((item) => {
    const values = item.options?.map((o) => o.value) ?? range(item.min, item.max);
    return {
      id: item.id,
      position: item.position,
      text: item.text ?? installed?.items[item.id] ?? null,
      options: values.map((value) => ({
        value,
        label:
          item.options?.find((o) => o.value === value)?.label ??
          installed?.options[String(value)] ??
          null,
      })),
      isRiskItem: item.risk !== undefined,
    };
  });
}

function range(min: number, max: number): number[] {
  return Array.from({ length: max - min + 1 }, (_, i) => min + i);
}
