import type { ConcernActionView, ConcernDetail, ConcernEventView, ConcernRegisterView, ConcernStatus, ConcernSummary, PersonRef, StaffMember } from '@beside/shared/contracts';
import { EntityManager } from 'typeorm';
import { existing } from '../../../common/existing';
import { changedRows } from '../../../database/changed-rows';
import { execute, selectRow, selectRows } from '../../../database/sql';
import type { Actor } from '../../authz';
import { CAN_OWN_ACTION, VISIBLE_TO_STAFF_MEMBER, visibleTo } from './concern-visibility';

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

interface ConcernDetailRow extends ConcernRow {
  description: string;
  referred_to: string | null;
  outcome: string | null;
  outcome_for_raiser: string | null;
}

interface ConcernEventRow {
  id: string;
  from_status: ConcernEventView['fromStatus'];
  to_status: ConcernEventView['toStatus'];
  note: string | null;
  changed_at: Date;
  changed_by: string | null;
  name: string | null;
}

interface ConcernActionRow {
  id: string;
  description: string;
  owner_id: string;
  owner_name: string;
  due_on: string;
  overdue: boolean;
  done_at: Date | null;
  done_by: string | null;
  done_by_name: string | null;
  done_note: string | null;
  created_at: Date;
  created_by: string;
  created_by_name: string;
}

/** One concern with its history and actions; the caller has checked scope. */
export async function findConcernDetail(em: EntityManager, id: string, now: Date): Promise<ConcernDetail | null> {
  const row = await selectRow<ConcernDetailRow>(
    em,
    `SELECT ${CONCERN_SUMMARY_COLUMNS}, c.description, c.referred_to, c.outcome, c.outcome_for_raiser ${CONCERN_FROM} WHERE c.id = $2`,
    [now, id],
  );
  if (!row) return null;
  const events = await selectRows<ConcernEventRow>(
    em,
    `SELECT e.id, e.from_status, e.to_status, e.note, e.changed_at, e.changed_by, u.display_name AS name
     FROM concern_event e LEFT JOIN user_account u ON u.id = e.changed_by
     WHERE e.concern_id = $1 ORDER BY e.changed_at, e.id`,
    [id],
  );
  const actions = await selectRows<ConcernActionRow>(
    em,
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

/** Staff who may own an action on the concern (CAN_OWN_ACTION), by name. */
export async function findEligibleActionOwners(em: EntityManager, concernId: string): Promise<StaffMember[]> {
  return selectRows<StaffMember>(
    em,
    `SELECT u.id, u.display_name AS "displayName", u.role
     FROM concern c CROSS JOIN user_account u
     WHERE c.id = $1 AND ${CAN_OWN_ACTION}
     ORDER BY u.display_name, u.id`,
    [concernId],
  );
}

/** A concern the caller has just seen or changed in this transaction: it is there. */
export async function getConcernDetail(em: EntityManager, id: string, now: Date): Promise<ConcernDetail> {
  return existing(await findConcernDetail(em, id, now), `concern ${id}`);
}

export interface ConcernReach {
  /** She may see it (visibleTo). */
  visible: boolean;
  /** It exists at all, even where row-level security hides it from her (a concern about her). */
  exists: boolean;
}

/**
 * Whether the actor may see the concern, in one query whatever the answer: a concern about the
 * asker (hidden by row-level security) is out of reach like any other she may not see.
 */
export async function findConcernReach(em: EntityManager, actor: Actor, concernId: string): Promise<ConcernReach> {
  const row = await selectRow<{ visible: boolean | null; exists: boolean }>(
    em,
    `SELECT (SELECT ${visibleTo(actor, 2)} FROM concern c WHERE c.id = $1) AS visible,
            EXISTS (SELECT 1 FROM beside_concerns_among(ARRAY[$1::uuid])) AS exists`,
    [concernId, actor.userId],
  );
  return { visible: !!row?.visible, exists: !!row?.exists };
}

/** A member of staff (not invited only) of the caller's organisation: row-level security hides the rest. */
export async function isStaffMember(em: EntityManager, userId: string): Promise<boolean> {
  const rows = await selectRows<unknown>(
    em,
    `SELECT 1 FROM user_account WHERE id = $1 AND role IN ('advocate','manager','admin') AND status <> 'invited'`,
    [userId],
  );
  return rows.length > 0;
}

const SEVERITY_RANK = `array_position(ARRAY['low','medium','high','immediate']::varchar[], c.severity)`;

export interface RegisterFilter {
  view: ConcernRegisterView;
  severity?: string;
  category?: string;
  journeyId?: string;
  /** The cursor: [rank, triage due, id] when urgent first, else [raised at, id]. */
  after: (string | number)[] | null;
  urgentFirst: boolean;
  /** How many rows to read (a page and one more, to know there is a next). */
  take: number;
}

/** A concern on the register, with its severity's rank for the cursor. */
export interface RankedConcern {
  rank: number;
  concern: ConcernSummary;
}

/** The register as the actor may see it: urgent first (open, overdue) or newest first. */
export async function findConcernRegister(em: EntityManager, actor: Actor, now: Date, filter: RegisterFilter): Promise<RankedConcern[]> {
  const { view, after, urgentFirst } = filter;
  const params: unknown[] = [now, actor.userId];
  const where = [visibleTo(actor, 2)];
  if (view === 'open') where.push(`c.status <> 'closed'`);
  if (view === 'overdue') where.push(`c.status = 'raised' AND c.triage_due_at <= $1`);
  if (view === 'closed') where.push(`c.status = 'closed'`);
  const add = (sql: (n: number) => string, value: unknown) => {
    params.push(value);
    where.push(sql(params.length));
  };
  if (filter.severity) add((n) => `c.severity = $${n}`, filter.severity);
  if (filter.category) add((n) => `c.category = $${n}`, filter.category);
  if (filter.journeyId) add((n) => `c.journey_id = $${n}`, filter.journeyId);
  if (after && urgentFirst) {
    params.push(...after);
    const [r, d, i] = [params.length - 2, params.length - 1, params.length];
    where.push(`(${SEVERITY_RANK} < $${r} OR (${SEVERITY_RANK} = $${r} AND (c.triage_due_at, c.id) > ($${d}::timestamptz, $${i}::uuid)))`);
  } else if (after) {
    params.push(...after);
    where.push(`(c.raised_at, c.id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`);
  }
  params.push(filter.take);
  const order = urgentFirst ? `${SEVERITY_RANK} DESC, c.triage_due_at, c.id` : `c.raised_at DESC, c.id DESC`;
  const rows = await selectRows<ConcernRow & { rank: number }>(
    em,
    `SELECT ${CONCERN_SUMMARY_COLUMNS}, ${SEVERITY_RANK} AS rank ${CONCERN_FROM}
     WHERE ${where.join(' AND ')} ORDER BY ${order} LIMIT $${params.length}`,
    params,
  );
  return rows.map((r) => ({ rank: r.rank, concern: toConcernSummary(r) }));
}

/** A journey's concerns the actor may see, newest first. */
export async function findJourneyConcerns(em: EntityManager, actor: Actor, journeyId: string, now: Date): Promise<ConcernSummary[]> {
  const rows = await selectRows<ConcernRow>(
    em,
    `SELECT ${CONCERN_SUMMARY_COLUMNS} ${CONCERN_FROM}
     WHERE c.journey_id = $3 AND ${visibleTo(actor, 2)} ORDER BY c.raised_at DESC, c.id DESC LIMIT 200`,
    [now, actor.userId, journeyId],
  );
  return rows.map(toConcernSummary);
}

/** Concerns past their triage deadline and still raised, the most overdue first. */
export async function findOverdueConcerns(em: EntityManager, now: Date, limit: number): Promise<ConcernSummary[]> {
  const rows = await selectRows<ConcernRow>(
    em,
    `SELECT ${CONCERN_SUMMARY_COLUMNS} ${CONCERN_FROM}
     WHERE c.status = 'raised' AND c.triage_due_at <= $1 ORDER BY c.triage_due_at, c.id LIMIT ${limit}`,
    [now],
  );
  return rows.map(toConcernSummary);
}

export async function countOverdueConcerns(em: EntityManager, now: Date): Promise<number> {
  const row = await selectRow<{ n: number }>(em, `SELECT count(*)::int AS n FROM concern WHERE status = 'raised' AND triage_due_at <= $1`, [now]);
  return row?.n ?? 0;
}

/** The organisation's settings (triage hours by severity among them). */
export async function findOrganisationSettings(em: EntityManager, organisationId: string): Promise<unknown> {
  const row = await selectRow<{ settings: unknown }>(em, `SELECT settings FROM organisation WHERE id = $1`, [organisationId]);
  return row?.settings;
}

export interface ConcernInsert {
  organisationId: string;
  journeyId: string | null;
  serviceUserId: string | null;
  reference: string;
  raisedBy: string;
  raisedByRole: 'service_user' | 'advocate' | 'manager';
  raisedAt: Date;
  aboutStaffUserId: string | null;
  category: string;
  severity: string;
  description: string;
  hideRaiserFromAdvocate: boolean;
  confidentialFromSubject: boolean;
  triageHours: number;
}

/** The concern row, or null when its reference is taken (ON CONFLICT keeps the transaction usable to try again). */
export async function insertConcernRow(em: EntityManager, c: ConcernInsert): Promise<{ id: string; reference: string } | null> {
  return selectRow<{ id: string; reference: string }>(
    em,
    `INSERT INTO concern (organisation_id, journey_id, service_user_id, reference, raised_by, raised_by_role, raised_at, about_staff_user_id,
                          category, severity, description, hide_raiser_from_advocate, confidential_from_subject, triage_due_at, created_by, updated_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $7::timestamptz + make_interval(hours => $14), $5, $5)
     ON CONFLICT (organisation_id, reference) DO NOTHING RETURNING id, reference`,
    [
      c.organisationId, c.journeyId, c.serviceUserId, c.reference, c.raisedBy, c.raisedByRole, c.raisedAt, c.aboutStaffUserId,
      c.category, c.severity, c.description, c.hideRaiserFromAdvocate, c.confidentialFromSubject, c.triageHours,
    ],
  );
}

export interface ConcernStatusChange {
  organisationId: string;
  concernId: string;
  from: ConcernStatus | null;
  to: ConcernStatus;
  note: string | null;
  at: Date;
  by: string;
}

/** One line of the concern's history. */
export async function insertConcernEvent(em: EntityManager, e: ConcernStatusChange): Promise<void> {
  await execute(
    em,
    `INSERT INTO concern_event (organisation_id, concern_id, from_status, to_status, note, changed_at, changed_by) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [e.organisationId, e.concernId, e.from, e.to, e.note, e.at, e.by],
  );
}

export interface ConcernTransition {
  concernId: string;
  version: number;
  to: ConcernStatus;
  at: Date;
  by: string;
  severity?: string;
  referredTo?: string;
  outcome?: string;
  outcomeForRaiser?: string;
}

/** Moves the concern to its new status if it is still at `version`; false when someone changed it first. */
export async function updateConcernStatus(em: EntityManager, t: ConcernTransition): Promise<boolean> {
  const sets: string[] = ['status = $3', 'version = version + 1', 'updated_at = $4', 'updated_by = $5'];
  const params: unknown[] = [t.concernId, t.version, t.to, t.at, t.by];
  const set = (column: string, value: unknown) => {
    params.push(value);
    sets.push(`${column} = $${params.length}`);
  };
  if (t.to === 'triaged') set('triaged_at', t.at);
  if (t.severity) set('severity', t.severity);
  if (t.referredTo !== undefined) set('referred_to', t.referredTo);
  if (t.to === 'closed') {
    set('closed_at', t.at);
    set('outcome', t.outcome);
    set('outcome_for_raiser', t.outcomeForRaiser);
  }
  const updated = await changedRows<{ id: string }>(em, `UPDATE concern SET ${sets.join(', ')} WHERE id = $1 AND version = $2 RETURNING id`, params);
  return updated.length > 0;
}

/** Whether a member of staff may own an action on the concern (CAN_OWN_ACTION). */
export async function canOwnAction(em: EntityManager, concernId: string, ownerId: string): Promise<boolean> {
  const rows = await selectRows<unknown>(em, `SELECT 1 FROM concern c WHERE c.id = $1 AND EXISTS (${VISIBLE_TO_STAFF_MEMBER})`, [concernId, ownerId]);
  return rows.length > 0;
}

export interface NewConcernAction {
  organisationId: string;
  concernId: string;
  description: string;
  ownerId: string;
  dueOn: string;
  at: Date;
  by: string;
}

export async function insertConcernAction(em: EntityManager, a: NewConcernAction): Promise<string> {
  const row = await selectRow<{ id: string }>(
    em,
    `INSERT INTO concern_action (organisation_id, concern_id, description, owner_id, due_on, created_at, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [a.organisationId, a.concernId, a.description, a.ownerId, a.dueOn, a.at, a.by],
  );
  return existing(row, 'the new concern action').id;
}

/** Marks the action done, unless it already is; false when it was. */
export async function markConcernActionDone(em: EntityManager, actionId: string, at: Date, by: string, note: string | null): Promise<boolean> {
  const done = await changedRows<{ id: string }>(
    em,
    `UPDATE concern_action SET done_at = $2, done_by = $3, done_note = $4 WHERE id = $1 AND done_at IS NULL RETURNING id`,
    [actionId, at, by, note],
  );
  return done.length > 0;
}
