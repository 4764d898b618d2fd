import { ChangeDetectionStrategy, Component, DestroyRef, ElementRef, inject, signal, viewChild } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { SignOut } from '@beside/web/identity/data-access';
import { provideFormFieldDefaults, QuickExitButton } from '@beside/web/ui';
import { filter } from 'rxjs';

/**
 * Her own screens: calm, plain, and one step from leaving. On a phone her pages sit behind one
 * "Menu" button so the quick exit and the page itself fit on the first screen; wider screens show
 * the pages in a row and no button.
 */
@Component({
  selector: 'bs-portal-layout',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [provideFormFieldDefaults()],
  imports: [RouterOutlet, RouterLink, RouterLinkActive, QuickExitButton],
  host: { '(document:keydown.escape)': 'closeOnEscape()' },
  template: `
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
          <a routerLink="/my/details" routerLinkActive="bs-active" ariaCurrentWhenActive="page">Your details</a>
          <a routerLink="/my/concerns" routerLinkActive="bs-active" ariaCurrentWhenActive="page">Concerns</a>
          <a routerLink="/my/who-looked" routerLinkActive="bs-active" ariaCurrentWhenActive="page">Who has looked</a>
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
        gap: 0.5rem 1.25rem;
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
  private readonly menuButton = viewChild.required<ElementRef<HTMLButtonElement>>('menuButton');

  constructor() {
    inject(Router)
      .events.pipe(
        filter((e) => e instanceof NavigationEnd),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe(() => this.open.set(false));
  }

  /** Escape closes the menu and puts her back on its button; the quick exit still counts the press. */
  protected closeOnEscape(): void {
    if (!this.open()) return;
    this.open.set(false);
    this.menuButton().nativeElement.focus();
  }
}
