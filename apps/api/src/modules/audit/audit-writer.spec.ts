import type { EntityManager } from 'typeorm';
import { Environment, validateEnvironment } from '../../config/environment';
import { AuditWriter, isReadEntry } from './audit-writer';

const ORG = '11111111-1111-4111-8111-111111111111';
const actor = { userId: '22222222-2222-4222-8222-222222222222', role: 'advocate', organisationId: ORG };
const origin = { requestId: 'r1', ip: null, userAgent: null };

function recordingEm(): { em: EntityManager; inserted: () => string[] } {
  const statements: { sql: string; params: unknown[] }[] = [];
  const em = {
    query: async (sql: string, params: unknown[] = []) => {
      statements.push({ sql, params });
      return sql.includes('FOR UPDATE') ? [{ seq: '0', hash: '0'.repeat(64) }] : [];
    },
  } as unknown as EntityManager;
  const inserted = () =>
    statements.filter((s) => s.sql.includes('INSERT INTO audit_event')).flatMap((s) => s.params.filter((_, i) => i % 18 === 6) as string[]);
  return { em, inserted };
}

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
