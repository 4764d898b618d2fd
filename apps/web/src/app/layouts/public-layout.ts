import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, DestroyRef, inject } from '@angular/core';
import { Router, RouterLink, RouterOutlet } from '@angular/router';
import { SessionStore, UnsavedChanges } from '@beside/web/core';
import { endSessionOnServer, provideFormFieldDefaults, QuickExit, QuickExitButton } from '@beside/web/ui';
import { PortalHistory } from '../portal/portal-history';

/**
 * Sign-in and account set-up pages. Service users see these too (she signs in from her own phone), so the quick exit is
 * here, and it leaves as her portal's does: a half-finished sign-in (password given, two-step code not yet) ends on the
 * server, the browser's storage is cleared, and the pages this page added to the history are stepped back over.
 */
@Component({
  selector: 'bs-public-layout',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [provideFormFieldDefaults()],
  imports: [RouterOutlet, RouterLink, QuickExitButton],
  template: `
    <header class="bs-masthead">
      <div class="bs-masthead__inner">
        <a class="bs-masthead__name" routerLink="/">Beside</a>
        <bs-quick-exit-button />
      </div>
    </header>
    <main id="main-content" class="bs-main bs-main--narrow" tabindex="-1">
      <router-outlet />
    </main>
  `,
})
export class PublicLayout {
  constructor() {
    const destroyRef = inject(DestroyRef);
    const quickExit = inject(QuickExit);
    const unsaved = inject(UnsavedChanges);
    const history = inject(PortalHistory);
    const session = inject(SessionStore);
    const router = inject(Router);
    const win = inject(DOCUMENT).defaultView;
    const stop = quickExit.beforeLeaving(() => {
      // Sent whether or not a sign-in is under way: with no session the server simply has nothing to end.
      endSessionOnServer(win, session.csrfToken());
      unsaved.release();
      session.clear();
      router.dispose();
    });
    quickExit.countHistoryWith(() => history.entriesSinceLoad());
    destroyRef.onDestroy(() => {
      stop();
      quickExit.countHistoryWith(() => 0);
    });
  }
}
