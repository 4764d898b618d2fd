import type { Route } from '@angular/router';
import { ReportPage } from './report-page';

export const reportsRoutes: Route[] = [{ path: '', component: ReportPage, title: 'Monthly report' }];
