import type { Route } from '@angular/router';
import { unsavedChangesGuard } from '@beside/web/core';
import { JourneyPage } from './journey-page';

export const journeyRoutes: Route[] = [
  {
    path: '',
    component: JourneyPage,
    title: 'Journey',
    // Moving to another tab changes only ?tab=: the guard still asks before a half-written note or step is lost.
    runGuardsAndResolvers: 'pathParamsOrQueryParamsChange',
    canDeactivate: [unsavedChangesGuard],
  },
];
