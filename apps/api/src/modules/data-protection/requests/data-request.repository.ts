import type { EntityManager } from 'typeorm';
import type { DataRequestChannel, DataRequestDecision, DataRequestExemption, DataRequestKind, DataRequestStatus } from '@beside/shared/contracts';
import { changedRows } from '../../../database/changed-rows';
import { insertId, selectRow, selectRows } from '../../../database/sql';

export interface DataRequestRow {
  id: string;
  serviceUserId: string;
  serviceUserName: string;
  kind: DataRequestKind;
  channel: DataRequestChannel;
  details: string;
  receivedOn: string;
  dueOn: string;
  extendedTo: string | null;
  extensionReason: string | null;
  status: DataRequestStatus;
  decision: DataRequestDecision | null;
  decisionReason: string | null;
  exemptions: DataRequestExemption[];
  decidedBy: string | null;
  answer: string | null;
  answeredOn: string | null;
  recordedBy: string | null;
  createdAt: string;
  version: number;
}

const day = (column: string, alias: string) => `to_char(${column}, 'YYYY-MM-DD') AS "${alias}"`;

const SELECT = `
  SELECT r.id, r.service_user_id AS "serviceUserId", coalesce(su.preferred_name, su.name) AS "serviceUserName", r.kind, r.channel, r.details,
         ${day('r.received_on', 'receivedOn')}, ${day('r.due_on', 'dueOn')}, ${day('r.extended_to', 'extendedTo')}, r.extension_reason AS "extensionReason",
         r.status, r.decision, r.decision_reason AS "decisionReason", r.exemptions, d.display_name AS "decidedBy",
         r.answer, ${day('r.answered_on', 'answeredOn')}, CASE WHEN r.channel <> 'portal' THEN c.display_name END AS "recordedBy",
         r.created_at AS "createdAt", r.version
  FROM data_request r
  JOIN service_user su ON su.organisation_id = r.organisation_id AND su.id = r.service_user_id
  LEFT JOIN user_account c ON c.id = r.created_by
  LEFT JOIN user_account d ON d.id = r.decided_by`;

export function findDataRequest(em: EntityManager, id: string): Promise<DataRequestRow | null> {
  return selectRow<DataRequestRow>(em, `${SELECT} WHERE r.id = $1`, [id]);
}

/** Hers, newest first (row-level security keeps her to her own as well). */
export function findHerDataRequests(em: EntityManager, serviceUserId: string): Promise<DataRequestRow[]> {
  return selectRows<DataRequestRow>(em, `${SELECT} WHERE r.service_user_id = $1 ORDER BY r.received_on DESC, r.created_at DESC, r.id LIMIT 200`, [serviceUserId]);
}

/** The organisation's requests, those not yet answered first, the clock soonest first; `openOnly` leaves the answered out. */
export function findDataRequests(em: EntityManager, openOnly: boolean): Promise<DataRequestRow[]> {
  return selectRows<DataRequestRow>(
    em,
    `${SELECT} WHERE (NOT $1 OR r.answered_on IS NULL)
     ORDER BY r.answered_on IS NOT NULL, CASE WHEN r.answered_on IS NULL THEN coalesce(r.extended_to, r.due_on) END, r.answered_on DESC, r.id
     LIMIT 500`,
    [openOnly],
  );
}

export function insertDataRequest(
  em: EntityManager,
  r: { organisationId: string; serviceUserId: string; kind: DataRequestKind; channel: DataRequestChannel; details: string; receivedOn: string; dueOn: string; userId: string },
): Promise<string> {
  return insertId(
    em,
    `INSERT INTO data_request (organisation_id, service_user_id, kind, channel, details, received_on, due_on, created_by, updated_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) RETURNING id`,
    [r.organisationId, r.serviceUserId, r.kind, r.channel, r.details, r.receivedOn, r.dueOn, r.userId],
  );
}

/** A change at the version the caller saw; false when the request moved on since. `sets` are this module's own column lists. */
async function changeAt(em: EntityManager, id: string, version: number, sets: string, params: unknown[], userId: string): Promise<boolean> {
  const rows = await changedRows<{ id: string }>(
    em,
    `UPDATE data_request SET ${sets}, version = version + 1, updated_by = $3, updated_at = now() WHERE id = $1 AND version = $2 RETURNING id`,
    [id, version, userId, ...params],
  );
  return rows.length > 0;
}

export function extendDataRequest(em: EntityManager, id: string, version: number, e: { extendedTo: string; months: 1 | 2; reason: string; userId: string }): Promise<boolean> {
  return changeAt(
    em,
    id,
    version,
    `extended_to = $4, extension_months = $5, extension_reason = $6, extended_by = $3, extended_at = now(),
     status = CASE WHEN decision IS NULL THEN 'extended' ELSE status END`,
    [e.extendedTo, e.months, e.reason],
    e.userId,
  );
}

export function decideDataRequest(
  em: EntityManager,
  id: string,
  version: number,
  d: { decision: DataRequestDecision; reason: string; exemptions: DataRequestExemption[]; userId: string },
): Promise<boolean> {
  return changeAt(
    em,
    id,
    version,
    `decision = $4, decision_reason = $5, exemptions = $6, decided_by = $3, decided_at = now(), status = 'decided'`,
    [d.decision, d.reason, JSON.stringify(d.exemptions)],
    d.userId,
  );
}

export function answerDataRequest(em: EntityManager, id: string, version: number, a: { answeredOn: string; answer: string; userId: string }): Promise<boolean> {
  return changeAt(em, id, version, `answer = $4, answered_on = $5, answered_by = $3, status = 'answered'`, [a.answer, a.answeredOn], a.userId);
}

/** The woman's record, when it is in the caller's organisation (row-level security answers for the rest). */
export function findServiceUserInOrganisation(em: EntityManager, serviceUserId: string): Promise<{ id: string } | null> {
  return selectRow<{ id: string }>(em, `SELECT id FROM service_user WHERE id = $1`, [serviceUserId]);
}
