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
 * Leaves Beside at once for a neutral site. `replace` keeps this page out of the back button's
 * history; Escape pressed twice does the same for someone who cannot reach the button in time.
 */
@Injectable({ providedIn: 'root' })
export class QuickExit {
  private readonly url = inject(QUICK_EXIT_URL);
  private readonly location = inject(QUICK_EXIT_LOCATION);
  private readonly document = inject(DOCUMENT);
  private lastEscapeAt = -Infinity;

  leave(): void {
    // Hide the page first in case the new one is slow to arrive.
    this.document.body?.setAttribute('hidden', '');
    this.location.replace(this.url);
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
