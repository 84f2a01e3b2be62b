/**
 * One step of the safety plan while it is being changed (pure, unit-tested): rows with stable
 * keys for the inputs, the content they become (trimmed, empty rows left out), the problems to
 * show before anything is sent, and where a field the server named sits among the rows.
 */
import {
  isPhoneNumber,
  SAFETY_PLAN_LIMITS,
  SAFETY_PLAN_SECTION_KIND,
  type SafetyContact,
  type SafetyPlanContent,
  type SafetyPlanSection,
} from '@securebase/contracts';

export interface LineRow {
  key: string;
  text: string;
}
export interface ContactRow {
  key: string;
  name: string;
  phone: string;
  note: string;
}
export type SectionDraft =
  { kind: 'lines'; rows: LineRow[] } | { kind: 'contacts'; rows: ContactRow[] };

let counter = 0;
export const newKey = (): string => {
  counter += 1;
  return `r${String(counter)}`;
};

export const emptyLine = (): LineRow => ({ key: newKey(), text: '' });
export const emptyContact = (): ContactRow => ({ key: newKey(), name: '', phone: '', note: '' });

/** The rows to edit a step, with one empty row to write in when the step is empty. */
export function draftOf(content: SafetyPlanContent, section: SafetyPlanSection): SectionDraft {
  if (SAFETY_PLAN_SECTION_KIND[section] === 'lines') {
    const lines = content[section] as readonly string[];
    const rows = lines.map((text) => ({ key: newKey(), text }));
    return { kind: 'lines', rows: rows.length > 0 ? rows : [emptyLine()] };
  }
  const contacts = content[section] as readonly SafetyContact[];
  const rows = contacts.map((c) => ({
    key: newKey(),
    name: c.name,
    phone: c.phone ?? '',
    note: c.note ?? '',
  }));
  return { kind: 'contacts', rows: rows.length > 0 ? rows : [emptyContact()] };
}

export const rowLimit = (draft: SectionDraft): number =>
  draft.kind === 'lines' ? SAFETY_PLAN_LIMITS.lines : SAFETY_PLAN_LIMITS.contacts;

const blankContact = (row: ContactRow) => !row.name.trim() && !row.phone.trim() && !row.note.trim();

/** Which rows are kept (not blank), by their index among the rows. */
export function keptRows(draft: SectionDraft): number[] {
  const kept: number[] = [];
  draft.rows.forEach((row, index) => {
    const blank = 'text' in row ? !row.text.trim() : blankContact(row);
    if (!blank) kept.push(index);
  });
  return kept;
}

/** The step as saved: trimmed, blank rows left out, empty phone and note omitted. */
export function sectionValue(draft: SectionDraft): string[] | SafetyContact[] {
  const kept = keptRows(draft);
  if (draft.kind === 'lines') return kept.map((i) => draft.rows[i]?.text.trim() ?? '');
  return kept.map((i) => {
    const row = draft.rows[i] ?? emptyContact();
    const phone = row.phone.trim();
    const note = row.note.trim();
    return { name: row.name.trim(), ...(phone ? { phone } : {}), ...(note ? { note } : {}) };
  });
}

/** The whole plan with one step replaced by what was written. */
export function withSection(
  content: SafetyPlanContent,
  section: SafetyPlanSection,
  draft: SectionDraft,
): SafetyPlanContent {
  return { ...content, [section]: sectionValue(draft) };
}

export type Problem = 'phone' | 'name';

/** Problems by row field (`2.phone`, `0.name`) before anything is sent. */
export function problemsOf(draft: SectionDraft): Record<string, Problem> {
  const problems: Record<string, Problem> = {};
  if (draft.kind === 'lines') return problems;
  draft.rows.forEach((row, index) => {
    if (blankContact(row)) return;
    if (!row.name.trim()) problems[`${String(index)}.name`] = 'name';
    if (row.phone.trim() && !isPhoneNumber(row.phone.trim())) {
      problems[`${String(index)}.phone`] = 'phone';
    }
  });
  return problems;
}

/**
 * A field the server named (`content.peopleToAsk.1.phone`, without `body.`) as the row field it
 * came from, counting only the rows that were sent; null when it is not in this step.
 */
export function rowFieldOf(
  field: string | null,
  section: SafetyPlanSection,
  draft: SectionDraft,
): string | null {
  const prefix = `content.${section}`;
  if (field === null || (field !== prefix && !field.startsWith(`${prefix}.`))) return null;
  const [sent, ...rest] = field.slice(prefix.length + 1).split('.');
  if (sent === undefined || sent === '') return '';
  const row = keptRows(draft)[Number(sent)];
  if (row === undefined) return '';
  return [String(row), ...rest].join('.');
}
