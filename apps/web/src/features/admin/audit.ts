import { dateInputToIso } from '../../lib/format';

export type AuditOutcome = 'success' | 'denied' | 'failure';

/** The audit view as kept in the address: filters as typed, plus the page cursor. */
export interface AuditView {
  action: string;
  outcome: AuditOutcome | '';
  from: string;
  to: string;
  before: number | null;
}

const OUTCOMES: readonly AuditOutcome[] = ['success', 'denied', 'failure'];
export const ACTION_PATTERN = /^[a-z_.]+$/;

export function auditViewFrom(search: URLSearchParams): AuditView {
  const outcome = OUTCOMES.find((value) => value === search.get('outcome')) ?? '';
  const before = Number(search.get('before'));
  return {
    action: search.get('action') ?? '',
    outcome,
    from: search.get('from') ?? '',
    to: search.get('to') ?? '',
    before: Number.isInteger(before) && before > 0 ? before : null,
  };
}

export function auditViewToSearch(view: AuditView): Record<string, string> {
  const out: Record<string, string> = {};
  if (view.action) out.action = view.action;
  if (view.outcome) out.outcome = view.outcome;
  if (view.from) out.from = view.from;
  if (view.to) out.to = view.to;
  if (view.before !== null) out.before = String(view.before);
  return out;
}

/** The query string for `GET /api/audit`: dates become instants (the whole "to" day counts). */
export function auditQuery(view: AuditView, limit = 50) {
  return {
    action: view.action && ACTION_PATTERN.test(view.action) ? view.action : undefined,
    outcome: view.outcome || undefined,
    from: view.from ? dateInputToIso(view.from) : undefined,
    to: view.to ? dateInputToIso(view.to, true) : undefined,
    before: view.before ?? undefined,
    limit,
  };
}
