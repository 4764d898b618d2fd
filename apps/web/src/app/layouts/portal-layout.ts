import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { SignOut } from '@beside/web/identity/data-access';
import { provideFormFieldDefaults, QuickExitButton } from '@beside/web/ui';

/** Her own screens: calm, plain, and one step from leaving. */
@Component({
  selector: 'bs-portal-layout',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [provideFormFieldDefaults()],
  imports: [RouterOutlet, RouterLink, RouterLinkActive, QuickExitButton],
  template: `
    <header class="bs-portal-header">
      <div class="bs-portal-header__inner">
        <bs-quick-exit-button />
        <nav class="bs-portal-nav" aria-label="Main">
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
    .bs-portal-nav a,
    .bs-portal-nav button {
      display: inline-flex;
      align-items: center;
      min-height: 2rem;
    }
  `,
})
export class PortalLayout {
  protected readonly signOut = inject(SignOut);
}
