import { DestroyRef, inject, signal, type Signal } from '@angular/core';
import {
  GuardsCheckEnd,
  GuardsCheckStart,
  NavigationCancel,
  NavigationEnd,
  NavigationError,
  NavigationStart,
  Router,
} from '@angular/router';

/** A navigation quicker than this shows no bar: a flash on every fast click would be noise. */
export const ROUTE_LOADING_DELAY_MS = 150;

/**
 * True while moving to another page takes a while (its code or data still on the way). Not while the guards run: one
 * may be waiting for her answer ("Leave without saving?"), which is not loading.
 */
export function routeLoading(delayMs = ROUTE_LOADING_DELAY_MS): Signal<boolean> {
  const loading = signal(false);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stop = (): void => {
    clearTimeout(timer);
    timer = undefined;
    loading.set(false);
  };
  const subscription = inject(Router).events.subscribe((event) => {
    if (event instanceof NavigationStart || event instanceof GuardsCheckEnd) {
      clearTimeout(timer);
      timer = setTimeout(() => loading.set(true), delayMs);
    } else if (event instanceof GuardsCheckStart) {
      stop();
    } else if (event instanceof NavigationEnd || event instanceof NavigationCancel || event instanceof NavigationError) {
      stop();
    }
  });
  inject(DestroyRef).onDestroy(() => {
    subscription.unsubscribe();
    clearTimeout(timer);
  });
  return loading.asReadonly();
}
