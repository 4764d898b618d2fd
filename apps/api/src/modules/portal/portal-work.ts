import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditedWork, type AuditNow } from '../audit';
import type { Actor, RequestOrigin } from '../authz';
import { type HerJourney, PortalScope } from './portal.access';

/**
 * How her portal's work is done: in one unit of work as her, her own record found from her account first
 * (PortalScope), and the audit of the work in the same transaction.
 */
@Injectable()
export class PortalWork {
  constructor(
    private readonly work: AuditedWork,
    private readonly scope: PortalScope,
  ) {}

  /** `task` as her that finds her journey along the way (its check through PortalScope is the task's own). */
  run<T>(actor: Actor, origin: RequestOrigin, task: (em: EntityManager, audit: AuditNow) => Promise<T>): Promise<T> {
    return this.work.run(actor, origin, task);
  }

  /** `task` on her record (the service user whose account is hers). */
  forHer<T>(actor: Actor, origin: RequestOrigin, task: (em: EntityManager, serviceUserId: string, audit: AuditNow) => Promise<T>): Promise<T> {
    return this.work.run(actor, origin, async (em, audit) => task(em, await this.scope.serviceUser(em, actor), audit));
  }

  /** `task` on her journey: the one she names, which must be hers, else her open one. */
  onHerJourney<T>(actor: Actor, origin: RequestOrigin, journeyId: string | undefined, task: (em: EntityManager, her: HerJourney, audit: AuditNow) => Promise<T>): Promise<T> {
    return this.work.run(actor, origin, async (em, audit) => task(em, await this.scope.journey(em, actor, journeyId), audit));
  }

  /** Her records of one kind, read by `find`, with the one audit event that names each (`<entityType>.list`). */
  listHers<Row extends { id: string }>(actor: Actor, origin: RequestOrigin, entityType: string, find: (em: EntityManager, serviceUserId: string) => Promise<Row[]>): Promise<Row[]> {
    return this.forHer(actor, origin, async (em, serviceUserId, audit) => {
      const rows = await find(em, serviceUserId);
      await audit({ action: `${entityType}.list`, entityType, subjectId: serviceUserId, detail: { count: rows.length, ids: rows.map((r) => r.id) } });
      return rows;
    });
  }
}
