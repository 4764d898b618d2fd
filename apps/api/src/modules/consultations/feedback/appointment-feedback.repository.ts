import type { EntityManager } from 'typeorm';
import type { FeedbackInvitationView } from '@beside/shared/contracts';
import { selectRow, selectRows } from '../../../database/sql';

/** Her accompanied appointments of the last 60 days still waiting for her feedback (definer's rights; reading writes nothing). */
export function findWaitingFeedback(em: EntityManager): Promise<FeedbackInvitationView[]> {
  return selectRows<FeedbackInvitationView>(
    em,
    `SELECT w.appointment_id AS id, to_char(w.starts_at AT TIME ZONE 'Europe/London', 'YYYY-MM-DD') AS "appointmentOn",
            w.professional_role AS "professionalRole", w.professional_organisation AS "professionalOrganisation"
     FROM beside_appointment_feedback_waiting() w ORDER BY w.starts_at DESC, w.appointment_id`,
  );
}

export type FeedbackOutcome = 'ok' | 'not_found' | 'answered';

/** Her answer, once per appointment: the invitation (made now) says answered, the answer goes to the pool with her organisation alone (definer's rights). */
export async function giveFeedback(em: EntityManager, appointmentId: string, answers: Record<string, string>): Promise<FeedbackOutcome> {
  const row = await selectRow<{ outcome: FeedbackOutcome }>(em, `SELECT beside_appointment_feedback_answer($1, $2::jsonb) AS outcome`, [appointmentId, JSON.stringify(answers)]);
  return row?.outcome ?? 'not_found';
}

/** The job's sweep: each organisation's pool moves once five or more wait. Answers how many moved. */
export async function moveFeedbackPools(em: EntityManager): Promise<number> {
  const row = await selectRow<{ moved: number }>(em, `SELECT beside_appointment_feedback_move_pools() AS moved`);
  return row?.moved ?? 0;
}

/** One count of the moved feedback: a month's responses (no statement), or the answers of one statement. */
export interface FeedbackCount {
  month: string;
  statement: string | null;
  answer: string | null;
  n: number;
}

/** The running organisation's moved feedback, counted by the month it moved in ('YYYY-MM', from and to included). */
export function countFeedback(em: EntityManager, from: string, to: string): Promise<FeedbackCount[]> {
  return selectRows<FeedbackCount>(
    em,
    `SELECT to_char(r.month, 'YYYY-MM') AS month, s.statement, s.answer, count(*)::int AS n
     FROM appointment_feedback_response r
     CROSS JOIN LATERAL (VALUES (NULL::text, NULL::text), ('raiseConcerns', r.raise_concerns), ('listenedTo', r.listened_to),
                                ('saidWhatMattered', r.said_what_mattered)) AS s(statement, answer)
     WHERE r.organisation_id = (SELECT beside_current_organisation()) AND r.month >= ($1 || '-01')::date AND r.month <= ($2 || '-01')::date
       AND (s.statement IS NULL OR s.answer IS NOT NULL)
     GROUP BY 1, 2, 3`,
    [from, to],
  );
}
