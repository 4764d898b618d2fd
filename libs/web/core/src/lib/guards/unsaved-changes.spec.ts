import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import type { ActivatedRouteSnapshot, RouterStateSnapshot } from '@angular/router';
import type { SessionView } from '@beside/shared/contracts';
import { of } from 'rxjs';
import { SessionStore } from '../session/session.store';
import { SIGNED_OUT_SESSION } from '../session/signed-out-session';
import { trackUnsavedChanges, UnsavedChanges } from './unsaved-changes';
import { unsavedChangesGuard } from './unsaved-changes.guard';

const signedIn: SessionView = {
  signedIn: true,
  stage: 'full',
  csrfToken: 'csrf',
  user: { id: 'u1', displayName: 'Someone', role: 'advocate', organisationId: 'o1', mfaEnabled: true },
  idleExpiresAt: null,
  absoluteExpiresAt: null,
  idleTimeoutSeconds: 900,
};

const dirty = signal(false);

@Component({ selector: 'bs-test-form', template: '' })
class TestForm {
  constructor() {
    trackUnsavedChanges(() => dirty());
  }
}

describe('unsavedChangesGuard', () => {
  let answer: boolean | undefined;
  let open: jest.Mock;

  function run(component: { hasUnsavedChanges?: () => boolean } | null = null): Promise<boolean> | boolean {
    const result = TestBed.runInInjectionContext(() =>
      unsavedChangesGuard(component, {} as ActivatedRouteSnapshot, {} as RouterStateSnapshot, {} as RouterStateSnapshot),
    );
    return result as Promise<boolean> | boolean;
  }

  beforeEach(() => {
    dirty.set(false);
    answer = undefined;
    open = jest.fn(() => ({ afterClosed: () => of(answer) }));
    TestBed.configureTestingModule({ providers: [{ provide: MatDialog, useValue: { open } }] });
    TestBed.inject(SessionStore).set(signedIn);
  });

  it('should let a page without changes go without asking', async () => {
    TestBed.createComponent(TestForm);
    expect(await run()).toBe(true);
    expect(open).not.toHaveBeenCalled();
  });

  it('should ask when a tracked form is dirty, and stay when she chooses to stay', async () => {
    TestBed.createComponent(TestForm);
    dirty.set(true);
    answer = false;
    expect(await run()).toBe(false);
    expect(open).toHaveBeenCalledTimes(1);
  });

  it('should leave when she chooses to lose the changes', async () => {
    TestBed.createComponent(TestForm);
    dirty.set(true);
    answer = true;
    expect(await run()).toBe(true);
  });

  it('should treat closing the dialog with Escape as staying', async () => {
    TestBed.createComponent(TestForm);
    dirty.set(true);
    expect(await run()).toBe(false);
  });

  it('should ask for a routed page that says it has unsaved changes', async () => {
    answer = false;
    expect(await run({ hasUnsavedChanges: () => true })).toBe(false);
  });

  it('should stop asking once the form is gone', async () => {
    const fixture = TestBed.createComponent(TestForm);
    dirty.set(true);
    fixture.destroy();
    expect(await run()).toBe(true);
    expect(TestBed.inject(UnsavedChanges).any()).toBe(false);
  });

  it('should not ask when the session has ended (signed out or timed out)', async () => {
    TestBed.createComponent(TestForm);
    dirty.set(true);
    TestBed.inject(SessionStore).set(SIGNED_OUT_SESSION);
    expect(await run()).toBe(true);
    expect(open).not.toHaveBeenCalled();
  });

  it('should warn on closing the tab while dirty, but never hold up quick exit', () => {
    TestBed.createComponent(TestForm);
    dirty.set(true);
    const event = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);

    document.body.setAttribute('hidden', '');
    const exit = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(exit);
    document.body.removeAttribute('hidden');
    expect(exit.defaultPrevented).toBe(false);
  });
});
