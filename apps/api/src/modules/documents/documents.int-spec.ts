import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:net';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type request from 'supertest';
import { useTestApp } from '../../testing/test-app';
import { auditEventsFor, countRows } from '../../testing/fixtures';
import { herJourney } from '../../testing/journey-team';
import { DocumentRescanJob, HARMFUL_REASON } from './document-rescan.job';

const S3rver = require('s3rver') as new (options: object) => { run(): Promise<unknown>; close(): Promise<void> };

const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n');
// The smallest PNG: its signature and an IHDR chunk are what the type check reads.
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000a49444154789c6300010000050001', 'hex');
const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 0x90)]);
const EICAR = Buffer.from('X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*');

const binary = (res: request.Test) => res.buffer(true).parse((r, done) => {
  const chunks: Buffer[] = [];
  r.on('data', (c: Buffer) => chunks.push(c));
  r.on('end', () => done(null, Buffer.concat(chunks)));
});
const freePort = () => 40000 + Math.floor(Math.random() * 20000);

describe('documents in the local folder', () => {
  const folder = mkdtempSync(join(tmpdir(), 'beside-documents-'));
  const t = useTestApp((t) => herJourney(t, { name: 'Nia Campbell' }), { DOCUMENTS_DIR: folder, DOCUMENT_MAX_BYTES: '4096' });
  const upload = (body: Buffer, name: string, fields: Record<string, string> = {}) => {
    let req = t.advocate.post(`/api/journeys/${t.journey}/documents`).attach('file', body, name).field('description', fields['description'] ?? 'Letter from the trust');
    for (const [k, v] of Object.entries(fields)) if (k !== 'description') req = req.field(k, v);
    return req;
  };

  it('should keep a staff upload by its content type, shared with her only when chosen, as an attachment with a neutral name', async () => {
    const shared = await upload(PDF, 'Beside letter to Nia.pdf', { visibility: 'shared' });
    expect(shared.status).toBe(201);
    expect(shared.body).toMatchObject({ description: 'Letter from the trust', visibility: 'shared', scan: 'not_scanned', byHer: false, uploadedBy: 'Asha Advocate' });
    expect((await auditEventsFor(t, shared))[0]).toMatchObject({ action: 'document.uploaded', subject_id: t.her });
    const staffOnly = await upload(PNG, 'photo.png');
    expect(staffOnly.body).toMatchObject({ visibility: 'staff' });
    const mine = await t.she.get('/api/my/documents');
    expect(mine.body.map((d: { id: string }) => d.id)).toEqual([shared.body.id]);
    const file = await binary(t.she.get(`/api/my/documents/${shared.body.id}/file`));
    expect(file.status).toBe(200);
    expect(file.body.equals(PDF)).toBe(true);
    expect(file.headers['content-disposition']).toMatch(/^attachment; filename="document-\d{4}-\d{2}-\d{2}\.pdf"$/);
    expect(file.headers['cache-control']).toBe('no-store');
    expect((await t.she.get(`/api/my/documents/${staffOnly.body.id}/file`)).status).toBe(404);
    expect((await binary(t.advocate.get(`/api/documents/${staffOnly.body.id}/file`))).body.equals(PNG)).toBe(true);
  });

  it('should take her own upload from her phone into her journey, shared with her advocates', async () => {
    const res = await t.she.post('/api/my/documents').attach('file', PNG, 'IMG_0001.png').field('description', 'Photo of the letter');
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ byHer: true, visibility: 'shared', uploadedBy: null });
    expect((await t.advocate.get(`/api/journeys/${t.journey}/documents`)).body.map((d: { id: string }) => d.id)).toContain(res.body.id);
  });

  it('should refuse a refused type, a file too large, no file or a foreign challenge, storing nothing anywhere', async () => {
    const rows = await countRows(t, 'document');
    const files = readdirSync(folder).length;
    const exe = await upload(EXE, 'letter.pdf');
    expect([exe.status, JSON.stringify(exe.body.message)]).toEqual([400, expect.stringContaining('file must be a PDF, a photo')]);
    expect((await upload(Buffer.concat([PDF, Buffer.alloc(5000, 0x20)]), 'big.pdf')).status).toBe(413);
    const none = await t.advocate.post(`/api/journeys/${t.journey}/documents`).field('description', 'Nothing');
    expect([none.status, JSON.stringify(none.body.message)]).toEqual([400, expect.stringContaining('choose a file')]);
    const foreign = await upload(PDF, 'x.pdf', { challengeId: randomUUID() });
    expect([foreign.status, JSON.stringify(foreign.body.message)]).toEqual([400, expect.stringContaining('challengeId')]);
    expect(await countRows(t, 'document')).toBe(rows);
    // The one that passed the checks but failed its record was removed from storage again.
    expect(readdirSync(folder).length).toBe(files);
  });

  it('should delete softly with a reason: gone from her, kept for staff with why', async () => {
    const doc = await upload(PDF, 'x.pdf', { visibility: 'shared' });
    const refused = await t.advocate.delete(`/api/documents/${doc.body.id}`).send({});
    expect(refused.status).toBe(400);
    const deleted = await t.advocate.delete(`/api/documents/${doc.body.id}`).send({ reason: 'Uploaded to the wrong journey' });
    expect(deleted.status).toBe(200);
    expect(deleted.body).toMatchObject({ deleteReason: 'Uploaded to the wrong journey' });
    expect((await t.she.get('/api/my/documents')).body.map((d: { id: string }) => d.id)).not.toContain(doc.body.id);
    expect((await t.advocate.get(`/api/documents/${doc.body.id}/file`)).status).toBe(404);
    expect((await t.advocate.delete(`/api/documents/${doc.body.id}`).send({ reason: 'Again' })).status).toBe(409);
  });
});

/** A small clamd: answers INSTREAM with FOUND when the stream holds the EICAR test string, OK otherwise. */
function fakeClamd(port: number): Promise<Server> {
  const server = createServer((socket) => {
    const chunks: Buffer[] = [];
    socket.on('data', (data) => {
      chunks.push(data);
      const all = Buffer.concat(chunks);
      if (all.subarray(all.length - 4).equals(Buffer.alloc(4)) && all.length > 14) {
        socket.end(all.includes('EICAR-STANDARD-ANTIVIRUS-TEST-FILE') ? 'stream: Eicar-Test-Signature FOUND\0' : 'stream: OK\0');
      }
    });
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

describe('documents scanned by ClamAV', () => {
  const port = freePort();
  let clamd: Server | null = null;
  const t = useTestApp((t) => herJourney(t), { CLAMAV_HOST: '127.0.0.1', CLAMAV_PORT: String(port) });
  beforeAll(async () => {
    clamd = await fakeClamd(port);
  });
  afterAll(() => new Promise<void>((resolve) => (clamd ? clamd.close(() => resolve()) : resolve())));
  const upload = (body: Buffer) => t.advocate.post(`/api/journeys/${t.journey}/documents`).attach('file', body, 'x.txt').field('description', 'Notes');

  it('should keep a clean file as scanned, and refuse an infected one with nothing stored', async () => {
    expect((await upload(PDF)).body).toMatchObject({ scan: 'clean' });
    const before = await countRows(t, 'document');
    const infected = await upload(EICAR);
    expect([infected.status, infected.body.message]).toEqual([422, expect.stringContaining('found something harmful')]);
    expect(await countRows(t, 'document')).toBe(before);
  });

  it('should, with the scanner down, keep it unscanned — or hold it unopened where the organisation requires a scan', async () => {
    await new Promise<void>((resolve) => (clamd ? clamd.close(() => resolve()) : resolve()));
    clamd = null;
    const open = await upload(PDF);
    expect(open.body).toMatchObject({ scan: 'not_scanned' });
    await t.owner.query(`UPDATE organisation SET settings = settings || '{"documentsRequireScan": true}' WHERE id = $1`, [t.org]);
    const held = await upload(PDF);
    expect(held.body).toMatchObject({ scan: 'held' });
    const file = await t.advocate.get(`/api/documents/${held.body.id}/file`);
    expect([file.status, file.body.message]).toEqual([409, expect.stringContaining('waiting for a virus scan')]);
  });

  it('should scan what was kept unscanned once the scanner is back: clean ones open, harmful ones removed with the reason', async () => {
    const harmful = await upload(EICAR);
    expect(harmful.body).toMatchObject({ scan: 'held' });
    const job = t.app.get(DocumentRescanJob);
    expect(await job.run()).toMatchObject({ scannerDown: true, clean: 0, harmful: 0 });

    clamd = await fakeClamd(port);
    const result = await job.run();
    expect(result).toMatchObject({ scannerDown: false, harmful: 1 });
    expect(result.clean).toBeGreaterThanOrEqual(2);
    const docs = (await t.advocate.get(`/api/journeys/${t.journey}/documents`).expect(200)).body as { id: string; scan: string; deletedAt: string | null; deleteReason: string | null }[];
    expect(docs.filter((d) => !d.deletedAt).every((d) => d.scan === 'clean')).toBe(true);
    expect(docs.find((d) => d.id === harmful.body.id)).toMatchObject({ deleteReason: HARMFUL_REASON, deletedAt: expect.any(String) });
    expect((await t.advocate.get(`/api/documents/${harmful.body.id}/file`)).status).toBe(404);
    const events = await t.owner.query(`SELECT action FROM audit_event WHERE entity_id = $1`, [harmful.body.id]);
    expect(events.map((e: { action: string }) => e.action)).toContain('document.removed_as_harmful');
    expect(await job.run()).toMatchObject({ clean: 0, harmful: 0 }); // nothing is scanned twice
  });
});

describe('documents in an S3-compatible store (s3rver)', () => {
  const port = freePort();
  const directory = mkdtempSync(join(tmpdir(), 's3rver-'));
  const s3 = () => new S3rver({ port, address: '127.0.0.1', silent: true, directory, configureBuckets: [{ name: 'beside-documents' }] });
  let server: { close(): Promise<void> } | null = null;
  const t = useTestApp((t) => herJourney(t), {
    S3_ENDPOINT: `http://127.0.0.1:${port}`,
    S3_ACCESS_KEY_ID: 'S3RVER',
    S3_SECRET_ACCESS_KEY: 'S3RVER',
  });
  beforeAll(async () => {
    const started = s3();
    await started.run();
    server = started;
  });
  afterAll(async () => {
    await server?.close();
  });
  const upload = (key: string) =>
    t.advocate.post(`/api/journeys/${t.journey}/documents`).set('Idempotency-Key', key).attach('file', PDF, 'x.pdf').field('description', 'Decision letter');

  it('should store and serve the content through the API', async () => {
    const res = await upload(randomUUID());
    expect(res.status).toBe(201);
    expect((await binary(t.advocate.get(`/api/documents/${res.body.id}/file`))).body.equals(PDF)).toBe(true);
  });

  it('should answer 503 with nothing recorded when the store is down, and take the same request again once it is back', async () => {
    await server?.close();
    server = null;
    const before = await countRows(t, 'document');
    const key = randomUUID();
    const down = await upload(key);
    expect([down.status, down.body.message]).toEqual([503, expect.stringContaining('File storage cannot be reached')]);
    expect(await countRows(t, 'document')).toBe(before);
    const again = s3();
    await again.run();
    server = again;
    const retried = await upload(key);
    expect(retried.status).toBe(201);
    expect(await countRows(t, 'document')).toBe(before + 1);
  });
});
