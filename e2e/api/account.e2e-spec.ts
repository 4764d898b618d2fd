import { ApiClient, DEMO, DEMO_PASSWORD, http, signIn } from '../support/api';

describe('a service user signs in and reads her account', () => {
  it('should sign Nia in without a second step and let her read her own account', async () => {
    const nia = await signIn(DEMO.serviceUser);
    expect(nia.cookie).toMatch(/^__Host-beside_session=/);

    const session = await nia.get('/api/auth/session');
    expect(session.status).toBe(200);
    expect(session.body).toEqual(expect.objectContaining({ signedIn: true, stage: 'full' }));
    expect(session.body.user.role).toBe('service_user');

    const account = await nia.get('/api/account');
    expect(account.status).toBe(200);
    expect(account.text).toContain(DEMO.serviceUser);
  });

  it('should set the session cookie HttpOnly, Secure and SameSite=Strict', async () => {
    const res = await http('/api/auth/sign-in', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: DEMO.serviceUser, password: DEMO_PASSWORD }),
    });
    expect(res.status).toBe(200);
    await res.text();
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('__Host-beside_session='));
    expect(cookie).toBeDefined();
    expect(cookie).toMatch(/;\s*HttpOnly/i);
    expect(cookie).toMatch(/;\s*Secure/i);
    expect(cookie).toMatch(/;\s*SameSite=Strict/i);
    expect(cookie).toMatch(/;\s*Path=\//i);
  });

  it('should refuse a state-changing request without the CSRF token', async () => {
    const nia = await signIn(DEMO.serviceUser);
    const res = await http('/api/auth/sign-out', { method: 'POST', headers: { Cookie: nia.cookie ?? '' } });
    expect(res.status).toBe(403);
    await res.text();
    expect((await nia.get('/api/account')).status).toBe(200);
  });

  it('should end the session at sign-out', async () => {
    const nia = await signIn(DEMO.serviceUser);
    const cookie = nia.cookie;
    expect((await nia.post('/api/auth/sign-out')).status).toBe(204);
    const after = await http('/api/account', { headers: { Cookie: cookie ?? '' } });
    expect(after.status).toBe(401);
    await after.text();
  });

  it('should refuse a wrong password without saying whether the account exists', async () => {
    const api = new ApiClient();
    const wrong = await api.post('/api/auth/sign-in', { email: DEMO.serviceUser, password: 'not the password at all' });
    const unknown = await api.post('/api/auth/sign-in', { email: 'nobody@demo.beside.test', password: 'not the password at all' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body.message).toEqual(unknown.body.message);
  });

  it('should sign a staff member in with the two-step code', async () => {
    const amara = await signIn(DEMO.advocate);
    const session = await amara.get('/api/auth/session');
    expect(session.body).toEqual(expect.objectContaining({ signedIn: true, stage: 'full' }));
    expect((await amara.get('/api/journeys')).status).toBe(200);
  });
});
