import { NotFoundException } from '@nestjs/common';
import type { Role } from '@beside/shared/contracts';
import type { EntityManager } from 'typeorm';
import type { AuditEntry, AuditWriter } from '../modules/audit';
import { AuditedWork } from '../modules/audit/audited-work';
import type { Actor, RequestOrigin } from '../modules/authz';
import { OutOfScopeException } from '../common/out-of-scope.exception';
import type { UnitOfWork } from '../database/unit-of-work';
import type { JourneyAccess, JourneyInScope } from '../modules/journeys/journey.access';
import type { JourneyRecordAccess } from '../modules/journeys/journey-record.access';
import { JourneyWork } from '../modules/journeys/journey-work';

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

/** AuditedWork on the fakes: the work runs at once, and the audit writer keeps what it was given. */
export function fakeAuditedWork() {
  const audit = fakeAudit();
  return { work: new AuditedWork(fakeUnitOfWork(), audit), audit };
}

/**
 * JourneyWork on the fakes, for services that do their work through it: stand-ins for the access checks
 * that answer `scope` (a spec makes them refuse), and an audit writer that keeps what it was given.
 */
export function fakeJourneyWork(scope: JourneyInScope) {
  const journeys = { require: jest.fn().mockResolvedValue(scope) };
  const records = { require: jest.fn().mockResolvedValue(scope) };
  const { work: audited, audit } = fakeAuditedWork();
  const work = new JourneyWork(audited, journeys as unknown as JourneyAccess, records as unknown as JourneyRecordAccess);
  return { work, journeys, records, audit, audited };
}

/**
 * Journey j1 out of the actor's reach (the access check refuses it as it would a missing one): `call` must answer 404
 * having read nothing (`read` never called) and audited nothing.
 */
export async function expectRefusedOutOfReach(check: { require: jest.Mock }, call: () => Promise<unknown>, read: unknown, audit: { events: AuditEntry[] }): Promise<void> {
  check.require.mockRejectedValue(new OutOfScopeException('journey', 'j1', true, 'Journey not found'));
  await expect(call()).rejects.toBeInstanceOf(NotFoundException);
  expect(read).not.toHaveBeenCalled();
  expect(audit.events).toEqual([]);
}
