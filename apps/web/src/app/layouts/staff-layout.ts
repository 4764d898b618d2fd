import { BreakpointObserver } from '@angular/cdk/layout';
import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, ElementRef, inject, signal, viewChild } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatToolbarModule } from '@angular/material/toolbar';
import { NavigationEnd, Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { SessionStore } from '@beside/web/core';
import { SignOut } from '@beside/web/identity/data-access';
import { DevelopmentInbox } from '@beside/web/messages/data-access';
import { provideFormFieldDefaults } from '@beside/web/ui';
import { filter, map } from 'rxjs';
import type { Permission } from '@beside/shared/authz';
import { NotificationsBell } from './notifications-bell';
import { RouteLoadingBar } from './route-loading-bar';

/**
 * Below this width a manager's links (the most of any role: about 1,210 px with the bell, Referrals, Consultations
 * and Approvals, in the compact style below) no longer fit on one row: they move behind a Menu button rather than wrap
 * onto a second and third.
 */
export const STAFF_MENU_QUERY = '(max-width: 1239.98px)';

/** The staff pages in the menu, in order, each shown to whom its permission allows. */
const PAGES: readonly { path: string; label: string; permission: Permission; unless?: Permission; developmentOnly?: true }[] = [
  { path: '/caseload', label: 'Caseload', permission: 'journey:read' },
  { path: '/calendar', label: 'Calendar', permission: 'journey:read' },
  { path: '/concerns', label: 'Concerns', permission: 'concern:read' },
  { path: '/referrals', label: 'Referrals', permission: 'referral:receive' },
  { path: '/dashboard', label: 'Dashboard', permission: 'report:read' },
  { path: '/allocation', label: 'Allocation', permission: 'journey:allocate' },
  { path: '/reports', label: 'Reports', permission: 'report:read' },
  { path: '/consultations', label: 'Consultations', permission: 'consultation:results' },
  // Managers reach the panel's findings and the campaigns from Consultations: the menu stays on one row.
  { path: '/panel', label: 'Panel', permission: 'panel:take-part' },
  { path: '/campaigns', label: 'Campaigns', permission: 'campaign:manage', unless: 'report:read' },
  // The network operator runs the member organisations; managers and the operator read the pooled figures.
  { path: '/network/organisations', label: 'Member organisations', permission: 'network:manage' },
  // A manager opens the network's figures from Reports (room in her menu for Consultations); the operator from here.
  { path: '/network/figures', label: 'Network figures', permission: 'network:figures', unless: 'report:read' },
  { path: '/accounts', label: 'Accounts', permission: 'account:manage' },
  // An admin decides whether the organisation's figures join the network's (whoever reads the figures finds them above).
  { path: '/organisation/network-figures', label: 'Network figures', permission: 'organisation:manage', unless: 'network:figures' },
  { path: '/accounts/approvals', label: 'Approvals', permission: 'account:approve-role' },
  { path: '/messages/undelivered', label: 'Messages not delivered', permission: 'organisation:manage' },
  // Only where a development inbox catches messages (GET /api/status): an invitation can be followed from there.
  { path: '/development/sent-messages', label: 'Sent messages', permission: 'development:inbox', developmentOnly: true },
  { path: '/audit', label: 'Audit', permission: 'audit:read' },
  // Whoever reads the whole audit log finds account events there.
  { path: '/account-events', label: 'Account events', permission: 'audit:read-account-events', unless: 'audit:read' },
];

@Component({
  selector: 'bs-staff-layout',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [provideFormFieldDefaults()],
  // Escape from the button or anywhere in the open menu closes it (the bell's menu is an overlay: its Escape is its own).
  host: { '(keydown.escape)': 'closeMenu()' },
  imports: [RouterOutlet, RouterLink, RouterLinkActive, NgTemplateOutlet, MatToolbarModule, MatButtonModule, NotificationsBell, RouteLoadingBar],
  template: `
    <ng-template #pages>
      @for (page of menuPages; track page.path) {
        @if (session.can(page.permission) && !(page.unless && session.can(page.unless)) && (!page.developmentOnly || developmentInbox())) {
          <a mat-button [routerLink]="page.path" routerLinkActive="bs-active" ariaCurrentWhenActive="page">{{ page.label }}</a>
        }
      }
    </ng-template>
    <ng-template #yours>
      <a mat-button routerLink="/account" routerLinkActive="bs-active" ariaCurrentWhenActive="page">Account</a>
      <button mat-button type="button" (click)="signOut.here()">Sign out</button>
    </ng-template>

    <bs-route-loading-bar />
    <mat-toolbar class="bs-toolbar" role="banner">
      <a class="bs-toolbar__name" routerLink="/">Beside</a>
      @if (narrow()) {
        <span class="bs-staff-bar">
          @if (session.can('journey:read')) {
            <bs-notifications-bell />
          }
          <button
            #menuButton
            mat-button
            type="button"
            class="bs-staff-menu-button"
            aria-controls="bs-staff-menu"
            [attr.aria-expanded]="menuOpen()"
            (click)="menuOpen.set(!menuOpen())"
          >
            <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
              @if (menuOpen()) {
                <path fill="currentColor" d="M18.3 5.7 12 12l6.3 6.3-1.4 1.4L10.6 13.4 4.3 19.7l-1.4-1.4L9.2 12 2.9 5.7l1.4-1.4 6.3 6.3 6.3-6.3z" />
              } @else {
                <path fill="currentColor" d="M3 6h18v2H3zm0 5h18v2H3zm0 5h18v2H3z" />
              }
            </svg>
            Menu
          </button>
        </span>
        <nav id="bs-staff-menu" class="bs-staff-menu" aria-label="Main" [hidden]="!menuOpen()">
          <ng-container [ngTemplateOutlet]="pages" />
          <ng-container [ngTemplateOutlet]="yours" />
        </nav>
      } @else {
        <nav class="bs-toolbar__nav" aria-label="Main">
          <ng-container [ngTemplateOutlet]="pages" />
          @if (session.can('journey:read')) {
            <bs-notifications-bell />
          }
          <ng-container [ngTemplateOutlet]="yours" />
        </nav>
      }
    </mat-toolbar>
    <main id="main-content" class="bs-main" tabindex="-1">
      <router-outlet />
    </main>
  `,
  styles: `
    /* Compact on one row: ten pages, the bell and her own two links fit a 1,240 px laptop screen. */
    .bs-toolbar .bs-toolbar__nav {
      gap: 0;
    }
    .bs-toolbar .bs-toolbar__nav .mat-mdc-button {
      padding-inline: 6px;
      min-width: 0;
      font-size: 0.9375rem;
    }
    .bs-staff-bar {
      display: flex;
      align-items: center;
      gap: 0.25rem;
      margin-left: auto;
    }
    .bs-staff-menu-button {
      color: var(--mat-sys-on-primary) !important;
      font-size: 1rem;
      min-height: 48px;
    }
    .bs-staff-menu-button svg {
      margin-right: 0.375rem;
      vertical-align: middle;
    }
    .bs-staff-menu {
      flex-basis: 100%;
      display: flex;
      flex-direction: column;
      padding: 0.25rem 0 0.5rem;
      border-top: 1px solid rgb(255 255 255 / 40%);
    }
    .bs-staff-menu[hidden] {
      display: none;
    }
    .bs-staff-menu .mat-mdc-button {
      justify-content: flex-start;
      min-height: 48px;
      color: var(--mat-sys-on-primary);
      font-size: 1rem;
    }
  `,
})
export class StaffLayout {
  protected readonly session = inject(SessionStore);
  protected readonly signOut = inject(SignOut);
  protected readonly menuPages = PAGES;
  protected readonly narrow = toSignal(
    inject(BreakpointObserver)
      .observe(STAFF_MENU_QUERY)
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );
  protected readonly menuOpen = signal(false);
  protected readonly developmentInbox = signal(false);
  private readonly menuButton = viewChild('menuButton', { read: ElementRef<HTMLButtonElement> });

  constructor() {
    if (this.session.can('development:inbox')) {
      void inject(DevelopmentInbox)
        .present()
        .then((present) => this.developmentInbox.set(present));
    }
    // Choosing a page (or the bell's link) closes the menu: the page it opens is what she wants to see.
    inject(Router)
      .events.pipe(
        filter((e) => e instanceof NavigationEnd),
        takeUntilDestroyed(),
      )
      .subscribe(() => this.menuOpen.set(false));
  }

  protected closeMenu(): void {
    if (!this.menuOpen()) return;
    this.menuOpen.set(false);
    this.menuButton()?.nativeElement.focus();
  }
}
