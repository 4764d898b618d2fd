import { Component } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { SignOut } from '@beside/web/identity/data-access';
import { QUICK_EXIT_LOCATION } from '@beside/web/ui';
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

  afterEach(() => document.body.removeAttribute('hidden'));

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
});
