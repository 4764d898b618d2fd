import type { Route } from '@angular/router';
import { AccountPage } from './account-page';

export const accountRoutes: Route[] = [{ path: '', component: AccountPage, title: 'Your account' }];
