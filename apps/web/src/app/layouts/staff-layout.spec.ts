import { BreakpointObserver, type BreakpointState } from '@angular/cdk/layout';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { SessionStore } from '@beside/web/core';
import { BehaviorSubject, map } from 'rxjs';
import { StaffLayout } from './staff-layout';

@Component({ template: '<h1>Page</h1>' })
class Blank {}

describe('StaffLayout', () => {
  let fixture: ComponentFixture<StaffLayout>;
  let backend: HttpTestingController;
  const narrow = new BehaviorSubject(true);
  const el = (): HTMLElement => fixture.nativeElement;
  const menuButton = (): HTMLButtonElement | null =>
    [...el().querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Menu') ?? null;
  const nav = (): HTMLElement => el().querySelector('nav[aria-label="Main"]') as HTMLElement;
  const render = async () => {
    fixture.detectChanges();
    await fixture.whenStable();
    fixture.detectChanges();
  };

  beforeEach(async () => {
    narrow.next(true);
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'caseload', component: Blank },
          { path: 'concerns', component: Blank },
        ]),
        { provide: SessionStore, useValue: { can: () => true } },
        {
          provide: BreakpointObserver,
          useValue: { observe: () => narrow.pipe(map((matches): BreakpointState => ({ matches, breakpoints: {} }))) },
        },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    await TestBed.inject(Router).navigateByUrl('/caseload');
    fixture = TestBed.createComponent(StaffLayout);
    document.body.appendChild(el());
    await render();
  });

  afterEach(() => {
    backend.match(() => true); // the bell's own requests are tested with the bell
    el().remove();
    fixture.destroy();
  });

  it('should keep the links behind a closed Menu button on a narrow screen, with the bell beside it', () => {
    const button = menuButton();
    expect(button?.getAttribute('aria-expanded')).toBe('false');
    expect(button?.getAttribute('aria-controls')).toBe(nav().id);
    expect(nav().hidden).toBe(true);
    expect(el().querySelector('bs-notifications-bell')?.closest('nav')).toBeNull();
  });

  it('should open the same links, mark the current page, and close on Escape with focus back on the button', async () => {
    menuButton()?.click();
    await render();
    expect(menuButton()?.getAttribute('aria-expanded')).toBe('true');
    expect(nav().hidden).toBe(false);
    const links = [...nav().querySelectorAll('a')].map((a) => a.textContent?.trim());
    expect(links).toEqual(['Caseload', 'Calendar', 'Concerns', 'Referrals', 'Dashboard', 'Allocation', 'Reports', 'Consultations', 'Panel', 'Member organisations', 'Accounts', 'Approvals', 'Messages not delivered', 'Audit', 'Account']);
    expect(nav().querySelector('a[aria-current="page"]')?.textContent?.trim()).toBe('Caseload');

    const concerns = [...nav().querySelectorAll('a')].find((a) => a.textContent?.trim() === 'Concerns') as HTMLAnchorElement;
    concerns.focus();
    concerns.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await render();
    expect(menuButton()?.getAttribute('aria-expanded')).toBe('false');
    expect(nav().hidden).toBe(true);
    expect(document.activeElement).toBe(menuButton());
  });

  it('should close the menu once a page is chosen', async () => {
    menuButton()?.click();
    await render();
    await TestBed.inject(Router).navigateByUrl('/concerns');
    await render();
    expect(menuButton()?.getAttribute('aria-expanded')).toBe('false');
  });

  it('should show the toolbar as it was, with no Menu button, on a wide screen', async () => {
    narrow.next(false);
    await render();
    expect(menuButton()).toBeNull();
    expect(nav().hidden).toBe(false);
    expect(nav().querySelector('bs-notifications-bell')).not.toBeNull();
    expect([...nav().querySelectorAll('a')].map((a) => a.textContent?.trim())).toContain('Audit');
  });
});
