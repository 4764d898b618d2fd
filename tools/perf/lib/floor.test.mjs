import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hashAuditContent } from '../../api-code.mjs';
import { auditColumns, auditContentOfRow, freshAuditRows } from './floor.mjs';

const COLUMNS = ['id', 'organisation_id', 'occurred_at', 'actor_user_id', 'actor_role', 'action', 'entity_type', 'entity_id',
  'subject_id', 'outcome', 'reason', 'request_id', 'ip', 'user_agent', 'detail', 'content_hash'];
const row = (action) => ['old-id', 'org-1', '2020-01-01T00:00:00.000Z', 'user-1', 'advocate', action, 'journey', 'j-1',
  'su-1', 'success', null, 'req-1', '127.0.0.1', 'test', '{"b":1,"a":[2]}', 'stale'];

test('auditColumns reads the column list of an audit_event insert, and nothing else', () => {
  assert.deepEqual(auditColumns(`INSERT INTO audit_event (id, seq, hash) VALUES ($1, $2, $3)`), ['id', 'seq', 'hash']);
  assert.equal(auditColumns(`INSERT INTO journey (id) VALUES ($1)`), null);
});

test('an audit row becomes the fields the API hashes, its detail parsed from JSON', () => {
  const content = auditContentOfRow({ id: 'e', organisation_id: 'o', seq: 3, detail: '{"x":1}', prev_hash: 'p' });
  assert.equal(content.organisationId, 'o');
  assert.equal(content.seq, 3);
  assert.deepEqual(content.detail, { x: 1 });
  assert.equal(content.prevHash, 'p');
});

test('a replayed unsealed event gets a new id and time, and the content hash the API would store', () => {
  const values = [...row('journey.read'), ...row('note.created')];
  const out = freshAuditRows(COLUMNS, values);
  for (const base of [0, COLUMNS.length]) {
    const written = Object.fromEntries(COLUMNS.map((c, i) => [c, out[base + i]]));
    assert.notEqual(written.id, 'old-id');
    assert.notEqual(written.occurred_at, '2020-01-01T00:00:00.000Z');
    assert.equal(
      written.content_hash,
      hashAuditContent({
        id: written.id, organisationId: 'org-1', occurredAt: written.occurred_at, actorUserId: 'user-1', actorRole: 'advocate',
        action: written.action, entityType: 'journey', entityId: 'j-1', subjectId: 'su-1', outcome: 'success', reason: null,
        requestId: 'req-1', ip: '127.0.0.1', userAgent: 'test', detail: { a: [2], b: 1 },
      }),
    );
  }
  assert.equal(values[0], 'old-id', 'the captured values are left as they were');
});
