import { DOCUMENT } from '@angular/common';
import { DestroyRef, inject, Injectable, Injector } from '@angular/core';
import { firstValueFrom } from 'rxjs';

/** A routed page that can say whether leaving it would lose what was typed. */
export interface HasUnsavedChanges {
  hasUnsavedChanges(): boolean;
}

/**
 * The forms on screen that hold unsaved changes. A form joins with `trackUnsavedChanges(() => dirty)`; leaving the page
 * by the app's own links asks first (`unsavedChangesGuard`), and closing or reloading the tab gets the browser's own
 * warning while any form is dirty.
 */
@Injectable({ providedIn: 'root' })
export class UnsavedChanges {
  private readonly forms = new Set<() => boolean>();
  // The dialog's code loads only when the question is asked: the guard sits on routes in the first download.
  private readonly injector = inject(Injector);
  private readonly document = inject(DOCUMENT);
  private released = false;
  private asking: Promise<boolean> | null = null;
  private readonly onBeforeUnload = (event: BeforeUnloadEvent): void => {
    // Quick exit hides the page before it leaves: it must never be held up by a question.
    if (this.released || this.document.body?.hasAttribute('hidden') || !this.any()) return;
    event.preventDefault();
    event.returnValue = '';
  };

  /** Starts watching a form; the returned function stops. */
  track(isDirty: () => boolean): () => void {
    if (this.forms.size === 0) this.document.defaultView?.addEventListener('beforeunload', this.onBeforeUnload);
    this.forms.add(isDirty);
    this.released = false;
    return () => {
      this.forms.delete(isDirty);
      if (this.forms.size === 0) this.document.defaultView?.removeEventListener('beforeunload', this.onBeforeUnload);
    };
  }

  /** True while any form on screen holds something not yet saved. */
  any(): boolean {
    for (const isDirty of this.forms) if (isDirty()) return true;
    return false;
  }

  /** Leave without asking (quick exit, signing out): what was typed is let go on purpose. */
  release(): void {
    this.released = true;
  }

  /** Asks, in the app's own dialog, whether to leave and lose the changes. One question at a time. */
  confirmLeave(): Promise<boolean> {
    this.asking ??= this.ask().finally(() => (this.asking = null));
    return this.asking;
  }

  private async ask(): Promise<boolean> {
    const [{ MatDialog }, { UnsavedChangesDialog }] = await Promise.all([import('@angular/material/dialog'), import('./unsaved-changes-dialog')]);
    const ref = this.injector
      .get(MatDialog)
      .open<InstanceType<typeof UnsavedChangesDialog>, void, boolean>(UnsavedChangesDialog, { autoFocus: 'first-tabbable', restoreFocus: true, maxWidth: '32rem' });
    return (await firstValueFrom(ref.afterClosed())) === true;
  }
}

/** Call from a form's constructor (or field initialiser): the page asks before leaving while `isDirty()` is true. */
export function trackUnsavedChanges(isDirty: () => boolean): void {
  const untrack = inject(UnsavedChanges).track(isDirty);
  inject(DestroyRef).onDestroy(untrack);
}
