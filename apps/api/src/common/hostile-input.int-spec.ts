// The hostile inputs the reliability fuzz (tools/reliability/fuzz.mjs) found answered 5xx or
// accepted, kept as fast regression tests: each is refused with a 4xx and changes nothing.
import { useTestApp } from '../testing/test-app';
import { herJourney } from '../testing/journey-team';
import { countRows } from '../testing/fixtures';

describe('hostile input', () => {
  const t = useTestApp(async (t) => {
    const cast = await herJourney(t);
    await t.owner.query(`UPDATE service_user SET safe_contact = $2 WHERE id = $1`, [cast.her, { channels: ['text'], safeTimes: 'Weekdays', voicemailAllowed: false, codeWord: null }]);
    return cast;
  });

  const expectRefused = (res: { status: number; body: Record<string, unknown> }, status = 400) => {
    expect(res.status).toBe(status);
    expect(res.body).toEqual(expect.objectContaining({ statusCode: status, error: expect.any(String), message: expect.anything(), requestId: expect.any(String) }));
    expect(JSON.stringify(res.body)).not.toMatch(/\bat .+\.(js|ts):\d+/);
  };

  it('should refuse a body nested thousands of levels deep with 400, not 500', async () => {
    const deep = '{"a":'.repeat(10_000) + '1' + '}'.repeat(10_000);
    expectRefused(await t.http().post('/api/auth/sign-in').set('Content-Type', 'application/json').send(deep));
    expectRefused(await t.she.post('/api/my/check-ins').set('Content-Type', 'application/json').send(`{"confidence":1,"words":${'['.repeat(20)}${']'.repeat(20)}}`));
  });

  it('should refuse NUL and unpaired surrogates in text with 400 naming the field, not 500', async () => {
    const res = await t.http().post('/api/auth/sign-in').set('Content-Type', 'application/json').send('{"email":"x\\ud800y@example.org","password":"p"}');
    expectRefused(res);
    expect(JSON.stringify(res.body.message)).toContain('email');
    expectRefused(await t.http().post('/api/auth/password-reset').send({ email: 'a\u0000b@example.org' }));
    expectRefused(await t.advocate.get('/api/journeys?q=a%00b'));
  });

  it('should refuse __proto__, constructor and prototype fields instead of dropping them', async () => {
    const before = await countRows(t, 'check_in');
    for (const body of ['{"confidence":3,"__proto__":{"isAdmin":true}}', '{"confidence":3,"constructor":{"prototype":{"x":1}}}', '{"confidence":3,"prototype":1}']) {
      expectRefused(await t.she.post('/api/my/check-ins').set('Content-Type', 'application/json').send(body));
    }
    expect(await countRows(t, 'check_in')).toBe(before);
  });

  it('should refuse a write whose body is not JSON with 415', async () => {
    const before = await countRows(t, 'check_in');
    expectRefused(await t.she.post('/api/my/check-ins').set('Content-Type', 'text/plain').send('{"confidence":3}'), 415);
    expectRefused(await t.she.post('/api/my/check-ins').type('form').send({ confidence: '3' }), 415);
    expect(await countRows(t, 'check_in')).toBe(before);
  });

  it('should refuse an array where her safe contact is due, and keep it as it was', async () => {
    const details = await t.she.get('/api/my/details');
    expectRefused(await t.she.patch('/api/my/details').send({ safeContact: [], version: details.body.version }));
    expect((await t.she.get('/api/my/details')).body.safeContact.channels).toEqual(['text']);
  });

  it('should refuse null for an optional field that cannot be null', async () => {
    const goal = await t.she.post('/api/my/goals').send({ words: 'Walk every morning', category: 'wellbeing' });
    expect(goal.status).toBe(201);
    expectRefused(await t.she.post(`/api/my/goals/${goal.body.id}/steps`).send({ description: 'Buy shoes', owner: null }));
    expectRefused(await t.she.post('/api/my/concerns').send({ category: 'service_quality', description: 'x', severity: null }));
  });

  it('should read a page size from digits only', async () => {
    expectRefused(await t.advocate.get(`/api/journeys/${t.journey}/notes?limit=0x10`));
    expectRefused(await t.advocate.get(`/api/journeys/${t.journey}/notes?limit=1e1`));
    expect((await t.advocate.get(`/api/journeys/${t.journey}/notes?limit=10`)).status).toBe(200);
  });

  it('should say no-store on API answers', async () => {
    expect((await t.she.get('/api/my/details')).headers['cache-control']).toBe('no-store');
  });
});
