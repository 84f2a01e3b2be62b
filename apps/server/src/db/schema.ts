/**
 * Table types as the driver sees them. Storage is portable: ids are text (UUIDv7),
 * timestamps ISO-8601 UTC text, booleans 0/1 integers, JSON as text parsed in the mappers.
 */
export type Role = 'admin' | 'clinician' | 'client' | 'caregiver' | 'researcher';
export type CaseKind = 'individual' | 'couple' | 'family';
export type MemberRole = 'client' | 'partner' | 'adolescent' | 'child' | 'caregiver';

export interface PracticesTable {
  id: string;
  name: string;
  settings: string;
  created_at: string;
}

export interface UsersTable {
  id: string;
  practice_id: string;
  email: string;
  display_name: string;
  role: Role;
  password_hash: string | null;
  status: 'active' | 'disabled';
  totp_secret: string | null;
  totp_enabled_at: string | null;
  totp_last_step: number | null;
  failed_logins: number;
  locked_until: string | null;
  created_at: string;
  updated_at: string;
}

export interface RecoveryCodesTable {
  id: string;
  user_id: string;
  code_hash: string;
  used_at: string | null;
  created_at: string;
}

export interface SessionsTable {
  token_hash: string;
  user_id: string;
  practice_id: string;
  second_factor_done: number;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  revoked_at: string | null;
  ip: string | null;
  user_agent: string | null;
}

export interface CasesTable {
  id: string;
  practice_id: string;
  kind: CaseKind;
  title: string;
  status: 'open' | 'closed';
  /** The local date of discharge; follow-ups count from it. */
  discharged_on?: string | null;
  discharge_note?: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
  last_activity_at: string;
}

export interface CaseMembersTable {
  id: string;
  case_id: string;
  practice_id: string;
  user_id: string | null;
  display_name: string;
  member_role: MemberRole;
  birth_year: number | null;
  created_at: string;
}

export interface CareTeamTable {
  case_id: string;
  user_id: string;
  practice_id: string;
  team_role: 'lead' | 'member';
  added_at: string;
}

export interface InvitationsTable {
  id: string;
  practice_id: string;
  email: string;
  display_name: string;
  role: Role;
  case_id: string | null;
  member_id: string | null;
  token_hash: string;
  invited_by: string;
  expires_at: string;
  accepted_at: string | null;
  revoked_at: string | null;
  created_at: string;
}

export interface OutboxTable {
  id: string;
  practice_id: string | null;
  to_address: string;
  subject: string;
  body_text: string;
  status: 'queued' | 'sent' | 'held' | 'failed';
  attempts: number;
  last_error: string | null;
  created_at: string;
  sent_at: string | null;
}

export interface AuditEventsTable {
  id: string;
  chain_key: string;
  seq: number;
  at: string;
  practice_id: string | null;
  actor_id: string | null;
  actor_role: string | null;
  action: string;
  entity_type: string | null;
  entity_id: string | null;
  case_id: string | null;
  outcome: 'success' | 'denied' | 'failure';
  ip: string | null;
  request_id: string | null;
  details: string;
  prev_hash: string;
  hash: string;
}

export interface AuditHeadsTable {
  chain_key: string;
  seq: number;
  hash: string;
}

export interface SharedTextsTable {
  id: string;
  practice_id: string;
  case_id: string;
  member_id: string;
  kind: 'attachment_reading' | 'formulation_summary';
  /** JSON array of paragraphs, as shared. */
  paragraphs: string;
  shared_by: string;
  shared_at: string;
}

export interface TherapySessionsTable {
  id: string;
  practice_id: string;
  case_id: string;
  held_at: string;
  duration_minutes: number;
  modality: 'in_person' | 'video' | 'phone';
  recorded_by: string;
  recorded_at: string;
}

export interface SessionAttendeesTable {
  session_id: string;
  member_id: string;
}

export interface ProgressNotesTable {
  session_id: string;
  practice_id: string;
  case_id: string;
  /** JSON: focus, techniques, observations, plan. */
  content: string;
  author_id: string;
  created_at: string;
  updated_at: string;
  signed_at: string | null;
  signed_by: string | null;
}

export interface NoteAmendmentsTable {
  id: string;
  session_id: string;
  text: string;
  author_id: string;
  created_at: string;
}

export interface ProcessNotesTable {
  id: string;
  practice_id: string;
  case_id: string;
  session_id: string | null;
  author_id: string;
  /** Which keyring key sealed the text. */
  key_id: string;
  /** AES-256-GCM `<nonce>.<tag>.<ciphertext>`; the plain text is never stored. */
  sealed: string;
  created_at: string;
  updated_at: string;
}

export interface AllianceRupturesTable {
  response_id: string;
  practice_id: string;
  case_id: string;
  member_id: string;
  what_happened: string;
  repair_attempted: string;
  repair_session_id: string | null;
  recorded_by: string;
  recorded_at: string;
}

export interface MeasureSchedulesTable {
  id: string;
  practice_id: string;
  case_id: string;
  member_id: string;
  instrument_id: string;
  kind: 'every_n_weeks' | 'at_discharge' | 'follow_up' | 'every_session';
  starts_on: string | null;
  interval_weeks: number | null;
  local_time: string;
  time_zone: string;
  /** JSON array of months after discharge. */
  follow_up_months: string;
  created_by: string;
  created_at: string;
  ended_at: string | null;
}

export interface ScheduleRunsTable {
  schedule_id: string;
  occurrence_key: string;
  assignment_id: string | null;
  ran_at: string;
}

export type ExerciseKindColumn =
  | 'emotion_log'
  | 'regulation_skill'
  | 'mindfulness'
  | 'mentalizing'
  | 'repair'
  | 'secure_base'
  | 'article';

export interface ExerciseAssignmentsTable {
  id: string;
  practice_id: string;
  case_id: string;
  member_id: string;
  kind: ExerciseKindColumn;
  /** JSON: which skill, practice or article; a repair's scripted responses. */
  settings: string;
  note: string;
  cadence: 'once' | 'daily' | 'weekly';
  starts_on: string;
  until_on: string | null;
  time_zone: string;
  share_by_default: number;
  created_by: string;
  created_at: string;
  ended_at: string | null;
}

export interface PracticeEntriesTable {
  id: string;
  practice_id: string;
  case_id: string;
  member_id: string;
  author_id: string;
  assignment_id: string | null;
  /** The assignment's period (local date it began) this entry counts for. */
  period_on: string | null;
  kind: ExerciseKindColumn;
  local_date: string;
  status: 'draft' | 'done';
  /** 1 when the client lets the care team see it. */
  shared: number;
  /** JSON, checked per kind by @securebase/practice. */
  content: string;
  revision: number;
  created_at: string;
  updated_at: string;
  completed_at: string | null;
}

export interface PracticeCommentsTable {
  id: string;
  entry_id: string;
  author_id: string;
  author_role: 'clinician' | 'client' | 'caregiver';
  body: string;
  created_at: string;
}

export interface ReminderSettingsTable {
  user_id: string;
  practice_id: string;
  enabled: number;
  local_time: string;
  time_zone: string;
  updated_at: string;
}

export interface RemindersSentTable {
  user_id: string;
  local_date: string;
  outbox_id: string;
  sent_at: string;
}

export interface TreatmentPlanVersionsTable {
  id: string;
  practice_id: string;
  case_id: string;
  version: number;
  /** JSON TreatmentPlanContent. */
  content: string;
  note: string | null;
  saved_by: string;
  saved_at: string;
}

export interface HistoryEntriesTable {
  id: string;
  practice_id: string;
  case_id: string;
  member_id: string;
  kind: string;
  title: string;
  detail: string | null;
  date_from: string | null;
  date_to: string | null;
  age_from: number | null;
  age_to: number | null;
  ace_item: number | null;
  author: 'clinician' | 'client';
  /** 0/1: a client's entry reaches the clinician only when 1. */
  shared_with_clinician: number;
  created_by: string;
  created_at: string;
  updated_at: string;
}

export interface FormulationVersionsTable {
  id: string;
  practice_id: string;
  case_id: string;
  member_id: string;
  version: number;
  /** FormulationContent as JSON. */
  content: string;
  note: string | null;
  saved_by: string;
  saved_at: string;
}

export interface SafetyPlanVersionsTable {
  id: string;
  practice_id: string;
  case_id: string;
  member_id: string;
  version: number;
  /** SafetyPlanContent as JSON. */
  content: string;
  saved_by: string;
  saved_by_role: 'clinician' | 'client';
  saved_at: string;
}

export interface CustomInstrumentsTable {
  id: string;
  practice_id: string;
  instrument_id: string;
  version: string;
  name: string;
  /** The InstrumentDefinition as JSON. */
  definition: string;
  /** Our item id → the Questionnaire's linkId, as JSON. */
  link_ids: string;
  source_url: string | null;
  attestation: string;
  imported_by: string;
  imported_at: string;
  replaced_at: string | null;
}

export interface ContentPacksTable {
  id: string;
  practice_id: string;
  instrument_id: string;
  definition_version: string;
  format: 'securebase-json' | 'fhir-questionnaire';
  /** JSON: { items: { [itemId]: text }, options?: { [value]: label } } */
  item_text: string;
  placeholder: number;
  attestation: string;
  installed_by: string;
  installed_at: string;
  replaced_at: string | null;
}

export interface AssignmentsTable {
  id: string;
  practice_id: string;
  case_id: string;
  member_id: string;
  about_member_id: string | null;
  instrument_id: string;
  definition_version: string;
  assigned_by: string;
  due_at: string | null;
  status: 'open' | 'completed' | 'cancelled';
  created_at: string;
  updated_at: string;
  completed_at: string | null;
}

export interface ResponsesTable {
  id: string;
  practice_id: string;
  case_id: string;
  assignment_id: string;
  member_id: string;
  instrument_id: string;
  /** JSON: { [itemId]: number } */
  answers: string;
  status: 'draft' | 'submitted';
  /** JSON ScoreResult once submitted; never for a draft. */
  result: string | null;
  entered_by: string;
  entry_mode: 'self' | 'paper';
  submitted_at: string | null;
  shared_at: string | null;
  shared_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface RiskAlertsTable {
  id: string;
  practice_id: string;
  case_id: string;
  member_id: string;
  response_id: string;
  instrument_id: string;
  /** JSON array of item ids answered positively. */
  items: string;
  created_at: string;
  acknowledged_at: string | null;
  acknowledged_by: string | null;
  acknowledgement_note: string | null;
}

export interface IdempotencyKeysTable {
  user_id: string;
  idem_key: string;
  request_hash: string;
  status_code: number;
  response_body: string;
  created_at: string;
}

export interface Database {
  practices: PracticesTable;
  users: UsersTable;
  recovery_codes: RecoveryCodesTable;
  sessions: SessionsTable;
  cases: CasesTable;
  case_members: CaseMembersTable;
  care_team: CareTeamTable;
  invitations: InvitationsTable;
  outbox: OutboxTable;
  audit_events: AuditEventsTable;
  audit_heads: AuditHeadsTable;
  content_packs: ContentPacksTable;
  custom_instruments: CustomInstrumentsTable;
  formulation_versions: FormulationVersionsTable;
  safety_plan_versions: SafetyPlanVersionsTable;
  history_entries: HistoryEntriesTable;
  shared_texts: SharedTextsTable;
  therapy_sessions: TherapySessionsTable;
  session_attendees: SessionAttendeesTable;
  progress_notes: ProgressNotesTable;
  note_amendments: NoteAmendmentsTable;
  process_notes: ProcessNotesTable;
  alliance_ruptures: AllianceRupturesTable;
  measure_schedules: MeasureSchedulesTable;
  schedule_runs: ScheduleRunsTable;
  treatment_plan_versions: TreatmentPlanVersionsTable;
  exercise_assignments: ExerciseAssignmentsTable;
  practice_entries: PracticeEntriesTable;
  practice_comments: PracticeCommentsTable;
  reminder_settings: ReminderSettingsTable;
  reminders_sent: RemindersSentTable;
  assignments: AssignmentsTable;
  responses: ResponsesTable;
  risk_alerts: RiskAlertsTable;
  idempotency_keys: IdempotencyKeysTable;
}
