import type { SecureBasePack } from '@securebase/contracts';
import { contentPackMatchesDefinition, parseQuestionnaire } from '@securebase/fhir';
import type { InstrumentDefinition } from '@securebase/measures';
import type { PackProblem } from './validate';

/** `item[3].answerOption[1]` → the path as the admin sent it, under `content`. */
function problemFrom(path: string, message: string): PackProblem {
  return { path, message };
}

/**
 * Reads a FHIR R4 Questionnaire as a content pack: each item's linkId is our item id, its text
 * the wording, and its answer options' labels (by their ordinalValue / itemWeight / numeric code)
 * the option labels. Every item's option values must be the ones the definition accepts.
 */
export function fromFhirQuestionnaire(
  definition: InstrumentDefinition,
  content: Record<string, unknown>,
): { ok: true; pack: SecureBasePack } | { ok: false; problems: PackProblem[] } {
  const parsed = parseQuestionnaire(content);
  if (!parsed.ok) {
    return { ok: false, problems: parsed.errors.map((e) => problemFrom(e.path, e.message)) };
  }
  const mismatches = contentPackMatchesDefinition(definition, parsed.questionnaire);
  if (mismatches.length > 0) {
    return {
      ok: false,
      problems: mismatches.map((m) => problemFrom(`item[linkId=${m.linkId}]`, m.message)),
    };
  }
  const items = parsed.questionnaire.items;
  const labels = new Map<number, string>();
  for (const item of items) {
    for (const option of item.options) {
      if (!labels.has(option.value)) labels.set(option.value, option.label);
    }
  }
  return {
    ok: true,
    pack: {
      instrumentId: definition.id,
      items: items.map((item) => ({ id: item.linkId, text: item.text })),
      options: [...labels.entries()]
        .sort(([a], [b]) => a - b)
        .map(([value, label]) => ({ value, label })),
    },
  };
}
