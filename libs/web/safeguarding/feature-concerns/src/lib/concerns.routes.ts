import type { Route } from '@angular/router';
import { ConcernPage } from './concern-page';
import { RegisterPage } from './register-page';

export const concernsRoutes: Route[] = [
  { path: '', component: RegisterPage, title: 'Concerns' },
  { path: ':concernId', component: ConcernPage, title: 'Concern' },
];
