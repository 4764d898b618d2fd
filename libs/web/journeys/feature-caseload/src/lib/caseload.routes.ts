import type { Route } from '@angular/router';
import { CaseloadPage } from './caseload-page';

export const caseloadRoutes: Route[] = [{ path: '', component: CaseloadPage, title: 'Caseload' }];
