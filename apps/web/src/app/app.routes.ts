import type { Route } from '@angular/router';
import { homeRedirectGuard, permissionGuard, staffGuard, unsavedChangesGuard } from '@beside/web/core';

// Every page and layout is lazy: the first download holds only the shell and session code.
export const appRoutes: Route[] = [
  { path: '', pathMatch: 'full', canActivate: [homeRedirectGuard], children: [] },
  {
    path: '',
    loadComponent: () => import('./layouts/public-layout').then((m) => m.PublicLayout),
    // She sees these pages too: their tab titles ("Sign in") do not name the service.
    data: { neutralTitle: true },
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
      {
        path: 'consultations/public/:slug',
        loadChildren: () => import('@beside/web/voice/feature-answer').then((m) => m.publicConsultationRoutes),
      },
      {
        path: 'you-said-we-did/:organisationId',
        loadChildren: () => import('@beside/web/voice/feature-you-said').then((m) => m.publicYouSaidRoutes),
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
        path: 'consultations',
        canActivate: [permissionGuard('consultation:results')],
        loadChildren: () => import('@beside/web/voice/feature-consultations').then((m) => m.consultationsRoutes),
      },
      {
        path: 'panel',
        canActivate: [permissionGuard('finding:propose')],
        loadChildren: () => import('@beside/web/voice/feature-panel').then((m) => m.panelRoutes),
      },
      {
        path: 'campaigns',
        canActivate: [permissionGuard('campaign:manage')],
        loadChildren: () => import('@beside/web/voice/feature-campaigns').then((m) => m.campaignsRoutes),
      },
      {
        path: 'organisation/challenge-types',
        canActivate: [permissionGuard('challenge-type:manage')],
        loadChildren: () => import('@beside/web/challenges/feature-challenges').then((m) => m.challengeCatalogueRoutes),
      },
      {
        path: 'data-protection',
        canActivate: [permissionGuard('data-protection:manage')],
        loadChildren: () => import('@beside/web/data-protection/feature-data-protection').then((m) => m.dataProtectionRoutes),
      },
      {
        path: 'organisation/safety',
        canActivate: [permissionGuard('safety:configure')],
        loadChildren: () => import('@beside/web/safety/feature-safety-settings').then((m) => m.safetySettingsRoutes),
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
        path: 'accounts/approvals',
        canActivate: [permissionGuard('account:approve-role')],
        loadChildren: () => import('@beside/web/identity/feature-accounts').then((m) => m.roleApprovalRoutes),
      },
      {
        path: 'accounts',
        canActivate: [permissionGuard('account:manage')],
        loadChildren: () => import('@beside/web/identity/feature-accounts').then((m) => m.accountsRoutes),
      },
      {
        path: 'referrals',
        canActivate: [permissionGuard('referral:receive')],
        loadChildren: () => import('@beside/web/referrals/feature-referrals').then((m) => m.referralsRoutes),
      },
      {
        path: 'network/organisations',
        canActivate: [permissionGuard('network:manage')],
        loadChildren: () => import('@beside/web/network/feature-organisations').then((m) => m.organisationsRoutes),
      },
      {
        path: 'network/figures',
        canActivate: [permissionGuard('network:figures')],
        loadChildren: () => import('@beside/web/network/feature-figures').then((m) => m.networkFiguresRoutes),
      },
      {
        path: 'organisation/network-figures',
        canActivate: [permissionGuard('organisation:manage')],
        loadChildren: () => import('@beside/web/network/feature-figures').then((m) => m.poolSettingRoutes),
      },
      {
        path: 'messages/undelivered',
        canActivate: [permissionGuard('organisation:manage')],
        loadChildren: () => import('@beside/web/messages/feature-admin').then((m) => m.undeliveredRoutes),
      },
      {
        path: 'development/sent-messages',
        canActivate: [permissionGuard('development:inbox')],
        loadChildren: () => import('@beside/web/messages/feature-admin').then((m) => m.sentMessagesRoutes),
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
    data: { neutralTitle: true },
    // Leaving one of her pages with something half-written asks first (never on quick exit or signing out).
    children: withUnsavedChangesGuard([
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
        path: 'messages',
        loadChildren: () => import('@beside/web/portal/feature').then((m) => m.myMessagesRoutes),
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
        path: 'referrals',
        loadChildren: () => import('@beside/web/portal/feature').then((m) => m.myReferralsRoutes),
      },
      {
        path: 'challenges',
        loadChildren: () => import('@beside/web/challenges/feature-my-challenges').then((m) => m.myChallengesRoutes),
      },
      {
        path: 'requests',
        loadChildren: () => import('@beside/web/data-protection/feature-my-requests').then((m) => m.myRequestsRoutes),
      },
      {
        path: 'staying-safe',
        loadChildren: () => import('@beside/web/safety/feature-my-safety').then((m) => m.mySafetyRoutes),
      },
      {
        path: 'about-me',
        loadChildren: () => import('@beside/web/challenges/feature-my-challenges').then((m) => m.myStatementRoutes),
      },
      {
        path: 'consultations',
        loadChildren: () => import('@beside/web/voice/feature-answer').then((m) => m.myConsultationsRoutes),
      },
      {
        path: 'feedback',
        loadChildren: () => import('@beside/web/voice/feature-answer').then((m) => m.myFeedbackRoutes),
      },
      {
        path: 'you-said-we-did',
        loadChildren: () => import('@beside/web/voice/feature-you-said').then((m) => m.myYouSaidRoutes),
      },
      {
        path: 'account',
        loadChildren: () => import('@beside/web/identity/feature-account').then((m) => m.accountRoutes),
      },
      {
        path: 'who-looked',
        loadChildren: () => import('@beside/web/audit/feature-access-log').then((m) => m.accessLogRoutes),
      },
      // A mistyped address of hers stays in her layout: the quick exit, her menu and a neutral title.
      { path: '**', title: 'Page not found', data: { embedded: true }, loadComponent: () => import('./shell/not-found-page').then((m) => m.NotFoundPage) },
    ]),
  },
  // Anyone can type any address, her included: the page has the quick exit and a title that does not name the service.
  {
    path: '**',
    loadComponent: () => import('./shell/not-found-page').then((m) => m.NotFoundPage),
    title: 'Page not found',
    data: { neutralTitle: true },
  },
];

function withUnsavedChangesGuard(routes: Route[]): Route[] {
  return routes.map((route) => ({ ...route, canDeactivate: [...(route.canDeactivate ?? []), unsavedChangesGuard] }));
}
