import { inject } from '@angular/core';
import type { CanDeactivateFn } from '@angular/router';
import { SessionStore } from '../session/session.store';
import { UnsavedChanges, type HasUnsavedChanges } from './unsaved-changes';

/**
 * Asks before leaving a page with unsaved changes: those of the routed component (if it implements `HasUnsavedChanges`)
 * or of any form that called `trackUnsavedChanges`. A session that has ended (signed out, timed out) leaves without asking.
 */
export const unsavedChangesGuard: CanDeactivateFn<Partial<HasUnsavedChanges> | null> = (component) => {
  if (!inject(SessionStore).signedIn()) return true;
  const changes = inject(UnsavedChanges);
  const dirty = component?.hasUnsavedChanges?.() === true || changes.any();
  return dirty ? changes.confirmLeave() : true;
};
