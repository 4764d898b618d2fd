import { DOCUMENT } from '@angular/common';
import { DestroyRef, inject, Injectable } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NavigationCancel, NavigationEnd, NavigationError, NavigationStart, Router } from '@angular/router';

/** Where in the history this page's own entries are: written into each entry's state, read back on Back and Forward. */
const MARK = 'bsEntry';

/**
 * Her pages add history entries as any site does, so Back inside her portal goes to her previous page (it used to leave
 * the site). For the quick exit this counts how many entries this page has added since it loaded, so leaving can step
 * back over all of them and replace the first: Back from the neutral site then finds none of her pages. Entries from
 * before this page loaded (another page load) cannot be stepped over without leaving the page; they show nothing of hers
 * once her session has ended (see the portal layout).
 */
@Injectable({ providedIn: 'root' })
export class PortalHistory {
  private readonly history = inject(DOCUMENT).defaultView?.history ?? null;
  private readonly router = inject(Router);
  /** The entry this page loaded on. */
  private readonly first = this.mark() ?? 0;
  private current = this.first;

  constructor() {
    this.router.events.pipe(takeUntilDestroyed(inject(DestroyRef))).subscribe((event) => {
      if (event instanceof NavigationStart && event.navigationTrigger === 'popstate') {
        // Back or Forward has already moved the browser to that entry, whether or not the page then changes.
        const restored = event.restoredState?.[MARK];
        if (typeof restored === 'number') this.current = restored;
      } else if (event instanceof NavigationEnd) {
        const navigation = this.router.lastSuccessfulNavigation();
        const pushed = navigation && navigation.trigger !== 'popstate' && !navigation.extras.replaceUrl && navigation.previousNavigation;
        if (pushed) this.current += 1;
        this.write();
      } else if (event instanceof NavigationCancel || event instanceof NavigationError) {
        this.write();
      }
    });
  }

  /** How many entries of hers this page added since it loaded (0 on the page she arrived on). */
  entriesSinceLoad(): number {
    return Math.max(0, this.current - this.first);
  }

  private mark(): number | null {
    const value = (this.history?.state as Record<string, unknown> | null)?.[MARK];
    return typeof value === 'number' ? value : null;
  }

  private write(): void {
    if (!this.history || this.mark() === this.current) return;
    this.history.replaceState({ ...(this.history.state ?? {}), [MARK]: this.current }, '');
  }
}
