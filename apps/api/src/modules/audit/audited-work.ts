import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { UnitOfWork } from '../../database/unit-of-work';
import type { Actor, RequestOrigin } from '../authz';
import { AuditWriter, auditNow, type AuditNow } from './audit-writer';

/** Work as the actor in one unit of work, handed the audit of the work: its events go in with the work's own transaction. */
@Injectable()
export class AuditedWork {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly audit: AuditWriter,
  ) {}

  run<T>(actor: Actor, origin: RequestOrigin, task: (em: EntityManager, audit: AuditNow) => Promise<T>): Promise<T> {
    return this.uow.runAs(actor, (em) => task(em, auditNow(this.audit, em, actor, origin)));
  }
}
