import type { Actor } from '../authz';
import { visibleTo } from '../safeguarding';

const UUID_TEXT = `'^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$'`;

/** Every id an audit event `e` names: its entity, a concern in its detail, the ids a list returned, the id a search filtered on. */
const IDS_NAMED = `ARRAY(
    SELECT e.entity_id WHERE e.entity_id IS NOT NULL
    UNION ALL SELECT (e.detail->>'concernId')::uuid WHERE e.detail->>'concernId' ~ ${UUID_TEXT}
    UNION ALL SELECT (e.detail->'filters'->>'entityId')::uuid WHERE e.detail->'filters'->>'entityId' ~ ${UUID_TEXT}
    UNION ALL SELECT x::uuid FROM jsonb_array_elements_text(CASE WHEN jsonb_typeof(e.detail->'ids') = 'array' THEN e.detail->'ids' ELSE '[]'::jsonb END) x
              WHERE x ~ ${UUID_TEXT})`;

/**
 * Whether the caller may see audit event `e`: not when it names a concern she may not see.
 * The same rule as the concerns themselves (row-level security, which hides a concern about
 * her, then `visibleTo`), so that the audit trail never tells her of a concern about her,
 * who raised it or who read it. beside_concerns_among tells which named ids are concerns at
 * all, since row-level security makes a concern about her look like no concern.
 * `$n` is the actor's user id.
 */
export function auditEventVisibleTo(actor: Actor, n: number): string {
  return `NOT EXISTS (
    SELECT 1 FROM beside_concerns_among(${IDS_NAMED}) named(id)
    WHERE NOT EXISTS (SELECT 1 FROM concern c WHERE c.id = named.id AND ${visibleTo(actor, n)}))`;
}
