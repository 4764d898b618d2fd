import type { Routes } from '@angular/router';

// Her pages keep a neutral title: someone glancing at the tab or the history sees nothing about safety or the service.

/** Her plan for staying safe, her risk assessments and who her information was shared with (/my/staying-safe). */
export const mySafetyRoutes: Routes = [
  { path: '', title: 'My plan', loadComponent: () => import('./plan/my-safety-plan-page').then((m) => m.MySafetyPlanPage) },
  { path: 'assessments', title: 'My plan', loadComponent: () => import('./assessments/my-assessments-page').then((m) => m.MyAssessmentsPage) },
  { path: 'shared', title: 'My plan', loadComponent: () => import('./sharing/my-sharing-page').then((m) => m.MySharingPage) },
];
