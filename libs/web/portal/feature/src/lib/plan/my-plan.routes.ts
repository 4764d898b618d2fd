import type { Route } from '@angular/router';
import { MyPlanPage } from './my-plan-page';

// Her pages keep a neutral title (set by the portal layout), never a revealing one.
export const myPlanRoutes: Route[] = [{ path: '', component: MyPlanPage, title: 'My plan' }];
