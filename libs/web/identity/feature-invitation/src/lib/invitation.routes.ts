import type { Route } from '@angular/router';
import { InvitationPage } from './invitation-page';

export const invitationRoutes: Route[] = [{ path: '', component: InvitationPage, title: 'Set up your account' }];
