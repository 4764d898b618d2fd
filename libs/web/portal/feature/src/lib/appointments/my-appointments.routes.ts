import type { Route } from '@angular/router';
import { MyAppointmentsPage } from './my-appointments-page';

export const myAppointmentsRoutes: Route[] = [{ path: '', component: MyAppointmentsPage, title: 'My appointments' }];
