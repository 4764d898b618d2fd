import { afterNextRender, type Injector } from '@angular/core';

/** Once the view has rendered what was just opened or closed, moves focus to it (a heading needs tabindex="-1"). */
export function focusSoon(injector: Injector, id: string): void {
  afterNextRender(() => document.getElementById(id)?.focus(), { injector });
}
