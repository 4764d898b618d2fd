import type { Route } from '@angular/router';
import { IntakePage } from './intake-page';

export const intakeRoutes: Route[] = [{ path: '', component: IntakePage, title: 'New referral' }];
