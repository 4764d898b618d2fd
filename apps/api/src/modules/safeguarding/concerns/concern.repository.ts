import type { ConcernActionView, ConcernDetail, ConcernEventView, ConcernSummary, PersonRef } from '@beside/shared/contracts';
import { EntityManager } from 'typeorm';

/** The register's columns; `$1` is the clock's now (for "overdue"). */
export const CONCERN_SUMMARY_COLUMNS = `
  c.id, c.reference, c.category, c.severity, c.status, c.raised_at, c.triage_due_at, c.triaged_at, c.closed_at,
  (c.status = 'raised' AND c.triage_due_at <= $1) AS overdue,
  c.journey_id, c.service_user_id, COALESCE(su.preferred_name, su.name) AS service_user_name,
  c.raised_by, rb.display_name AS raised_by_name, c.raised_by_role,
  c.about_staff_user_id, ab.display_name AS about_staff_name,
  c.hide_raiser_from_advocate, c.confidential_from_subject, c.version,
  (SELECT count(*)::int FROM concern_action a WHERE a.concern_id = c.id AND a.done_at IS NULL) AS open_actions,
  (SELECT to_char(min(a.due_on), 'YYYY-MM-DD') FROM concern_action a WHERE a.concern_id = c.id AND a.done_at IS NULL) AS next_action_due_on`;

export const CONCERN_FROM = `
  FROM concern c
  LEFT JOIN service_user su ON su.id = c.service_user_id
  JOIN user_account rb ON rb.id = c.raised_by
  LEFT JOIN user_account ab ON ab.id = c.about_staff_user_id`;

export interface ConcernRow {
  id: string;
  reference: string;
  category: ConcernSummary['category'];
  severity: ConcernSummary['severity'];
  status: ConcernSummary['status'];
  raised_at: Date;
  triage_due_at: Date;
  triaged_at: Date | null;
  closed_at: Date | null;
  overdue: boolean;
  journey_id: string | null;
  service_user_id: string | null;
  service_user_name: string | null;
  raised_by: string;
  raised_by_name: string;
  raised_by_role: ConcernSummary['raisedByRole'];
  about_staff_user_id: string | null;
  about_staff_name: string | null;
  hide_raiser_from_advocate: boolean;
  confidential_from_subject: boolean;
  version: number;
  open_actions: number;
  next_action_due_on: string | null;
}

const iso = (d: Date | null): string | null => (d ? new Date(d).toISOString() : null);
const person = (id: string | null, name: string | null): PersonRef | null => (id ? { id, name: name ?? 'Former member of staff' } : null);

export function toConcernSummary(r: ConcernRow): ConcernSummary {
  return {
    id: r.id,
    reference: r.reference,
    category: r.category,
    severity: r.severity,
    status: r.status,
    raisedAt: new Date(r.raised_at).toISOString(),
    triageDueAt: new Date(r.triage_due_at).toISOString(),
    triagedAt: iso(r.triaged_at),
    closedAt: iso(r.closed_at),
    overdue: r.overdue,
    journeyId: r.journey_id,
    serviceUserId: r.service_user_id,
    serviceUserName: r.service_user_name,
    raisedBy: person(r.raised_by, r.raised_by_name) as PersonRef,
    raisedByRole: r.raised_by_role,
    aboutStaff: person(r.about_staff_user_id, r.about_staff_name),
    hideRaiserFromAdvocate: r.hide_raiser_from_advocate,
    confidentialFromSubject: r.confidential_from_subject,
    openActions: r.open_actions,
    nextActionDueOn: r.next_action_due_on,
    version: r.version,
  };
}

/** One concern with its history and actions; the caller has checked scope. */
export async function findConcernDetail(em: EntityManager, id: string, now: Date): Promise<ConcernDetail | null> {
  const [row]: (ConcernRow & { description: string; referred_to: string | null; outcome: string | null; outcome_for_raiser: string | null })[] =
    await em.query(
      `SELECT ${CONCERN_SUMMARY_COLUMNS}, c.description, c.referred_to, c.outcome, c.outcome_for_raiser ${CONCERN_FROM} WHERE c.id = $2`,
      [now, id],
    );
  if (!row) return null;
  const events: { id: string; from_status: ConcernEventView['fromStatus']; to_status: ConcernEventView['toStatus']; note: string | null; changed_at: Date; changed_by: string | null; name: string | null }[] =
    await em.query(
      `SELECT e.id, e.from_status, e.to_status, e.note, e.changed_at, e.changed_by, u.display_name AS name
       FROM concern_event e LEFT JOIN user_account u ON u.id = e.changed_by
       WHERE e.concern_id = $1 ORDER BY e.changed_at, e.id`,
      [id],
    );
  const actions: { id: string; description: string; owner_id: string; owner_name: string; due_on: string; overdue: boolean; done_at: Date | null; done_by: string | null; done_by_name: string | null; done_note: string | null; created_at: Date; created_by: string; created_by_name: string }[] =
    await em.query(
      `SELECT a.id, a.description, a.owner_id, o.display_name AS owner_name, to_char(a.due_on, 'YYYY-MM-DD') AS due_on,
              (a.done_at IS NULL AND a.due_on < ($2::timestamptz AT TIME ZONE 'Europe/London')::date) AS overdue,
              a.done_at, a.done_by, d.display_name AS done_by_name, a.done_note, a.created_at, a.created_by, cb.display_name AS created_by_name
       FROM concern_action a
       JOIN user_account o ON o.id = a.owner_id
       JOIN user_account cb ON cb.id = a.created_by
       LEFT JOIN user_account d ON d.id = a.done_by
       WHERE a.concern_id = $1 ORDER BY a.created_at, a.id`,
      [id, now],
    );
  return {
    ...toConcernSummary(row),
    description: row.description,
    referredTo: row.referred_to,
    outcome: row.outcome,
    outcomeForRaiser: row.outcome_for_raiser,
    events: events.map((e) => ({
      id: e.id,
      fromStatus: e.from_status,
      toStatus: e.to_status,
      note: e.note,
      changedAt: new Date(e.changed_at).toISOString(),
      changedBy: person(e.changed_by, e.name),
    })),
    actions: actions.map(
      (a): ConcernActionView => ({
        id: a.id,
        description: a.description,
        owner: { id: a.owner_id, name: a.owner_name },
        dueOn: a.due_on,
        overdue: a.overdue,
        doneAt: iso(a.done_at),
        doneBy: person(a.done_by, a.done_by_name),
        doneNote: a.done_note,
        createdAt: new Date(a.created_at).toISOString(),
        createdBy: { id: a.created_by, name: a.created_by_name },
      }),
    ),
  };
}
