import { afterNextRender, effect, type ElementRef, inject, Injector, type Signal } from '@angular/core';

/** Moves focus to `target` whenever `when` gives a new message, so the words are read and seen where they appear. */
export function focusWhen(when: Signal<string | null>, target: Signal<ElementRef<HTMLElement> | undefined>): void {
  const injector = inject(Injector);
  effect(() => {
    if (when()) afterNextRender(() => target()?.nativeElement.focus(), { injector });
  });
}
