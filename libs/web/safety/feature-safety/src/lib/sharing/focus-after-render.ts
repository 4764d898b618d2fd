import { afterNextRender, type Injector } from '@angular/core';

/**
 * Moves focus to the element with `id` once the next render has put it on the page: a form that replaced the button
 * that opened it, a heading after the part the focus was in went away.
 */
export function focusAfterRender(injector: Injector, id: string): void {
  afterNextRender(
    () => {
      const element = document.getElementById(id);
      if (!element) return;
      if (!element.hasAttribute('tabindex') && !/^(A|BUTTON|INPUT|SELECT|TEXTAREA)$/.test(element.tagName)) element.setAttribute('tabindex', '-1');
      element.focus();
      element.scrollIntoView?.({ block: 'start' });
    },
    { injector },
  );
}
