import type { EntityManager } from 'typeorm';
import { Environment, validateEnvironment } from '../../config/environment';
import { hashAuditContent } from './audit-hash';
import { AuditWriter, isReadEntry } from './audit-writer';

const ORG = '11111111-1111-4111-8111-111111111111';
const actor = { userId: '22222222-2222-4222-8222-222222222222', role: 'advocate', organisationId: ORG };
const origin = { requestId: 'r1', ip: null, userAgent: null };

function recordingEm(): { em: EntityManager; inserted: () => string[]; statements: { sql: string; params: unknown[] }[] } {
  const statements: { sql: string; params: unknown[] }[] = [];
  const em = {
    query: async (sql: string, params: unknown[] = []) => {
      statements.push({ sql, params });
      return [];
    },
  } as unknown as EntityManager;
  const inserted = () =>
    statements.filter((s) => s.sql.includes('INSERT INTO audit_event')).flatMap((s) => s.params.filter((_, i) => i % 16 === 5) as string[]);
  return { em, inserted, statements };
}

describe('AuditWriter', () => {
  it('writes events unsealed, with a content hash, and never touches the chain head in the request', async () => {
    const { em, statements } = recordingEm();
    await new AuditWriter().append(em, actor, origin, [{ action: 'note.created', entityType: 'note', detail: { at: new Date(0), gone: undefined } }]);
    expect(statements).toHaveLength(1);
    expect(statements[0].sql).not.toMatch(/audit_chain_head|FOR UPDATE/);
    const params = statements[0].params;
    expect(params[14]).toBe('{"at":"1970-01-01T00:00:00.000Z"}');
    expect(params[15]).toBe(
      hashAuditContent({
        id: params[0] as string, organisationId: ORG, occurredAt: params[2] as string, actorUserId: actor.userId, actorRole: 'advocate',
        action: 'note.created', entityType: 'note', entityId: null, subjectId: null, outcome: 'success', reason: null, requestId: 'r1',
        ip: null, userAgent: null, detail: { at: '1970-01-01T00:00:00.000Z' },
      }),
    );
  });
});

describe('AuditWriter and BENCH_SKIP_READ_AUDIT', () => {
  it('tells reads (looking) from writes and from denials', () => {
    expect(isReadEntry({ action: 'journey.read', entityType: 'journey' })).toBe(true);
    expect(isReadEntry({ action: 'journey.list', entityType: 'journey' })).toBe(true);
    expect(isReadEntry({ action: 'audit.search', entityType: 'audit_event' })).toBe(true);
    expect(isReadEntry({ action: 'appointment.created', entityType: 'appointment' })).toBe(false);
    expect(isReadEntry({ action: 'journey.read', entityType: 'journey', outcome: 'denied' })).toBe(false);
  });

  it('appends every event, reads included, without the flag', async () => {
    const { em, inserted } = recordingEm();
    await new AuditWriter().append(em, actor, origin, [
      { action: 'journey.read', entityType: 'journey' },
      { action: 'note.created', entityType: 'note' },
    ]);
    expect(inserted()).toEqual(['journey.read', 'note.created']);
  });

  it('with the flag, skips the events of reads but never of writes', async () => {
    const env = Object.assign(new Environment(), { BENCH_SKIP_READ_AUDIT: true, NODE_ENV: 'development' });
    const { em, inserted } = recordingEm();
    const writer = new AuditWriter(env);
    await writer.append(em, actor, origin, [{ action: 'journey.read', entityType: 'journey' }]);
    await writer.append(em, actor, origin, [
      { action: 'journey.list', entityType: 'journey' },
      { action: 'appointment.created', entityType: 'appointment' },
    ]);
    expect(inserted()).toEqual(['appointment.created']);
  });

  it('is refused in production', () => {
    expect(() =>
      validateEnvironment({ NODE_ENV: 'production', SECRET_KEY: 'x'.repeat(40), BENCH_SKIP_READ_AUDIT: 'true' }),
    ).toThrow(/BENCH_SKIP_READ_AUDIT/);
    expect(validateEnvironment({ NODE_ENV: 'development', BENCH_SKIP_READ_AUDIT: 'true' }).BENCH_SKIP_READ_AUDIT).toBe(true);
  });
});
