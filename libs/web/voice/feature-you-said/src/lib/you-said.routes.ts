import type { Route } from '@angular/router';
import { YouSaidPage } from './you-said-page';

export const publicYouSaidRoutes: Route[] = [{ path: '', component: YouSaidPage, title: 'You said, we did' }];
export const myYouSaidRoutes: Route[] = [{ path: '', component: YouSaidPage, title: 'You said, we did' }];
