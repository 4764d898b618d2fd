import type { Route } from '@angular/router';
import { unsavedChangesGuard } from '@beside/web/core';
import { IntakePage } from './intake-page';

export const intakeRoutes: Route[] = [{ path: '', component: IntakePage, title: 'New referral', canDeactivate: [unsavedChangesGuard] }];
