import type { Route } from '@angular/router';
import { unsavedChangesGuard } from '@beside/web/core';
import { FindingPage } from './finding-page';
import { FindingsPage } from './findings-page';
import { PanelSettingsPage } from './panel-settings-page';
import { PrioritiesPage } from './priorities-page';
import { ProposeFindingPage } from './propose-finding-page';

/** The lived-experience panel: its findings, proposing one, one finding, the order of priorities, and how it votes. */
export const panelRoutes: Route[] = [
  { path: '', component: FindingsPage, title: 'Findings' },
  { path: 'findings/new', component: ProposeFindingPage, title: 'Propose a finding', canDeactivate: [unsavedChangesGuard] },
  { path: 'findings/:findingId', component: FindingPage, title: 'Finding' },
  { path: 'priorities', component: PrioritiesPage, title: 'The panel’s priorities' },
  { path: 'settings', component: PanelSettingsPage, title: 'How the panel votes' },
];
