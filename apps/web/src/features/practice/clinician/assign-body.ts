/**
 * The "Give an exercise" form's state and the request body it becomes. Pure: no React.
 */
import type { AssignExerciseBody } from '@securebase/contracts';
import {
  ARTICLES,
  MINDFULNESS_PRACTICES,
  practiceById,
  type AssignmentSettings,
  type Cadence,
  type ExerciseKind,
} from '@securebase/practice';

export interface AssignDraft {
  memberId: string;
  kind: ExerciseKind;
  /** Empty: the client chooses the skill. */
  skillId: string;
  practiceId: string;
  minutes: string;
  articleId: string;
  /** Up to three scripted "they might say" lines for a repair conversation. */
  responses: readonly string[];
  cadence: Cadence;
  startsOn: string;
  /** Empty: until the clinician ends it. */
  until: string;
  timeZone: string;
  note: string;
  shareByDefault: boolean;
}

/** The fields the server may name in a 400 (without the `body.` prefix), most specific first. */
export const ASSIGN_FIELDS = [
  'memberId',
  'kind',
  'settings.skillId',
  'settings.practiceId',
  'settings.minutes',
  'settings.articleId',
  'settings.likelyResponses',
  'cadence',
  'startsOn',
  'until',
  'timeZone',
  'note',
  'shareByDefault',
] as const;

export const RESPONSE_SLOTS = 3;

/** Zones offered in the time-zone box (any IANA zone can be typed). */
export const COMMON_TIME_ZONES = [
  'UTC',
  'Europe/London',
  'Europe/Dublin',
  'Europe/Lisbon',
  'Europe/Paris',
  'Europe/Berlin',
  'Europe/Madrid',
  'Europe/Rome',
  'Europe/Amsterdam',
  'Europe/Stockholm',
  'Europe/Warsaw',
  'Europe/Athens',
  'Europe/Helsinki',
  'Africa/Johannesburg',
  'Asia/Jerusalem',
  'Asia/Dubai',
  'Asia/Kolkata',
  'Asia/Singapore',
  'Asia/Tokyo',
  'Australia/Perth',
  'Australia/Sydney',
  'Pacific/Auckland',
  'America/St_Johns',
  'America/Halifax',
  'America/New_York',
  'America/Toronto',
  'America/Chicago',
  'America/Denver',
  'America/Phoenix',
  'America/Los_Angeles',
  'America/Anchorage',
  'Pacific/Honolulu',
  'America/Mexico_City',
  'America/Sao_Paulo',
] as const;

/** The common zones with the given one first when it is not already among them. */
export function zoneChoices(own: string): string[] {
  const common: readonly string[] = COMMON_TIME_ZONES;
  return own && !common.includes(own) ? [own, ...common] : [...common];
}

/** A new form: emotion log, daily from today, entries private until the client shares them. */
export function startingDraft(memberId: string, today: string, timeZone: string): AssignDraft {
  const practice = MINDFULNESS_PRACTICES[0];
  return {
    memberId,
    kind: 'emotion_log',
    skillId: '',
    practiceId: practice?.id ?? '',
    minutes: String(practice?.minutes[0] ?? ''),
    articleId: ARTICLES[0]?.id ?? '',
    responses: Array.from({ length: RESPONSE_SLOTS }, () => ''),
    cadence: 'daily',
    startsOn: today,
    until: '',
    timeZone,
    note: '',
    shareByDefault: false,
  };
}

/** The lengths a practice can run for; a chosen length kept only when the practice offers it. */
export function minutesFor(
  practiceId: string,
  minutes: string,
): { options: number[]; value: string } {
  const options = [...(practiceById(practiceId)?.minutes ?? [])];
  const value = options.map(String).includes(minutes) ? minutes : String(options[0] ?? '');
  return { options, value };
}

/** Only the settings the chosen kind has (the server refuses any other). */
export function settingsFor(draft: AssignDraft): AssignmentSettings {
  switch (draft.kind) {
    case 'regulation_skill':
      return draft.skillId ? { skillId: draft.skillId } : {};
    case 'mindfulness': {
      const minutes = Number(minutesFor(draft.practiceId, draft.minutes).value);
      return {
        practiceId: draft.practiceId,
        ...(Number.isInteger(minutes) && minutes > 0 ? { minutes } : {}),
      };
    }
    case 'article':
      return { articleId: draft.articleId };
    case 'repair': {
      const lines = draft.responses.map((r) => r.trim()).filter((r) => r !== '');
      return lines.length > 0 ? { likelyResponses: lines } : {};
    }
    default:
      return {};
  }
}

export function assignBody(draft: AssignDraft): AssignExerciseBody {
  const settings = settingsFor(draft);
  const note = draft.note.trim();
  return {
    memberId: draft.memberId,
    kind: draft.kind,
    ...(Object.keys(settings).length > 0 ? { settings } : {}),
    ...(note ? { note } : {}),
    cadence: draft.cadence,
    startsOn: draft.startsOn,
    ...(draft.cadence !== 'once' && draft.until ? { until: draft.until } : {}),
    timeZone: draft.timeZone.trim(),
    shareByDefault: draft.shareByDefault,
  };
}
