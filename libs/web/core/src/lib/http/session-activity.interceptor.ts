import { HttpErrorResponse, HttpResponse, type HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { tap } from 'rxjs';
import { SessionStore } from '../session/session.store';
import { FlashNotice } from '../navigation/flash-notice';
import { isApiRequest } from './is-api-request';

/**
 * Keeps the client's idea of the session in step with the server: a successful call renews the
 * idle timer; a 401 from outside /api/auth means the session has ended, so go back to sign-in.
 */
export const sessionActivityInterceptor: HttpInterceptorFn = (req, next) => {
  if (!isApiRequest(req.url) || req.url.includes('/api/auth/')) return next(req);
  const session = inject(SessionStore);
  const router = inject(Router);
  const flash = inject(FlashNotice);
  return next(req).pipe(
    tap({
      next: (event) => {
        if (event instanceof HttpResponse) session.touch();
      },
      error: (error: unknown) => {
        if (error instanceof HttpErrorResponse && error.status === 401 && session.signedIn()) {
          session.clear();
          flash.set('Your session has ended. Sign in again to carry on.');
          void router.navigateByUrl('/sign-in');
        }
      },
    }),
  );
};
