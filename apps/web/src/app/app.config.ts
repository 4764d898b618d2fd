import { provideHttpClient, withFetch, withInterceptors } from '@angular/common/http';
import {
  ApplicationConfig,
  provideBrowserGlobalErrorListeners,
  provideZonelessChangeDetection,
} from '@angular/core';
import { MAT_FORM_FIELD_DEFAULT_OPTIONS, type MatFormFieldDefaultOptions } from '@angular/material/form-field';
import { provideRouter, TitleStrategy, withComponentInputBinding, withInMemoryScrolling } from '@angular/router';
import { csrfInterceptor, sessionActivityInterceptor } from '@beside/web/core';
import { appRoutes } from './app.routes';
import { BesideTitleStrategy } from './shell/beside-title-strategy';

// Labels always sit above the input, so they stay visible while typing.
const FORM_FIELD_DEFAULTS: MatFormFieldDefaultOptions = {
  appearance: 'outline',
  floatLabel: 'always',
  // We do not mark fields as required; we say which are optional (GOV.UK pattern).
  hideRequiredMarker: true,
  subscriptSizing: 'dynamic',
};

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    provideRouter(appRoutes, withComponentInputBinding(), withInMemoryScrolling({ scrollPositionRestoration: 'top' })),
    provideHttpClient(withFetch(), withInterceptors([csrfInterceptor, sessionActivityInterceptor])),
    { provide: TitleStrategy, useClass: BesideTitleStrategy },
    { provide: MAT_FORM_FIELD_DEFAULT_OPTIONS, useValue: FORM_FIELD_DEFAULTS },
  ],
};
