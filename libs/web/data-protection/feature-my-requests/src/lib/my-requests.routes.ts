import type { Routes } from '@angular/router';

// A neutral title: someone glancing at the tab or the history sees nothing about what she asked.

/** Her requests about her information (/my/requests). */
export const myRequestsRoutes: Routes = [
  { path: '', title: 'My information', loadComponent: () => import('./my-requests-page').then((m) => m.MyRequestsPage) },
];
