import type { Route } from '@angular/router';
import { signedOutGuard } from '@beside/web/core';
import { SignInPage } from './sign-in-page';

export const signInRoutes: Route[] = [
  { path: '', component: SignInPage, title: 'Sign in', canActivate: [signedOutGuard] },
];
