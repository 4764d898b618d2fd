import type { Route } from '@angular/router';
import { PasswordResetCompletePage } from './password-reset-complete-page';
import { PasswordResetRequestPage } from './password-reset-request-page';

export const passwordResetRoutes: Route[] = [
  { path: '', component: PasswordResetRequestPage, title: 'Reset your password' },
  { path: 'complete', component: PasswordResetCompletePage, title: 'Choose a new password' },
];
