import type { AuditEntry } from './audit-writer';

export interface ListedItem {
  id: string;
  /** The woman whose data the item shows, if any. */
  subjectId: string | null;
  /** Kept out of her "who has looked at my record" (a concern confidential from her). */
  confidentialFromSubject?: boolean;
}

/**
 * The audit events of a list that shows several women's data (the caseload's change proposals,
 * the concerns register, the accompaniments feed): one event per woman shown, naming her as
 * subject with the count and ids of her items, so that her "who has looked at my record" sees
 * the read (issue 14.11). Items about no one, and an empty list, make one event without a
 * subject. Confidential items go in their own event, marked, so they never show to her.
 * `idsKey` names the detail field that lists the ids ('ids' unless the list has its own word).
 */
export function listEvents(base: Omit<AuditEntry, 'subjectId' | 'entityId'>, items: ListedItem[], idsKey = 'ids'): AuditEntry[] {
  const groups = new Map<string, { subjectId: string | null; confidential: boolean; ids: string[] }>();
  for (const item of items) {
    const confidential = !!item.confidentialFromSubject;
    const key = `${item.subjectId ?? ''}:${confidential}`;
    const group = groups.get(key) ?? { subjectId: item.subjectId, confidential, ids: [] };
    group.ids.push(item.id);
    groups.set(key, group);
  }
  if (!groups.size) return [{ ...base, detail: { ...base.detail, count: 0, [idsKey]: [] } }];
  const listed = items.length;
  return [...groups.values()].map((g) => ({
    ...base,
    subjectId: g.subjectId,
    detail: { ...base.detail, count: g.ids.length, listed, [idsKey]: g.ids, ...(g.confidential ? { confidentialFromSubject: true } : {}) },
  }));
}
