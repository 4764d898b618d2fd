import type { Route } from '@angular/router';
import { AccountsPage } from './accounts-page';
import { RoleApprovalsPage } from './role-approvals-page';

export const accountsRoutes: Route[] = [{ path: '', component: AccountsPage, title: 'Accounts' }];

/** Managers: /accounts/approvals (guarded by account:approve-role in the app's routes). */
export const roleApprovalRoutes: Route[] = [{ path: '', component: RoleApprovalsPage, title: 'Manager approvals' }];
