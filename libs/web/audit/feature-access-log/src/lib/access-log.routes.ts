import type { Route } from '@angular/router';
import { AccessLogPage } from './access-log-page';

// Her pages keep a neutral title (set by the portal layout), never a revealing one.
export const accessLogRoutes: Route[] = [{ path: '', component: AccessLogPage, title: 'My plan' }];
