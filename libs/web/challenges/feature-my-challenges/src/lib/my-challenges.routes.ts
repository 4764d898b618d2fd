import type { Routes } from '@angular/router';
import { MyChallengesStore, MyDocumentsStore } from '@beside/web/challenges/data-access';

// Her pages keep neutral titles: someone glancing at the tab or the history sees nothing about a complaint.

/** Her challenges, letters and documents (/my/challenges). The pages share one store, so a letter opens at once. */
export const myChallengesRoutes: Routes = [
  {
    path: '',
    providers: [MyChallengesStore, MyDocumentsStore],
    children: [
      { path: '', title: 'My plan', loadComponent: () => import('./challenges/my-challenges-page').then((m) => m.MyChallengesPage) },
      { path: 'letters/:letterId', title: 'My plan', loadComponent: () => import('./letters/my-letter-page').then((m) => m.MyLetterPage) },
    ],
  },
];

/** Her statement for professionals (/my/about-me). */
export const myStatementRoutes: Routes = [
  { path: '', title: 'My details', loadComponent: () => import('./statement/my-statement-page').then((m) => m.MyStatementPage) },
];
