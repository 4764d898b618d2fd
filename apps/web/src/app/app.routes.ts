import type { Route } from '@angular/router';
import { homeRedirectGuard, permissionGuard, staffGuard } from '@beside/web/core';
import { portalHistoryGuard } from './portal/portal-history.guard';

// Every page and layout is lazy: the first download holds only the shell and session code.
export const appRoutes: Route[] = [
  { path: '', pathMatch: 'full', canActivate: [homeRedirectGuard], children: [] },
  {
    path: '',
    loadComponent: () => import('./layouts/public-layout').then((m) => m.PublicLayout),
    children: [
      { path: 'sign-in', loadChildren: () => import('@beside/web/identity/feature-sign-in').then((m) => m.signInRoutes) },
      {
        path: 'two-factor',
        loadChildren: () => import('@beside/web/identity/feature-two-factor').then((m) => m.twoFactorRoutes),
      },
      {
        path: 'invitation',
        loadChildren: () => import('@beside/web/identity/feature-invitation').then((m) => m.invitationRoutes),
      },
      {
        path: 'password-reset',
        loadChildren: () => import('@beside/web/identity/feature-password-reset').then((m) => m.passwordResetRoutes),
      },
      { path: 'status', title: 'Service status', loadComponent: () => import('./status/status-page').then((m) => m.StatusPage) },
    ],
  },
  {
    path: '',
    loadComponent: () => import('./layouts/staff-layout').then((m) => m.StaffLayout),
    canActivate: [staffGuard],
    children: [
      {
        path: 'caseload',
        canActivate: [permissionGuard('journey:read')],
        loadChildren: () => import('@beside/web/journeys/feature-caseload').then((m) => m.caseloadRoutes),
      },
      {
        path: 'journeys/new',
        canActivate: [permissionGuard('journey:write')],
        loadChildren: () => import('@beside/web/journeys/feature-intake').then((m) => m.intakeRoutes),
      },
      {
        path: 'journeys/:journeyId',
        canActivate: [permissionGuard('journey:read')],
        loadChildren: () => import('@beside/web/journeys/feature-journey').then((m) => m.journeyRoutes),
      },
      {
        path: 'calendar',
        canActivate: [permissionGuard('journey:read')],
        loadChildren: () => import('@beside/web/journeys/feature-calendar').then((m) => m.calendarRoutes),
      },
      {
        path: 'concerns',
        canActivate: [permissionGuard('concern:read')],
        loadChildren: () => import('@beside/web/safeguarding/feature-concerns').then((m) => m.concernsRoutes),
      },
      {
        path: 'dashboard',
        canActivate: [permissionGuard('report:read')],
        loadChildren: () => import('@beside/web/safeguarding/feature-dashboard').then((m) => m.dashboardRoutes),
      },
      {
        path: 'reports',
        canActivate: [permissionGuard('report:read')],
        loadChildren: () => import('@beside/web/safeguarding/feature-reports').then((m) => m.reportsRoutes),
      },
      {
        path: 'allocation',
        canActivate: [permissionGuard('journey:allocate')],
        loadChildren: () => import('@beside/web/safeguarding/feature-allocation').then((m) => m.allocationRoutes),
      },
      {
        path: 'account',
        canActivate: [permissionGuard('account:read-own')],
        loadChildren: () => import('@beside/web/identity/feature-account').then((m) => m.accountRoutes),
      },
      {
        path: 'accounts',
        canActivate: [permissionGuard('account:manage')],
        loadChildren: () => import('@beside/web/identity/feature-accounts').then((m) => m.accountsRoutes),
      },
      {
        path: 'audit',
        canActivate: [permissionGuard('audit:read')],
        loadChildren: () => import('@beside/web/audit/feature-audit').then((m) => m.auditRoutes),
      },
      {
        path: 'account-events',
        canActivate: [permissionGuard('audit:read-account-events')],
        loadChildren: () => import('@beside/web/audit/feature-audit').then((m) => m.accountEventsRoutes),
      },
    ],
  },
  {
    path: 'my',
    loadComponent: () => import('./layouts/portal-layout').then((m) => m.PortalLayout),
    canActivate: [permissionGuard('portal:use')],
    canActivateChild: [portalHistoryGuard],
    data: { neutralTitle: true },
    children: [
      {
        path: '',
        pathMatch: 'full',
        loadChildren: () => import('@beside/web/portal/feature').then((m) => m.myPlanRoutes),
      },
      {
        path: 'appointments',
        loadChildren: () => import('@beside/web/portal/feature').then((m) => m.myAppointmentsRoutes),
      },
      {
        path: 'details',
        loadChildren: () => import('@beside/web/portal/feature').then((m) => m.myDetailsRoutes),
      },
      {
        path: 'concerns',
        loadChildren: () => import('@beside/web/portal/feature').then((m) => m.myConcernsRoutes),
      },
      {
        path: 'account',
        loadChildren: () => import('@beside/web/identity/feature-account').then((m) => m.accountRoutes),
      },
      {
        path: 'who-looked',
        loadChildren: () => import('@beside/web/audit/feature-access-log').then((m) => m.accessLogRoutes),
      },
    ],
  },
  { path: '**', loadComponent: () => import('./shell/not-found-page').then((m) => m.NotFoundPage), title: 'Page not found' },
];
