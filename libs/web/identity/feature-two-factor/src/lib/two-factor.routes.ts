import type { Route } from '@angular/router';
import { mfaSetUpGuard, stageGuard } from '@beside/web/core';
import { TwoFactorChallengePage } from './two-factor-challenge-page';
import { TwoFactorSetUpPage } from './two-factor-set-up-page';

export const twoFactorRoutes: Route[] = [
  {
    path: '',
    component: TwoFactorChallengePage,
    title: 'Enter your sign-in code',
    canActivate: [stageGuard('mfa_challenge')],
  },
  { path: 'set-up', component: TwoFactorSetUpPage, title: 'Set up two-step sign-in', canActivate: [mfaSetUpGuard] },
];
