import type { Route } from '@angular/router';
import { AuditPage } from './audit-page';

export const auditRoutes: Route[] = [
  { path: '', component: AuditPage, title: 'Audit trail', data: { scope: 'all' } },
];

export const accountEventsRoutes: Route[] = [
  { path: '', component: AuditPage, title: 'Sign-in and account events', data: { scope: 'account' } },
];
