import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { routeLoading } from './route-loading';

@Component({ selector: 'bs-test-page', template: '' })
class TestPage {}

describe('routeLoading', () => {
  beforeEach(() => {
    jest.useFakeTimers();
  });
  afterEach(() => {
    jest.useRealTimers();
  });

  it('should not show while a guard waits for her answer', async () => {
    let answer!: (leave: boolean) => void;
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: 'form', component: TestPage, canDeactivate: [() => new Promise<boolean>((resolve) => (answer = resolve))] },
          { path: 'elsewhere', component: TestPage },
        ]),
      ],
    });
    const router = TestBed.inject(Router);
    const loading = TestBed.runInInjectionContext(() => routeLoading(150));
    const first = router.navigateByUrl('/form');
    await jest.advanceTimersByTimeAsync(10);
    await first;
    const leaving = router.navigateByUrl('/elsewhere');
    await jest.advanceTimersByTimeAsync(1000);
    expect(loading()).toBe(false);
    answer(false);
    await jest.advanceTimersByTimeAsync(10);
    expect(await leaving).toBe(false);
    expect(loading()).toBe(false);
  });

  it('should show only for a navigation that takes longer than a moment, and hide when it ends', async () => {
    let release!: () => void;
    const slow = new Promise<typeof TestPage>((resolve) => (release = () => resolve(TestPage)));
    TestBed.configureTestingModule({
      providers: [provideRouter([{ path: 'slow', loadComponent: () => slow }, { path: 'quick', component: TestPage }])],
    });
    const router = TestBed.inject(Router);
    const loading = TestBed.runInInjectionContext(() => routeLoading(150));

    const quick = router.navigateByUrl('/quick');
    await jest.advanceTimersByTimeAsync(10);
    await quick;
    await jest.advanceTimersByTimeAsync(300);
    expect(loading()).toBe(false);

    const navigation = router.navigateByUrl('/slow');
    await jest.advanceTimersByTimeAsync(100);
    expect(loading()).toBe(false);
    await jest.advanceTimersByTimeAsync(100);
    expect(loading()).toBe(true);
    release();
    await jest.advanceTimersByTimeAsync(10);
    await navigation;
    expect(loading()).toBe(false);
  });
});
