import type { EntityManager } from 'typeorm';
import type { SafetyPlanSectionKey } from '@beside/shared/contracts';
import { ensurePlan, findSection, insertSection, updateSection } from './safety-plan.repository';

export interface SectionWriter {
  organisationId: string;
  userId: string;
  /** She writes her own words; staff write theirs. */
  byHer: boolean;
}

/** What became of a write: saved (new or changed), written by the other side, or the version read is stale. */
export type SectionWrite =
  | { outcome: 'saved'; sectionId: string; created: boolean }
  | { outcome: 'other_side'; sectionId: string }
  | { outcome: 'stale'; sectionId: string | null };

/**
 * Writes a section at the version read (0: not written yet). Each side changes only its own words: she never
 * overwrites staff's (she proposes a change), staff never overwrite hers (they add a note or ask her).
 */
export async function writeSection(em: EntityManager, writer: SectionWriter, journeyId: string, key: SafetyPlanSectionKey, body: string, version: number): Promise<SectionWrite> {
  const current = await findSection(em, journeyId, key);
  if (current && current.byHer !== writer.byHer) return { outcome: 'other_side', sectionId: current.id };
  if (!current) {
    if (version !== 0) return { outcome: 'stale', sectionId: null };
    const planId = await ensurePlan(em, writer.organisationId, journeyId, writer.userId);
    const sectionId = await insertSection(em, { organisationId: writer.organisationId, planId, journeyId, key, body, byHer: writer.byHer, userId: writer.userId });
    return sectionId ? { outcome: 'saved', sectionId, created: true } : { outcome: 'stale', sectionId: null };
  }
  if (version !== current.version || !(await updateSection(em, current.id, version, body, writer.byHer, writer.userId))) return { outcome: 'stale', sectionId: current.id };
  return { outcome: 'saved', sectionId: current.id, created: false };
}
