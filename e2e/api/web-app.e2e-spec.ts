import { http } from '../support/api';

const html = (path: string) => http(path, { headers: { Accept: 'text/html' } });

describe('the web app on the same origin', () => {
  it('should serve the app shell at /', async () => {
    const res = await html('/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await res.text()).toContain('<bs-root');
  });

  it('should serve the app shell at a deep link (SPA fallback)', async () => {
    const res = await html('/caseload');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(await res.text()).toContain('<bs-root');
  });

  it('should serve the hashed bundles it links, cached for a long time', async () => {
    const page = await (await html('/')).text();
    const scripts = [...page.matchAll(/<script[^>]+src="([^"]+\.js)"/g)].map((m) => m[1]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const src of scripts) {
      const res = await http(`/${src.replace(/^\//, '')}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/javascript/);
      expect((await res.text()).length).toBeGreaterThan(0);
      if (/-[A-Z0-9]{8}\.js$/.test(src)) expect(res.headers.get('cache-control')).toContain('immutable');
    }
  });

  it('should not answer an unknown /api path with the app shell, even for a browser', async () => {
    const res = await html('/api/no-such-page');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(JSON.parse(await res.text())).toEqual(expect.objectContaining({ statusCode: 404 }));
  });
});
