import type { Routes } from '@angular/router';
import { BreachesStore, DataRequestsStore } from '@beside/web/data-protection/data-access';
import { DataProtectionShell } from './data-protection-shell';

/** Managers: requests from the women with their clocks, the breach register, and retention (/data-protection). */
export const dataProtectionRoutes: Routes = [
  {
    path: '',
    component: DataProtectionShell,
    providers: [DataRequestsStore, BreachesStore],
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'requests' },
      { path: 'requests', title: 'Requests from the women', loadComponent: () => import('./requests/requests-page').then((m) => m.RequestsPage) },
      { path: 'requests/new', title: 'Record a request', loadComponent: () => import('./requests/record-request-page').then((m) => m.RecordRequestPage) },
      { path: 'requests/:requestId', title: 'A request', loadComponent: () => import('./requests/request-page').then((m) => m.RequestPage) },
      { path: 'breaches', title: 'Breach register', loadComponent: () => import('./breaches/breaches-page').then((m) => m.BreachesPage) },
      { path: 'breaches/new', title: 'Record a breach', loadComponent: () => import('./breaches/record-breach-page').then((m) => m.RecordBreachPage) },
      { path: 'retention', title: 'Retention', loadComponent: () => import('./retention/retention-page').then((m) => m.RetentionPage) },
      { path: 'retention/holds', title: 'Legal holds', loadComponent: () => import('./retention/legal-holds-page').then((m) => m.LegalHoldsPage) },
      { path: 'breaches/:breachId', title: 'A breach', loadComponent: () => import('./breaches/breach-page').then((m) => m.BreachPage) },
    ],
  },
];
