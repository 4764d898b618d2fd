import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, DestroyRef, ElementRef, inject, signal, viewChild } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { SessionStore, UnsavedChanges } from '@beside/web/core';
import { MyUnreadMessagesStore } from '@beside/web/conversations/data-access';
import { SignOut } from '@beside/web/identity/data-access';
import { provideFormFieldDefaults, QuickExit, QuickExitButton } from '@beside/web/ui';
import { filter } from 'rxjs';
import { PortalHistory } from '../portal/portal-history';
import { RouteLoadingBar } from './route-loading-bar';

/**
 * Her own screens: calm, plain, and one step from leaving. On a phone her pages sit behind one
 * "Menu" button so the quick exit and the page itself fit on the first screen; wider screens show
 * the pages in a row and no button.
 */
@Component({
  selector: 'bs-portal-layout',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [provideFormFieldDefaults()],
  imports: [RouterOutlet, RouterLink, RouterLinkActive, QuickExitButton, RouteLoadingBar],
  host: { '(document:keydown.escape)': 'closeOnEscape()' },
  template: `
    <bs-route-loading-bar />
    <header class="bs-portal-header">
      <div class="bs-portal-header__inner">
        <bs-quick-exit-button class="bs-portal-exit" />
        <button
          #menuButton
          type="button"
          class="bs-portal-menu-button"
          aria-controls="bs-portal-nav"
          [attr.aria-expanded]="open()"
          (click)="open.set(!open())"
        >
          <span class="bs-portal-menu-button__bars" aria-hidden="true"></span>
          Menu
        </button>
        <nav id="bs-portal-nav" class="bs-portal-nav" [class.bs-portal-nav--open]="open()" aria-label="Main">
          <a routerLink="/my" [routerLinkActiveOptions]="{ exact: true }" routerLinkActive="bs-active" ariaCurrentWhenActive="page">Your plan</a>
          <a routerLink="/my/appointments" routerLinkActive="bs-active" ariaCurrentWhenActive="page">Appointments</a>
          <a routerLink="/my/messages" routerLinkActive="bs-active" ariaCurrentWhenActive="page"
            >Messages@if (unread.count(); as n) {
              <span class="bs-portal-nav__count"> ({{ n }} new)</span>
            }</a
          >
          <a routerLink="/my/details" routerLinkActive="bs-active" ariaCurrentWhenActive="page">Your details</a>
          <a routerLink="/my/about-me" routerLinkActive="bs-active" ariaCurrentWhenActive="page">About me</a>
          <a routerLink="/my/staying-safe" routerLinkActive="bs-active" ariaCurrentWhenActive="page">Staying safe</a>
          <a routerLink="/my/concerns" routerLinkActive="bs-active" ariaCurrentWhenActive="page">Concerns</a>
          <a routerLink="/my/referrals" routerLinkActive="bs-active" ariaCurrentWhenActive="page">Referrals</a>
          <a routerLink="/my/challenges" routerLinkActive="bs-active" ariaCurrentWhenActive="page">Challenges</a>
          <a routerLink="/my/consultations" routerLinkActive="bs-active" ariaCurrentWhenActive="page">Have your say</a>
          <a routerLink="/my/you-said-we-did" routerLinkActive="bs-active" ariaCurrentWhenActive="page">You said, we did</a>
          <a routerLink="/my/who-looked" routerLinkActive="bs-active" ariaCurrentWhenActive="page">Who has looked</a>
          <a routerLink="/my/requests" routerLinkActive="bs-active" ariaCurrentWhenActive="page">Your information</a>
          <a routerLink="/my/account" routerLinkActive="bs-active" ariaCurrentWhenActive="page">Your account</a>
          <button type="button" class="bs-link-button" (click)="signOut.here()">Sign out</button>
        </nav>
      </div>
    </header>
    <main id="main-content" class="bs-main bs-main--narrow bs-portal-main" tabindex="-1">
      <router-outlet />
    </main>
  `,
  styles: `
    /* Keep the scrollbar's room from the first paint: when her plan arrives and the page grows
       taller than the screen, a scrollbar appearing would push the header and the page sideways
       (Lighthouse measured a layout shift of 0.48). Only while her screens are shown. */
    ::ng-deep html {
      scrollbar-gutter: stable;
    }
    .bs-portal-header__inner {
      flex-direction: row;
      gap: 0.5rem;
    }
    /* Her pages stay a narrow column, but her links need not: on a wide screen they take one
       or two rows beside the quick exit instead of three (fifteen links at 1280 px). */
    @media (min-width: 48rem) {
      .bs-portal-header__inner {
        max-width: 80rem;
      }
    }
    .bs-portal-exit {
      order: 2;
      margin-left: auto;
    }
    /* At 320 px the Menu button and the quick exit still share one row. */
    @media (max-width: 22rem) {
      .bs-portal-header__inner {
        padding-inline: 0.75rem;
      }
    }
    .bs-portal-menu-button {
      order: 1;
      display: inline-flex;
      align-items: center;
      gap: 0.375rem;
      min-height: 44px;
      padding: 0.5rem 0.625rem;
      font: inherit;
      font-weight: 700;
      color: var(--mat-sys-primary);
      background: #fff;
      border: 2px solid var(--mat-sys-primary);
      border-radius: 6px;
      cursor: pointer;
    }
    .bs-portal-menu-button:focus-visible {
      outline: 3px solid #fd0;
      outline-offset: 2px;
      box-shadow: 0 0 0 6px #0b0c0c;
    }
    .bs-portal-menu-button__bars,
    .bs-portal-menu-button__bars::before,
    .bs-portal-menu-button__bars::after {
      display: block;
      width: 1.125rem;
      height: 2px;
      background: currentColor;
      border-radius: 1px;
    }
    .bs-portal-menu-button__bars {
      position: relative;
    }
    .bs-portal-menu-button__bars::before,
    .bs-portal-menu-button__bars::after {
      content: '';
      position: absolute;
      left: 0;
    }
    .bs-portal-menu-button__bars::before {
      top: -6px;
    }
    .bs-portal-menu-button__bars::after {
      top: 6px;
    }
    .bs-portal-menu-button[aria-expanded='true'] .bs-portal-menu-button__bars {
      background: transparent;
    }
    .bs-portal-menu-button[aria-expanded='true'] .bs-portal-menu-button__bars::before {
      top: 0;
      transform: rotate(45deg);
    }
    .bs-portal-menu-button[aria-expanded='true'] .bs-portal-menu-button__bars::after {
      top: 0;
      transform: rotate(-45deg);
    }
    .bs-portal-nav {
      order: 3;
      flex-basis: 100%;
      display: none;
      flex-direction: column;
      gap: 0;
    }
    .bs-portal-nav--open {
      display: flex;
    }
    .bs-portal-nav a,
    .bs-portal-nav button {
      display: flex;
      align-items: center;
      min-height: 44px;
      font-size: 1.0625rem;
    }
    .bs-portal-nav a + a,
    .bs-portal-nav a + button {
      border-top: 1px solid #ded6ee;
    }
    @media (min-width: 40rem) {
      .bs-portal-menu-button {
        display: none;
      }
      .bs-portal-exit {
        order: 2;
      }
      .bs-portal-nav,
      .bs-portal-nav--open {
        order: 1;
        flex: 1 1 0;
        display: flex;
        flex-direction: row;
        flex-wrap: wrap;
        gap: 0.5rem 1rem;
      }
      .bs-portal-nav a,
      .bs-portal-nav button {
        display: inline-flex;
        min-height: 2rem;
        font-size: inherit;
      }
      .bs-portal-nav a + a,
      .bs-portal-nav a + button {
        border-top: 0;
      }
    }
  `,
})
export class PortalLayout {
  protected readonly signOut = inject(SignOut);
  /** Whether her pages are shown on a small screen; wide screens always show them. */
  protected readonly open = signal(false);
  protected readonly unread = inject(MyUnreadMessagesStore);
  private readonly menuButton = viewChild.required<ElementRef<HTMLButtonElement>>('menuButton');

  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  private readonly document = inject(DOCUMENT);

  constructor() {
    const destroyRef = inject(DestroyRef);
    this.router.events
      .pipe(
        filter((e): e is NavigationEnd => e instanceof NavigationEnd),
        takeUntilDestroyed(destroyRef),
      )
      .subscribe((e) => {
        this.open.set(false);
        // On her messages she is reading them; anywhere else, how many wait.
        if (e.urlAfterRedirects.startsWith('/my/messages')) this.unread.markRead();
        else void this.unread.load();
      });
    this.prepareQuickExit(destroyRef);
    this.hideWhenKeptForBack(destroyRef);
  }

  /**
   * Leaving quickly ends her session on the server (a request that outlives the page; nothing waits for its answer),
   * forgets it here, lets go of anything half-written without asking, and steps back over the pages of hers this page
   * added to the history.
   */
  private prepareQuickExit(destroyRef: DestroyRef): void {
    const quickExit = inject(QuickExit);
    const unsaved = inject(UnsavedChanges);
    const history = inject(PortalHistory);
    const stop = quickExit.beforeLeaving(() => {
      endSessionOnServer(this.document.defaultView, this.session.csrfToken());
      unsaved.release();
      this.session.clear();
      // The app stops answering Back and Forward (in this same turn, before anything reacts to the cleared session):
      // stepping back over her pages must not open them again.
      this.router.dispose();
    });
    quickExit.countHistoryWith(() => history.entriesSinceLoad());
    destroyRef.onDestroy(() => {
      stop();
      quickExit.countHistoryWith(() => 0);
    });
  }

  /**
   * A browser may keep a page it leaves, to show it again at once on Back (the back/forward cache). Hers is hidden as it
   * is kept, and shown again only once the server says her session is still on; if it has ended (she left quickly, signed
   * out, or it timed out) the page goes to sign-in and shows nothing of hers.
   */
  private hideWhenKeptForBack(destroyRef: DestroyRef): void {
    const win = this.document.defaultView;
    if (!win) return;
    const onHide = (event: PageTransitionEvent) => {
      if (event.persisted) this.document.body?.setAttribute('hidden', '');
    };
    const onShow = async (event: PageTransitionEvent) => {
      if (!event.persisted) return;
      this.document.body?.setAttribute('hidden', '');
      const view = await this.session.load();
      if (view.signedIn) this.document.body?.removeAttribute('hidden');
      else win.location.replace('/sign-in');
    };
    win.addEventListener('pagehide', onHide);
    win.addEventListener('pageshow', onShow);
    destroyRef.onDestroy(() => {
      win.removeEventListener('pagehide', onHide);
      win.removeEventListener('pageshow', onShow);
    });
  }

  /** Escape closes the menu and puts her back on its button; the quick exit still counts the press. */
  protected closeOnEscape(): void {
    if (!this.open()) return;
    this.open.set(false);
    this.menuButton().nativeElement.focus();
  }
}

/** Signs her out on the server with a request the browser still sends after the page has gone (CSRF header included). */
function endSessionOnServer(win: Window | null, csrfToken: string | null): void {
  if (!win?.fetch) return;
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (csrfToken) headers['X-CSRF-Token'] = csrfToken;
  try {
    win.fetch('/api/auth/sign-out', { method: 'POST', keepalive: true, credentials: 'same-origin', headers }).catch(() => undefined);
  } catch {
    // Leaving comes first; the session still ends at its idle timeout.
  }
}
