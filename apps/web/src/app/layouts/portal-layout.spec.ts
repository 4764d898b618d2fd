import { Component } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { SessionStore } from '@beside/web/core';
import { SignOut } from '@beside/web/identity/data-access';
import { QUICK_EXIT_LOCATION, STEP_BACK_WITHIN_MS } from '@beside/web/ui';
import { PortalLayout } from './portal-layout';

@Component({ template: '<h1>Page</h1>' })
class Blank {}

describe('PortalLayout', () => {
  let fixture: ComponentFixture<PortalLayout>;
  let replace: jest.Mock;
  const el = (): HTMLElement => fixture.nativeElement;
  const menuButton = (): HTMLButtonElement =>
    [...el().querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Menu') as HTMLButtonElement;
  const nav = (): HTMLElement => el().querySelector('nav[aria-label="Main"]') as HTMLElement;
  const escape = () => document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
  const render = async () => {
    fixture.detectChanges();
    await fixture.whenStable();
    fixture.detectChanges();
  };

  beforeEach(async () => {
    replace = jest.fn();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: 'my', component: Blank },
          { path: 'my/concerns', component: Blank },
        ]),
        { provide: SignOut, useValue: { here: jest.fn() } },
        { provide: QUICK_EXIT_LOCATION, useValue: { replace } },
      ],
    });
    fixture = TestBed.createComponent(PortalLayout);
    await TestBed.inject(Router).navigateByUrl('/my');
    await render();
  });

  afterEach(() => {
    document.body.removeAttribute('hidden');
    jest.restoreAllMocks();
    delete (window as { fetch?: unknown }).fetch;
  });

  it('should put the quick exit first and her pages behind one Menu button that controls the navigation', () => {
    const buttons = [...el().querySelectorAll('header button')].map((b) => b.textContent?.trim());
    expect(buttons.slice(0, 2)).toEqual(['Leave this site', 'Menu']);
    expect(menuButton().getAttribute('aria-controls')).toBe(nav().id);
    expect(menuButton().getAttribute('aria-expanded')).toBe('false');
    expect(nav().classList).not.toContain('bs-portal-nav--open');
  });

  it('should open and close the menu with its button', async () => {
    menuButton().click();
    await render();
    expect(menuButton().getAttribute('aria-expanded')).toBe('true');
    expect(nav().classList).toContain('bs-portal-nav--open');
    menuButton().click();
    await render();
    expect(menuButton().getAttribute('aria-expanded')).toBe('false');
  });

  it('should mark the page she is on as current', () => {
    const current = el().querySelector('nav a[aria-current="page"]');
    expect(current?.textContent?.trim()).toBe('Your plan');
  });

  it('should close on Escape and put focus back on the Menu button', async () => {
    menuButton().click();
    await render();
    nav().querySelector('a')?.focus();
    escape();
    await render();
    expect(menuButton().getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(menuButton());
  });

  it('should still leave on Escape twice while the menu is open', async () => {
    menuButton().click();
    await render();
    escape();
    escape();
    expect(replace).toHaveBeenCalledWith('https://www.bbc.co.uk/weather');
  });

  it('should close after she goes to another page', async () => {
    menuButton().click();
    await render();
    await TestBed.inject(Router).navigateByUrl('/my/concerns');
    await render();
    expect(menuButton().getAttribute('aria-expanded')).toBe('false');
    expect(el().querySelector('nav a[aria-current="page"]')?.textContent?.trim()).toBe('Concerns');
  });

  describe('quick exit', () => {
    let fetch: jest.Mock;
    const leave = () => ([...el().querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Leave this site') as HTMLButtonElement).click();

    beforeEach(() => {
      fetch = jest.fn(() => Promise.resolve({ status: 204 }));
      (window as { fetch?: unknown }).fetch = fetch;
      TestBed.inject(SessionStore).set({
        signedIn: true,
        stage: 'full',
        csrfToken: 'her-csrf-token',
        user: { id: 'u1', displayName: 'Nia', role: 'service_user', organisationId: 'o1', mfaEnabled: false },
        idleExpiresAt: null,
        absoluteExpiresAt: null,
        idleTimeoutSeconds: 900,
      });
    });

    it('should sign her out on the server without waiting (a request that outlives the page) and forget the session here', () => {
      sessionStorage.setItem('left-behind', 'x');
      localStorage.setItem('left-behind', 'x');
      leave();
      expect(fetch).toHaveBeenCalledWith(
        '/api/auth/sign-out',
        expect.objectContaining({ method: 'POST', keepalive: true, credentials: 'same-origin', headers: expect.objectContaining({ 'X-CSRF-Token': 'her-csrf-token' }) }),
      );
      expect(TestBed.inject(SessionStore).signedIn()).toBe(false);
      expect(sessionStorage.getItem('left-behind')).toBeNull();
      expect(localStorage.getItem('left-behind')).toBeNull();
      expect(replace).toHaveBeenCalledWith('https://www.bbc.co.uk/weather');
    });

    it('should step back over the pages of hers this page added, then replace the first with the neutral site', async () => {
      await TestBed.inject(Router).navigateByUrl('/my/concerns');
      await TestBed.inject(Router).navigateByUrl('/my');
      await render();
      const go = jest.spyOn(window.history, 'go').mockImplementation(() => window.dispatchEvent(new PopStateEvent('popstate')));
      leave();
      expect(go).toHaveBeenCalledWith(-2);
      expect(replace).toHaveBeenCalledTimes(1);
      expect(replace).toHaveBeenCalledWith('https://www.bbc.co.uk/weather');
    });

    it('should leave even when the browser does not step back', async () => {
      jest.useFakeTimers({ doNotFake: ['queueMicrotask', 'nextTick'] });
      try {
        await TestBed.inject(Router).navigateByUrl('/my/concerns');
        jest.spyOn(window.history, 'go').mockImplementation(() => undefined);
        leave();
        expect(replace).not.toHaveBeenCalled();
        jest.advanceTimersByTime(STEP_BACK_WITHIN_MS + 1);
        expect(replace).toHaveBeenCalledTimes(1);
      } finally {
        jest.useRealTimers();
      }
    });
  });
});
