import type { Route } from '@angular/router';
import { unsavedChangesGuard } from '@beside/web/core';
import { CampaignPage } from './campaign-page';
import { CampaignsPage } from './campaigns-page';
import { NewCampaignPage } from './new-campaign-page';

/** Campaigns that follow the panel's findings: the list, starting one, and one campaign's page. */
export const campaignsRoutes: Route[] = [
  { path: '', component: CampaignsPage, title: 'Campaigns' },
  { path: 'new', component: NewCampaignPage, title: 'Start a campaign', canDeactivate: [unsavedChangesGuard] },
  { path: ':campaignId', component: CampaignPage, title: 'Campaign' },
];
