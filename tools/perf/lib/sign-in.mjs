// Signs a seeded account in over HTTP, as the web app does: password, then (staff) the
// two-step code. Returns the headers every later request of that person carries.
import { SCALE_PASSWORD, totpCode } from '../scale-accounts.mjs';

function cookieOf(res) {
  const set = res.headers.getSetCookie?.() ?? [];
  return set.map((c) => c.split(';')[0]).join('; ');
}

async function post(url, path, body, headers = {}) {
  const res = await fetch(`${url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  /** @type {any} */
  const json = await res.json().catch(() => null);
  if (res.status !== 200) throw new Error(`${path} answered ${res.status}: ${JSON.stringify(json)}`);
  return { res, json };
}

export async function signIn(url, email, { staff }) {
  const first = await post(url, '/api/auth/sign-in', { email, password: SCALE_PASSWORD });
  let cookie = cookieOf(first.res);
  let view = first.json;
  if (staff) {
    // One code per 30 s step per account: after a code was used, wait for the next step.
    for (let attempt = 0; ; attempt += 1) {
      try {
        const second = await post(url, '/api/auth/mfa/challenge', { code: totpCode() }, { cookie, 'x-csrf-token': view.csrfToken });
        cookie = cookieOf(second.res) || cookie;
        view = second.json;
        break;
      } catch (error) {
        if (attempt >= 2) throw error;
        await new Promise((r) => setTimeout(r, 30_000 - (Date.now() % 30_000) + 500));
      }
    }
  }
  if (!view?.signedIn) throw new Error(`${email} did not get a full session`);
  return { cookie, 'x-csrf-token': view.csrfToken, userId: view.user.id, organisationId: view.user.organisationId };
}
