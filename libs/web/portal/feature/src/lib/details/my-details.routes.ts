import type { Route } from '@angular/router';
import { MyDetailsPage } from './my-details-page';

export const myDetailsRoutes: Route[] = [{ path: '', component: MyDetailsPage, title: 'My details' }];
