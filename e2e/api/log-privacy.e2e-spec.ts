import { DEMO, signIn } from '../support/api';
import { splitBanner } from '../support/api-log';

// Runs last (see e2e/support/sequencer.cjs): it reads the log of everything the other suites did.
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('the API log after the run', () => {
  const secrets: string[] = [];
  const names = new Set<string>();

  beforeAll(async () => {
    // One more signed-in round trip, whose tokens and data must not reach the log either.
    const maya = await signIn(DEMO.manager);
    secrets.push(maya.sessionToken ?? '', maya.csrfToken ?? '');
    const caseload = await maya.get('/api/journeys?limit=100');
    expect(caseload.status).toBe(200);
    for (const item of caseload.body.items as { serviceUserName: string; primaryAdvocateName: string }[]) {
      names.add(item.serviceUserName);
      names.add(item.primaryAdvocateName);
    }
    // Personal data in a query string must not reach the log: it keeps paths only.
    expect((await maya.get(`/api/status?about=${encodeURIComponent(DEMO.serviceUser)}`)).status).toBe(200);
    // pino writes asynchronously; give the last lines time to reach the file.
    await new Promise((r) => setTimeout(r, 1000));
  });

  it('should have printed the demo logins in the start-up banner', () => {
    const { logins } = splitBanner();
    expect(logins.map((l) => l.email)).toEqual(expect.arrayContaining([DEMO.serviceUser, DEMO.advocate]));
  });

  it('should hold no demo person\'s name', () => {
    const { logins, rest } = splitBanner();
    for (const l of logins) names.add(l.name);
    expect(names.has('Nia Campbell')).toBe(true);
    // Full names and surnames: first names alone ("Ada", "Bea") are parts of ordinary words.
    const words = [...names].flatMap((n) => [n, n.split(/\s+/).slice(1).join(' ')]).filter((w) => w.length >= 4);
    const pattern = new RegExp(`\\b(${words.map(escape).join('|')})\\b`);
    expect(rest.filter((line) => pattern.test(line))).toEqual([]);
  });

  it('should hold no email address', () => {
    const { rest } = splitBanner();
    expect(rest.filter((line) => EMAIL.test(line))).toEqual([]);
  });

  it('should hold no session token or CSRF token', () => {
    const { rest } = splitBanner();
    const tokens = secrets.filter((s) => s.length >= 16);
    expect(tokens.length).toBe(2);
    expect(rest.filter((line) => tokens.some((t) => line.includes(t)))).toEqual([]);
  });

  it('should have logged requests, by path without query strings', () => {
    const { rest } = splitBanner();
    const requests = rest.filter((l) => l.includes('"request completed"'));
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((l) => /"path":"[^"]*\?/.test(l))).toEqual([]);
  });
});
