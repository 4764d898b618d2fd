import type { Route } from '@angular/router';
import { MyConcernsPage } from './my-concerns-page';

// A neutral title: someone glancing at the tab or history sees nothing about a concern.
export const myConcernsRoutes: Route[] = [{ path: '', component: MyConcernsPage, title: 'My plan' }];
