import type { CookieOptions, Response } from 'express';

/**
 * `__Host-` pins the cookie to this exact origin over HTTPS, path /. Browsers treat
 * http://localhost as secure, so the same cookie works in development; only a plain-http
 * host that is not localhost falls back to an unprefixed, non-Secure cookie.
 */
export function sessionCookieName(publicUrl: string): string {
  return cookieIsSecure(publicUrl) ? '__Host-beside_session' : 'beside_session';
}

export function cookieIsSecure(publicUrl: string): boolean {
  const url = new URL(publicUrl);
  return url.protocol === 'https:' || ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
}

/** Every cookie of ours: out of scripts' reach, sent only to this site, for the whole origin. */
export function cookieOptions(publicUrl: string): CookieOptions {
  return { httpOnly: true, secure: cookieIsSecure(publicUrl), sameSite: 'strict', path: '/' };
}

export function setSessionCookie(res: Response, publicUrl: string, token: string): void {
  res.cookie(sessionCookieName(publicUrl), token, cookieOptions(publicUrl));
}

export function clearSessionCookie(res: Response, publicUrl: string): void {
  res.clearCookie(sessionCookieName(publicUrl), cookieOptions(publicUrl));
}
