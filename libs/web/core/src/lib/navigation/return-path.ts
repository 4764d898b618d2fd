import { Injectable } from '@angular/core';
import type { Router, UrlTree } from '@angular/router';
import type { SessionView } from '@beside/shared/contracts';
import { homePathFor } from './home-path';

const ORIGIN = 'https://beside.invalid';

/**
 * A page of this app to come back to after signing in, or null. Only a same-origin path is taken ("/journeys/…"):
 * never "//evil.test", "https://evil.test", a backslash or a control character a browser would drop, nor the sign-in
 * pages themselves.
 */
export function safeReturnPath(value: string | null | undefined): string | null {
  if (!value || value.length > 2000 || !value.startsWith('/') || value.startsWith('//')) return null;
  // A backslash, a space or a control character (which a browser would drop, turning "/\t/x" into "//x").
  if ([...value].some((c) => c === '\\' || c.charCodeAt(0) <= 0x20 || c.charCodeAt(0) === 0x7f || /\s/.test(c))) return null;
  let url: URL;
  try {
    url = new URL(value, ORIGIN);
  } catch {
    return null;
  }
  if (url.origin !== ORIGIN) return null;
  if (/^\/(sign-in|two-factor|invitation|password-reset)(\/|$)/.test(url.pathname) || url.pathname === '/') return null;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The page someone asked for before being sent to sign in: she lands there once signing in is done, two-step code included. */
@Injectable({ providedIn: 'root' })
export class ReturnPath {
  private target: string | null = null;

  /** Remembers the page asked for (an unsafe or missing one forgets it). */
  remember(path: string | null | undefined): void {
    this.target = safeReturnPath(path);
  }

  /** Where to go after a sign-in step: the next step while there is one, then the page asked for (once), else home. */
  destination(session: SessionView): string {
    const home = homePathFor(session);
    if (!session.signedIn || session.stage !== 'full') return home;
    const target = this.target;
    this.target = null;
    return target ?? home;
  }

  /** For a guard turning someone away: to her next sign-in step, remembering `url` to come back to. */
  redirect(router: Router, session: SessionView, url: string | undefined): UrlTree {
    const home = homePathFor(session);
    const full = session.signedIn && session.stage === 'full';
    const next = full ? null : safeReturnPath(url);
    if (!next) return router.parseUrl(home);
    this.target = next;
    // In the address too, so reloading the sign-in page keeps it.
    return home === '/sign-in' ? router.createUrlTree(['/sign-in'], { queryParams: { next } }) : router.parseUrl(home);
  }
}
