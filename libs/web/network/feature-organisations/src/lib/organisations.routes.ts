import type { Route } from '@angular/router';
import { AddOrganisationPage } from './add-organisation-page';
import { OrganisationPage } from './organisation-page';
import { OrganisationsPage } from './organisations-page';

/** The network operator's pages: the member organisations, adding one, and one organisation's page. */
export const organisationsRoutes: Route[] = [
  { path: '', component: OrganisationsPage, title: 'Member organisations' },
  { path: 'new', component: AddOrganisationPage, title: 'Add an organisation' },
  { path: ':organisationId', component: OrganisationPage, title: 'Member organisation' },
];
