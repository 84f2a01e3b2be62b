/**
 * The rehearsal of a repair conversation, as a list of turns: the client's gentle opening,
 * then for each likely response what the other person says and how the client stays
 * connected. Pure: it only reads the plan and translates.
 */
import type { RepairPlan } from '@securebase/practice';
import type { TFunction } from 'i18next';

/** Who speaks: the client opening, the other person, the client answering. */
export type TurnKind = 'opening' | 'them' | 'me';

export interface Turn {
  kind: TurnKind;
  text: string;
  /** False when the client has not written this line yet and `text` is a prompt instead. */
  written: boolean;
}

/** What the plan needs before it can be rehearsed, in the order the form asks for it. */
export type MissingPart = 'whatHappened' | 'feelingUnderneath' | 'request' | 'responses';

export interface Rehearsal {
  /** Empty while anything is missing. */
  turns: Turn[];
  missing: MissingPart[];
}

/** True for the lines the client says (as opposed to the other person's). */
export const isMine = (kind: TurnKind): boolean => kind !== 'them';

/** A fragment to fit inside a sentence: trimmed, without its own closing punctuation. */
const fragment = (text: string): string => text.trim().replace(/[\s.,;:!?…]+$/u, '');

/** The parts of the plan a rehearsal cannot do without. */
export function missingParts(plan: RepairPlan): MissingPart[] {
  const missing: MissingPart[] = [];
  if (fragment(plan.whatHappened) === '') missing.push('whatHappened');
  if (fragment(plan.feelingUnderneath) === '') missing.push('feelingUnderneath');
  if (plan.request.trim() === '') missing.push('request');
  if (!plan.responses.some((r) => r.theySay.trim() !== '')) missing.push('responses');
  return missing;
}

/** "When …, I felt … . What I need is … . <request>" in the client's own words. */
export function openingLine(plan: RepairPlan, t: TFunction): string {
  const values = {
    happened: fragment(plan.whatHappened),
    feeling: fragment(plan.feelingUnderneath),
    need: fragment(plan.need),
    request: plan.request.trim(),
  };
  return values.need === '' ? t('repair.opening.noNeed', values) : t('repair.opening.full', values);
}

/** The turns to step through, or what is missing before there can be any. */
export function buildRehearsal(plan: RepairPlan, t: TFunction): Rehearsal {
  const missing = missingParts(plan);
  if (missing.length > 0) return { turns: [], missing };
  const turns: Turn[] = [{ kind: 'opening', text: openingLine(plan, t), written: true }];
  for (const response of plan.responses) {
    const theySay = response.theySay.trim();
    if (theySay === '') continue;
    const reply = response.iStayConnected.trim();
    turns.push({ kind: 'them', text: theySay, written: true });
    turns.push(
      reply === ''
        ? { kind: 'me', text: t('repair.rehearse.noReply'), written: false }
        : { kind: 'me', text: reply, written: true },
    );
  }
  return { turns, missing };
}
