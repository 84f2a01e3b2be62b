import { Type, type Static } from 'typebox';
import { CrisisResources } from './assessments';
import { Id } from './common';

/**
 * The client's safety plan, in the steps of the Safety Planning Intervention (Stanley & Brown
 * 2012, Cognitive and Behavioral Practice 19(2), 256–264, doi:10.1016/j.cbpra.2011.01.001),
 * followed by the reasons for living that their template ends with. The practice's crisis lines
 * are not part of the plan: they travel beside it (`crisis`), so they stay the practice's own.
 */
export const SAFETY_PLAN_LIMITS = {
  /** Characters in one line (a warning sign, a coping strategy, …). */
  line: 300,
  /** Characters in a person's, place's or service's name. */
  name: 120,
  /** Characters in a phone number. */
  phone: 40,
  /** Characters in a note beside a professional (hours, address). */
  note: 200,
  /** Lines in one list. */
  lines: 12,
  /** People or services in one list. */
  contacts: 10,
} as const;

/** The sections in the order the plan is read, one step after another. */
export const SAFETY_PLAN_SECTIONS = [
  'warningSigns',
  'copingStrategies',
  'peopleAndPlaces',
  'peopleToAsk',
  'professionals',
  'safeEnvironment',
  'reasonsForLiving',
] as const;
export type SafetyPlanSection = (typeof SAFETY_PLAN_SECTIONS)[number];

/** Which sections are lists of lines, and which of contacts (name, phone, for professionals a note). */
export const SAFETY_PLAN_SECTION_KIND: Record<SafetyPlanSection, 'lines' | 'contacts'> = {
  warningSigns: 'lines',
  copingStrategies: 'lines',
  peopleAndPlaces: 'contacts',
  peopleToAsk: 'contacts',
  professionals: 'contacts',
  safeEnvironment: 'lines',
  reasonsForLiving: 'lines',
};

/**
 * A phone number, loosely: digits, spaces, `+`, `-` and parentheses, with at least three digits
 * ("112", "+44 (0)20 7946 0000", "988").
 */
export const PHONE_PATTERN = '^[-+() ]*(?:[0-9][-+() ]*){3,}$';

/** Text that is more than white space. */
const Line = Type.String({ minLength: 1, maxLength: SAFETY_PLAN_LIMITS.line, pattern: '\\S' });
const Name = Type.String({ minLength: 1, maxLength: SAFETY_PLAN_LIMITS.name, pattern: '\\S' });
export const Phone = Type.String({ maxLength: SAFETY_PLAN_LIMITS.phone, pattern: PHONE_PATTERN });

/** A person or place (no phone), someone to ask, or a professional or service. */
export const SafetyContact = Type.Object({
  name: Name,
  phone: Type.Optional(Phone),
  /** Hours, an address, "ask for the duty worker". */
  note: Type.Optional(
    Type.String({ minLength: 1, maxLength: SAFETY_PLAN_LIMITS.note, pattern: '\\S' }),
  ),
});
export type SafetyContact = Static<typeof SafetyContact>;

const Lines = Type.Array(Line, { maxItems: SAFETY_PLAN_LIMITS.lines });
const Contacts = Type.Array(SafetyContact, { maxItems: SAFETY_PLAN_LIMITS.contacts });

export const SafetyPlanContent = Type.Object({
  /** Step 1: thoughts, images, moods, situations or behaviour that a crisis may be coming. */
  warningSigns: Lines,
  /** Step 2: things I can do on my own to take my mind off my problems. */
  copingStrategies: Lines,
  /** Step 3: people and social settings that help take my mind off things. */
  peopleAndPlaces: Contacts,
  /** Step 4: people I can ask for help. */
  peopleToAsk: Contacts,
  /** Step 5: professionals and services I can contact in a crisis (the practice's lines beside). */
  professionals: Contacts,
  /** Step 6: making the environment safe. */
  safeEnvironment: Lines,
  /** What is most important to me and worth living for. */
  reasonsForLiving: Lines,
});
export type SafetyPlanContent = Static<typeof SafetyPlanContent>;

export const EMPTY_SAFETY_PLAN: SafetyPlanContent = {
  warningSigns: [],
  copingStrategies: [],
  peopleAndPlaces: [],
  peopleToAsk: [],
  professionals: [],
  safeEnvironment: [],
  reasonsForLiving: [],
};

export const SafetyPlanQuery = Type.Object({ memberId: Id });

export const SaveSafetyPlanBody = Type.Object({
  /** The version this edit started from (0 for the first); a newer saved version answers 409. */
  baseVersion: Type.Integer({ minimum: 0 }),
  content: SafetyPlanContent,
});
export type SaveSafetyPlanBody = Static<typeof SaveSafetyPlanBody>;

/** The client saves the plan of one of their own memberships. */
export const SaveMySafetyPlanBody = Type.Object({
  memberId: Id,
  ...SaveSafetyPlanBody.properties,
});
export type SaveMySafetyPlanBody = Static<typeof SaveMySafetyPlanBody>;

export const SafetyPlan = Type.Object({
  caseId: Id,
  memberId: Id,
  /** The client the plan is for. */
  memberName: Type.String(),
  /** 0 when nothing has been saved yet. */
  version: Type.Integer(),
  savedAt: Type.Union([Type.String(), Type.Null()]),
  savedBy: Type.Union([Type.String(), Type.Null()]),
  /** Whether the clinician or the client saved this version. */
  savedByRole: Type.Union([Type.Enum(['clinician', 'client']), Type.Null()]),
  content: SafetyPlanContent,
});
export type SafetyPlan = Static<typeof SafetyPlan>;

/** On the portal each plan also names its case (a client may belong to more than one). */
export const MySafetyPlan = Type.Object({ ...SafetyPlan.properties, caseTitle: Type.String() });
export type MySafetyPlan = Static<typeof MySafetyPlan>;

/** The client's plans (one per membership, usually one) with the practice's crisis lines. */
export const MySafetyPlans = Type.Object({
  plans: Type.Array(MySafetyPlan),
  crisis: CrisisResources,
});
export type MySafetyPlans = Static<typeof MySafetyPlans>;

export const SafetyPlanVersion = Type.Object({
  version: Type.Integer(),
  savedAt: Type.String(),
  savedBy: Type.String(),
  savedByRole: Type.Enum(['clinician', 'client']),
});
export const SafetyPlanHistory = Type.Object({
  caseId: Id,
  memberId: Id,
  /** Newest first. */
  versions: Type.Array(SafetyPlanVersion),
});
export type SafetyPlanHistory = Static<typeof SafetyPlanHistory>;

/**
 * `+44 (0)20 7946 0000` → `tel:+442079460000`: the digits, a `+` only in front, and the trunk
 * prefix written "(0)" after a country code left out, as it is not dialled from abroad.
 */
export function telUri(phone: string): string {
  const trimmed = phone.trim();
  const international = trimmed.startsWith('+');
  const digits = (international ? trimmed.replace(/\(\s*0\s*\)/g, '') : trimmed).replace(/\D/g, '');
  return `tel:${international ? '+' : ''}${digits}`;
}

/** Whether a phone number passes the same loose check as the server's. */
export function isPhoneNumber(phone: string): boolean {
  return phone.length <= SAFETY_PLAN_LIMITS.phone && new RegExp(PHONE_PATTERN).test(phone);
}

/** Whether nothing at all has been written in the plan. */
export function isEmptySafetyPlan(content: SafetyPlanContent): boolean {
  return SAFETY_PLAN_SECTIONS.every((section) => content[section].length === 0);
}
