import { DOCUMENT } from '@angular/common';
import { inject, Injectable, InjectionToken } from '@angular/core';

/** A page nobody would look twice at. */
export const QUICK_EXIT_URL = new InjectionToken<string>('QUICK_EXIT_URL', {
  providedIn: 'root',
  factory: () => 'https://www.bbc.co.uk/weather',
});

/** The window's location, behind a token so tests can watch `replace`. */
export const QUICK_EXIT_LOCATION = new InjectionToken<Pick<Location, 'replace'>>('QUICK_EXIT_LOCATION', {
  providedIn: 'root',
  factory: () => inject(DOCUMENT).location,
});

export const DOUBLE_ESCAPE_WINDOW_MS = 1500;

/**
 * How long to wait for the browser to step back over her own pages before leaving from where it is. The page is hidden
 * at once; the wait only matters on a very busy phone, and leaving too early could let the step back cancel the leaving.
 */
export const STEP_BACK_WITHIN_MS = 1500;

/**
 * Leaves Beside at once for a neutral site, and leaves nothing behind that Back, Forward or a new tab would show:
 * - what the page using it registered runs first, synchronously, never waited for (end the session on the server with a
 *   request that outlives the page, forget the session here);
 * - the browser's storage for this site is cleared;
 * - the pages of hers this page added to the history are stepped back over, and the first of them is replaced by the
 *   neutral site (`replace` adds no entry), so Back does not return to them;
 * - should the browser keep this page to show again on Back (its back/forward cache), it shows nothing and leaves again.
 * Escape pressed twice does the same for someone who cannot reach the button in time.
 */
@Injectable({ providedIn: 'root' })
export class QuickExit {
  private readonly url = inject(QUICK_EXIT_URL);
  private readonly location = inject(QUICK_EXIT_LOCATION);
  private readonly document = inject(DOCUMENT);
  private readonly preparations = new Set<() => void>();
  private entriesOfHers: () => number = () => 0;
  private lastEscapeAt = -Infinity;
  private leaving = false;

  /** Runs `prepare` as she leaves (before the page goes); the returned function stops it. */
  beforeLeaving(prepare: () => void): () => void {
    this.preparations.add(prepare);
    return () => this.preparations.delete(prepare);
  }

  /** How many history entries this page added since it loaded (her pages), for leaving to step back over them. */
  countHistoryWith(entries: () => number): void {
    this.entriesOfHers = entries;
  }

  leave(): void {
    if (this.leaving) return;
    this.leaving = true;
    // Hide the page first in case the new one is slow to arrive.
    this.document.body?.setAttribute('hidden', '');
    for (const prepare of this.preparations) {
      try {
        prepare();
      } catch {
        // Nothing may keep her here.
      }
    }
    const win = this.document.defaultView;
    forgetStorage(win);
    win?.addEventListener('pageshow', (event) => {
      if (event.persisted) this.location.replace(this.url);
    });
    const back = win ? Math.max(0, Math.floor(this.entriesOfHers())) : 0;
    if (!win || back === 0) {
      this.location.replace(this.url);
      return;
    }
    let gone = false;
    const go = () => {
      if (gone) return;
      gone = true;
      this.location.replace(this.url);
    };
    win.addEventListener('popstate', go, { once: true });
    win.setTimeout(go, STEP_BACK_WITHIN_MS);
    win.history.go(-back);
  }

  onKeydown(event: Pick<KeyboardEvent, 'key'>, now = Date.now()): void {
    if (event.key !== 'Escape' && event.key !== 'Esc') {
      this.lastEscapeAt = -Infinity;
      return;
    }
    if (now - this.lastEscapeAt <= DOUBLE_ESCAPE_WINDOW_MS) {
      this.lastEscapeAt = -Infinity;
      this.leave();
      return;
    }
    this.lastEscapeAt = now;
  }
}

function forgetStorage(win: Window | null): void {
  for (const storage of ['sessionStorage', 'localStorage'] as const) {
    try {
      win?.[storage].clear();
    } catch {
      // Storage may be switched off; there is then nothing to forget.
    }
  }
}

/**
 * Ends the session on the server as she leaves, with a request the browser still sends after the page has gone
 * (`keepalive`; nothing waits for its answer). The CSRF header goes with it when there is a token.
 */
export function endSessionOnServer(win: Window | null, csrfToken: string | null): void {
  if (!win?.fetch) return;
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (csrfToken) headers['X-CSRF-Token'] = csrfToken;
  try {
    win.fetch('/api/auth/sign-out', { method: 'POST', keepalive: true, credentials: 'same-origin', headers }).catch(() => undefined);
  } catch {
    // Leaving comes first; the session still ends at its idle timeout.
  }
}
