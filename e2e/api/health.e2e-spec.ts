import { ApiClient } from '../support/api';

describe('health and status', () => {
  const api = new ApiClient();

  it('should say the process is alive', async () => {
    const res = await api.get('/api/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok' });
  });

  it('should say the database answers when ready', async () => {
    const res = await api.get('/api/health/ready');
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('ok');
    expect(res.body.details.database.status).toBe('up');
  });

  it('should report the database and a migrated schema in /api/status', async () => {
    const res = await api.get('/api/status');
    expect(res.status).toBe(200);
    expect(res.body.service).toBe('beside');
    expect(['embedded', 'external']).toContain(res.body.database);
    expect(res.body.database).toBe(process.env['DATABASE_URL'] ? 'external' : 'embedded');
    expect(res.body.databaseVersion).toMatch(/^\d+/);
    expect(res.body.migrations).toBeGreaterThan(0);
  });

  it('should answer every request with a request id', async () => {
    const res = await api.get('/api/health');
    expect(res.headers.get('x-request-id')).toMatch(/^[A-Za-z0-9._-]{8,64}$/);
  });

  it('should keep a safe caller-supplied request id and replace an unsafe one', async () => {
    const kept = await api.get('/api/health', { headers: { 'X-Request-Id': 'e2e-trace-0001' } });
    expect(kept.headers.get('x-request-id')).toBe('e2e-trace-0001');
    const replaced = await api.get('/api/health', { headers: { 'X-Request-Id': 'bad id\twith spaces' } });
    expect(replaced.headers.get('x-request-id')).not.toContain(' ');
  });
});
