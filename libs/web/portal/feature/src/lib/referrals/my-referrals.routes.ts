import type { Route } from '@angular/router';
import { MyReferralsPage } from './my-referrals-page';

// A neutral title: someone glancing at the tab or history sees nothing about a referral.
export const myReferralsRoutes: Route[] = [{ path: '', component: MyReferralsPage, title: 'My plan' }];
