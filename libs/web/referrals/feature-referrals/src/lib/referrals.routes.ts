import type { Route } from '@angular/router';
import { unsavedChangesGuard } from '@beside/web/core';
import { IncomingReferralPage } from './inbox/incoming-referral-page';
import { ReferralInboxPage } from './inbox/referral-inbox-page';

export const referralsRoutes: Route[] = [
  { path: '', component: ReferralInboxPage, title: 'Referrals', runGuardsAndResolvers: 'pathParamsOrQueryParamsChange' },
  { path: ':referralId', component: IncomingReferralPage, title: 'Referral', canDeactivate: [unsavedChangesGuard] },
];
