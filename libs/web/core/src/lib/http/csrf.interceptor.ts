import type { HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { SessionStore } from '../session/session.store';
import { isApiRequest } from './is-api-request';

const SAFE_METHODS = ['GET', 'HEAD', 'OPTIONS'];

/** Sends the session cookie with every API call and the CSRF token with every one that changes something. */
export const csrfInterceptor: HttpInterceptorFn = (req, next) => {
  if (!isApiRequest(req.url)) return next(req);
  const token = inject(SessionStore).csrfToken();
  const needsToken = !SAFE_METHODS.includes(req.method.toUpperCase()) && !!token;
  return next(
    req.clone({
      withCredentials: true,
      setHeaders: needsToken ? { 'X-CSRF-Token': token } : {},
    }),
  );
};
