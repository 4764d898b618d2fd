import type { Route } from '@angular/router';
import { AllocationPage } from './allocation-page';

export const allocationRoutes: Route[] = [{ path: '', component: AllocationPage, title: 'Allocation' }];
