import type { Route } from '@angular/router';
import { NetworkFiguresPage } from './network-figures-page';
import { PoolSettingPage } from './pool-setting-page';

/** The pooled figures, for managers of member organisations and the network operator. */
export const networkFiguresRoutes: Route[] = [{ path: '', component: NetworkFiguresPage, title: 'Network figures' }];

/** An organisation's admin: whether its figures join the pool. */
export const poolSettingRoutes: Route[] = [{ path: '', component: PoolSettingPage, title: 'Network figures: sharing yours' }];
