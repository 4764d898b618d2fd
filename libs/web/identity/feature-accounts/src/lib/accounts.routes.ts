import type { Route } from '@angular/router';
import { AccountsPage } from './accounts-page';

export const accountsRoutes: Route[] = [{ path: '', component: AccountsPage, title: 'Accounts' }];
