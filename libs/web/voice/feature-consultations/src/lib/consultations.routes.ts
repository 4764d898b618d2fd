import type { Route } from '@angular/router';
import { permissionGuard, unsavedChangesGuard } from '@beside/web/core';
import { ConsultationBuilderPage } from './consultation-builder-page';
import { ConsultationResultsPage } from './consultation-results-page';
import { ConsultationTextsPage } from './consultation-texts-page';
import { ConsultationsPage } from './consultations-page';

/** Consultations for staff: the list and results for everyone with consultation:results; writing and free text for managers. */
export const consultationsRoutes: Route[] = [
  { path: '', component: ConsultationsPage, title: 'Consultations' },
  {
    path: 'new',
    component: ConsultationBuilderPage,
    title: 'New consultation',
    canActivate: [permissionGuard('consultation:manage')],
    canDeactivate: [unsavedChangesGuard],
  },
  { path: ':consultationId/results', component: ConsultationResultsPage, title: 'Consultation results' },
  {
    path: ':consultationId/texts',
    component: ConsultationTextsPage,
    title: 'Themes and quotes',
    canActivate: [permissionGuard('consultation:manage')],
    canDeactivate: [unsavedChangesGuard],
  },
  {
    path: ':consultationId',
    component: ConsultationBuilderPage,
    title: 'Consultation',
    canActivate: [permissionGuard('consultation:manage')],
    canDeactivate: [unsavedChangesGuard],
  },
];
