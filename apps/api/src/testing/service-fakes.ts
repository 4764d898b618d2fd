import type { Role } from '@beside/shared/contracts';
import type { EntityManager } from 'typeorm';
import type { AuditEntry, AuditWriter } from '../modules/audit';
import type { Actor, RequestOrigin } from '../modules/authz';
import type { UnitOfWork } from '../database/unit-of-work';

/**
 * Fakes for unit specs of services whose repositories are mocked (jest.mock of the `*.repository` module):
 * a unit of work that runs the work at once with a stand-in manager, and an audit writer that keeps what it was given.
 */
export const em = {} as EntityManager;

export function fakeUnitOfWork(): UnitOfWork {
  const run = <T>(_context: unknown, work: (m: EntityManager) => Promise<T>) => work(em);
  return { run, runAs: run } as unknown as UnitOfWork;
}

export function fakeAudit(): AuditWriter & { events: AuditEntry[] } {
  const events: AuditEntry[] = [];
  return { events, append: jest.fn(async (_em: unknown, _actor: unknown, _origin: unknown, entries: AuditEntry[]) => void events.push(...entries)) } as unknown as AuditWriter & {
    events: AuditEntry[];
  };
}

export function actorOf(role: Role, userId = `${role}-1`): Actor {
  return { userId, organisationId: 'org-1', role, sessionId: 's-1', displayName: `A ${role}` };
}

export const origin: RequestOrigin = { requestId: 'r-1', ip: '192.0.2.1', userAgent: null };
