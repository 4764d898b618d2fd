import type { Actor } from '../../authz/actor';

/**
 * Which concerns a member of staff may see, as a SQL condition on `c` (a concern row).
 * Row-level security has already removed other organisations' concerns and any concern about
 * the person asking. Managers see the rest. An advocate sees what she raised, and concerns on
 * journeys she is assigned to, unless the raiser asked that her advocate not be told.
 * `$n` is the actor's user id.
 */
export function visibleTo(actor: Actor, n: number): string {
  if (actor.role === 'manager') return `($${n}::uuid IS NOT NULL)`;
  return `(c.raised_by = $${n} OR (NOT c.hide_raiser_from_advocate AND EXISTS (
            SELECT 1 FROM journey vj WHERE vj.id = c.journey_id AND (vj.primary_advocate_id = $${n} OR vj.secondary_advocate_id = $${n}))))`;
}

/** Whether another member of staff (an action's owner) would see the concern: the same rule for them. */
export const VISIBLE_TO_STAFF_MEMBER = `
  SELECT u.id FROM user_account u
  WHERE u.id = $2 AND u.status = 'active' AND u.role IN ('advocate', 'manager')
    AND c.about_staff_user_id IS DISTINCT FROM u.id
    AND (u.role = 'manager' OR c.raised_by = u.id OR (NOT c.hide_raiser_from_advocate AND EXISTS (
          SELECT 1 FROM journey vj WHERE vj.id = c.journey_id AND (vj.primary_advocate_id = u.id OR vj.secondary_advocate_id = u.id))))`;
