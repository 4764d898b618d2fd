// The hostile inputs the reliability fuzz (tools/reliability/fuzz.mjs) found answered 5xx or
// accepted, kept as fast regression tests: each is refused with a 4xx and changes nothing.
import { createTestApp, TestApp } from '../testing/test-app';
import { countRows, createJourney, createOrganisation, createServiceUser, createUser, sessionFor, SignedIn } from '../testing/fixtures';

describe('hostile input', () => {
  let t: TestApp;
  let she: SignedIn;
  let advocate: SignedIn;
  let journey: string;

  beforeAll(async () => {
    t = await createTestApp();
    const org = await createOrganisation(t);
    const asha = await createUser(t, org, 'advocate');
    advocate = await sessionFor(t, asha);
    const herAccount = await createUser(t, org, 'service_user');
    she = await sessionFor(t, herAccount);
    const her = await createServiceUser(t, org, { accountId: herAccount.id });
    journey = await createJourney(t, org, her, asha.id);
    await t.owner.query(`UPDATE service_user SET safe_contact = $2 WHERE id = $1`, [her, { channels: ['text'], safeTimes: 'Weekdays', voicemailAllowed: false, codeWord: null }]);
  });
  afterAll(() => t?.close());

  const expectRefused = (res: { status: number; body: Record<string, unknown> }, status = 400) => {
    expect(res.status).toBe(status);
    expect(res.body).toEqual(expect.objectContaining({ statusCode: status, error: expect.any(String), message: expect.anything(), requestId: expect.any(String) }));
    expect(JSON.stringify(res.body)).not.toMatch(/\bat .+\.(js|ts):\d+/);
  };

  it('should refuse a body nested thousands of levels deep with 400, not 500', async () => {
    const deep = '{"a":'.repeat(10_000) + '1' + '}'.repeat(10_000);
    expectRefused(await t.http().post('/api/auth/sign-in').set('Content-Type', 'application/json').send(deep));
    expectRefused(await she.post('/api/my/check-ins').set('Content-Type', 'application/json').send(`{"confidence":1,"words":${'['.repeat(20)}${']'.repeat(20)}}`));
  });

  it('should refuse NUL and unpaired surrogates in text with 400 naming the field, not 500', async () => {
    const res = await t.http().post('/api/auth/sign-in').set('Content-Type', 'application/json').send('{"email":"x\\ud800y@example.org","password":"p"}');
    expectRefused(res);
    expect(JSON.stringify(res.body.message)).toContain('email');
    expectRefused(await t.http().post('/api/auth/password-reset').send({ email: 'a\u0000b@example.org' }));
    expectRefused(await advocate.get('/api/journeys?q=a%00b'));
  });

  it('should refuse __proto__, constructor and prototype fields instead of dropping them', async () => {
    const before = await countRows(t, 'check_in');
    for (const body of ['{"confidence":3,"__proto__":{"isAdmin":true}}', '{"confidence":3,"constructor":{"prototype":{"x":1}}}', '{"confidence":3,"prototype":1}']) {
      expectRefused(await she.post('/api/my/check-ins').set('Content-Type', 'application/json').send(body));
    }
    expect(await countRows(t, 'check_in')).toBe(before);
  });

  it('should refuse a write whose body is not JSON with 415', async () => {
    const before = await countRows(t, 'check_in');
    expectRefused(await she.post('/api/my/check-ins').set('Content-Type', 'text/plain').send('{"confidence":3}'), 415);
    expectRefused(await she.post('/api/my/check-ins').type('form').send({ confidence: '3' }), 415);
    expect(await countRows(t, 'check_in')).toBe(before);
  });

  it('should refuse an array where her safe contact is due, and keep it as it was', async () => {
    const details = await she.get('/api/my/details');
    expectRefused(await she.patch('/api/my/details').send({ safeContact: [], version: details.body.version }));
    expect((await she.get('/api/my/details')).body.safeContact.channels).toEqual(['text']);
  });

  it('should refuse null for an optional field that cannot be null', async () => {
    const goal = await she.post('/api/my/goals').send({ words: 'Walk every morning', category: 'wellbeing' });
    expect(goal.status).toBe(201);
    expectRefused(await she.post(`/api/my/goals/${goal.body.id}/steps`).send({ description: 'Buy shoes', owner: null }));
    expectRefused(await she.post('/api/my/concerns').send({ category: 'service_quality', description: 'x', severity: null }));
  });

  it('should read a page size from digits only', async () => {
    expectRefused(await advocate.get(`/api/journeys/${journey}/notes?limit=0x10`));
    expectRefused(await advocate.get(`/api/journeys/${journey}/notes?limit=1e1`));
    expect((await advocate.get(`/api/journeys/${journey}/notes?limit=10`)).status).toBe(200);
  });

  it('should say no-store on API answers', async () => {
    expect((await she.get('/api/my/details')).headers['cache-control']).toBe('no-store');
  });
});
