import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatToolbarModule } from '@angular/material/toolbar';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { SessionStore } from '@beside/web/core';
import { SignOut } from '@beside/web/identity/data-access';
import { provideFormFieldDefaults } from '@beside/web/ui';
import { NotificationsBell } from './notifications-bell';

@Component({
  selector: 'bs-staff-layout',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [provideFormFieldDefaults()],
  imports: [RouterOutlet, RouterLink, RouterLinkActive, MatToolbarModule, MatButtonModule, NotificationsBell],
  template: `
    <mat-toolbar class="bs-toolbar" role="banner">
      <a class="bs-toolbar__name" routerLink="/">Beside</a>
      <nav class="bs-toolbar__nav" aria-label="Main">
        @if (session.can('journey:read')) {
          <a mat-button routerLink="/caseload" routerLinkActive="bs-active" ariaCurrentWhenActive="page">Caseload</a>
          <a mat-button routerLink="/calendar" routerLinkActive="bs-active" ariaCurrentWhenActive="page">Calendar</a>
        }
        @if (session.can('concern:read')) {
          <a mat-button routerLink="/concerns" routerLinkActive="bs-active" ariaCurrentWhenActive="page">Concerns</a>
        }
        @if (session.can('report:read')) {
          <a mat-button routerLink="/dashboard" routerLinkActive="bs-active" ariaCurrentWhenActive="page">Dashboard</a>
        }
        @if (session.can('journey:allocate')) {
          <a mat-button routerLink="/allocation" routerLinkActive="bs-active" ariaCurrentWhenActive="page">Allocation</a>
        }
        @if (session.can('report:read')) {
          <a mat-button routerLink="/reports" routerLinkActive="bs-active" ariaCurrentWhenActive="page">Reports</a>
        }
        @if (session.can('account:manage')) {
          <a mat-button routerLink="/accounts" routerLinkActive="bs-active" ariaCurrentWhenActive="page">Accounts</a>
        }
        @if (session.can('audit:read')) {
          <a mat-button routerLink="/audit" routerLinkActive="bs-active" ariaCurrentWhenActive="page">Audit</a>
        } @else if (session.can('audit:read-account-events')) {
          <a mat-button routerLink="/account-events" routerLinkActive="bs-active" ariaCurrentWhenActive="page">Account events</a>
        }
        @if (session.can('journey:read')) {
          <bs-notifications-bell />
        }
        <a mat-button routerLink="/account" routerLinkActive="bs-active" ariaCurrentWhenActive="page">Account</a>
        <button mat-button type="button" (click)="signOut.here()">Sign out</button>
      </nav>
    </mat-toolbar>
    <main id="main-content" class="bs-main" tabindex="-1">
      <router-outlet />
    </main>
  `,
})
export class StaffLayout {
  protected readonly session = inject(SessionStore);
  protected readonly signOut = inject(SignOut);
}
