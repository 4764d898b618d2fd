import { ApiClient, ApiResponse, signIn, DEMO } from '../support/api';

function expectErrorShape(res: ApiResponse, statusCode: number): void {
  expect(res.status).toBe(statusCode);
  expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  expect(res.body).toEqual(
    expect.objectContaining({ statusCode, error: expect.any(String), message: expect.anything(), requestId: expect.any(String) }),
  );
  expect(res.body.requestId).not.toBe('');
  expect(res.body.requestId).toBe(res.headers.get('x-request-id'));
  // Never a stack trace or internals.
  expect(res.text).not.toMatch(/\bat .+\.(js|ts):\d+/);
}

describe('errors', () => {
  const api = new ApiClient();

  it('should answer an unknown route under /api with 404 in the error shape', async () => {
    expectErrorShape(await api.get('/api/no-such-route'), 404);
    expectErrorShape(await api.post('/api/journeys/not-a-route/at-all', {}), 404);
  });

  it('should answer a body that is not JSON with 400 in the error shape', async () => {
    const res = await api.post('/api/auth/sign-in', undefined, { rawBody: '{"email": "x@', headers: { 'Content-Type': 'application/json' } });
    expectErrorShape(res, 400);
    expect(res.body.message).toBe('The request body is not valid JSON');
  });

  it('should answer a body over the size limit with 413 in the error shape', async () => {
    const res = await api.post('/api/auth/sign-in', { email: 'x@example.org', password: 'p'.repeat(200 * 1024) });
    expectErrorShape(res, 413);
  });

  it('should answer fields it does not know with 400 naming them', async () => {
    const res = await api.post('/api/auth/password-reset', { email: 'someone@example.org', isAdmin: true });
    expectErrorShape(res, 400);
    expect(JSON.stringify(res.body.message)).toContain('isAdmin');
  });

  it('should answer a signed-out request to a protected route with 401 in the error shape', async () => {
    expectErrorShape(await api.get('/api/account'), 401);
  });

  it("should answer a route outside the person's role with 403 in the error shape", async () => {
    const nia = await signIn(DEMO.serviceUser);
    expectErrorShape(await nia.get('/api/journeys'), 403);
  });
});
