import { provideHttpClient, withFetch, withInterceptors } from '@angular/common/http';
import {
  ApplicationConfig,
  provideBrowserGlobalErrorListeners,
  provideZonelessChangeDetection,
} from '@angular/core';
import { provideRouter, TitleStrategy, withComponentInputBinding, withInMemoryScrolling } from '@angular/router';
import { csrfInterceptor, sessionActivityInterceptor } from '@beside/web/core';
import { appRoutes } from './app.routes';
import { BesideTitleStrategy } from './shell/beside-title-strategy';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    provideRouter(appRoutes, withComponentInputBinding(), withInMemoryScrolling({ scrollPositionRestoration: 'top' })),
    provideHttpClient(withFetch(), withInterceptors([csrfInterceptor, sessionActivityInterceptor])),
    { provide: TitleStrategy, useClass: BesideTitleStrategy },
  ],
};
