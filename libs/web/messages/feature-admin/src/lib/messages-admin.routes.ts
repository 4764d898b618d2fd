import { inject } from '@angular/core';
import { type CanActivateFn, Router, type Route } from '@angular/router';
import { DevelopmentInbox } from '@beside/web/messages/data-access';
import { SentMessagesPage } from './sent-messages-page';
import { UndeliveredPage } from './undelivered-page';

/** The Sent messages page exists only where a development inbox catches messages; elsewhere it leads to what was not delivered. */
export const developmentInboxGuard: CanActivateFn = async () => {
  const router = inject(Router);
  return (await inject(DevelopmentInbox).present()) || router.parseUrl('/messages/undelivered');
};

export const undeliveredRoutes: Route[] = [{ path: '', component: UndeliveredPage, title: 'Messages not delivered' }];

export const sentMessagesRoutes: Route[] = [
  { path: '', component: SentMessagesPage, canActivate: [developmentInboxGuard], title: 'Sent messages (development)' },
];
