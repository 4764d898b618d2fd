import type { Actor } from '../../authz';

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

/**
 * Whether a member of staff `u` (a user_account row) may own an action on concern `c`: active
 * staff who would see the concern by the rule above, and never the person it is about. The
 * same condition checks an owner when an action is added and lists who can be offered.
 */
export const CAN_OWN_ACTION = `
  u.status = 'active' AND u.role IN ('advocate', 'manager')
    AND c.about_staff_user_id IS DISTINCT FROM u.id
    AND (u.role = 'manager' OR c.raised_by = u.id OR (NOT c.hide_raiser_from_advocate AND EXISTS (
          SELECT 1 FROM journey vj WHERE vj.id = c.journey_id AND (vj.primary_advocate_id = u.id OR vj.secondary_advocate_id = u.id))))`;

/** Whether another member of staff (`$2`, an action's owner) would see the concern: the same rule for them. */
export const VISIBLE_TO_STAFF_MEMBER = `SELECT u.id FROM user_account u WHERE u.id = $2 AND ${CAN_OWN_ACTION}`;
