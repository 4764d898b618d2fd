import { TestBed } from '@angular/core/testing';
import { DOUBLE_ESCAPE_WINDOW_MS, QUICK_EXIT_LOCATION, QuickExit } from './quick-exit';
import { QuickExitButton } from './quick-exit-button';

describe('QuickExit', () => {
  let replace: jest.Mock;
  let sut: QuickExit;

  beforeEach(() => {
    replace = jest.fn();
    TestBed.configureTestingModule({ providers: [{ provide: QUICK_EXIT_LOCATION, useValue: { replace } }] });
    sut = TestBed.inject(QuickExit);
  });

  afterEach(() => document.body.removeAttribute('hidden'));

  it('should replace the page with the neutral site, so Back does not return here', () => {
    sut.leave();
    expect(replace).toHaveBeenCalledWith('https://www.bbc.co.uk/weather');
    expect(document.body.hasAttribute('hidden')).toBe(true);
  });

  it('should leave when Escape is pressed twice in quick succession', () => {
    sut.onKeydown({ key: 'Escape' }, 1000);
    sut.onKeydown({ key: 'Escape' }, 1400);
    expect(replace).toHaveBeenCalledTimes(1);
  });

  it('should not leave on a single Escape (which also closes dialogs)', () => {
    sut.onKeydown({ key: 'Escape' }, 1000);
    expect(replace).not.toHaveBeenCalled();
  });

  it('should not leave when the two presses are far apart', () => {
    sut.onKeydown({ key: 'Escape' }, 1000);
    sut.onKeydown({ key: 'Escape' }, 1000 + DOUBLE_ESCAPE_WINDOW_MS + 1);
    expect(replace).not.toHaveBeenCalled();
  });

  it('should run what the page prepared, even when one part fails, and clear the storage, before leaving', () => {
    const order: string[] = [];
    sut.beforeLeaving(() => {
      order.push('first');
      throw new Error('unreachable server');
    });
    sut.beforeLeaving(() => order.push('second'));
    replace.mockImplementation(() => order.push('replace'));
    sessionStorage.setItem('hers', 'x');
    localStorage.setItem('hers', 'x');
    sut.leave();
    expect(order).toEqual(['first', 'second', 'replace']);
    expect([sessionStorage.length, localStorage.length]).toEqual([0, 0]);
  });

  it('should leave again if the browser shows the page from its back/forward cache', () => {
    sut.leave();
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    expect(replace).toHaveBeenCalledTimes(2);
  });

  it('should leave once however often it is asked', () => {
    sut.leave();
    sut.leave();
    expect(replace).toHaveBeenCalledTimes(1);
  });

  it('should not leave when another key comes between the presses', () => {
    sut.onKeydown({ key: 'Escape' }, 1000);
    sut.onKeydown({ key: 'a' }, 1100);
    sut.onKeydown({ key: 'Escape' }, 1200);
    expect(replace).not.toHaveBeenCalled();
  });
});

describe('QuickExitButton', () => {
  let replace: jest.Mock;

  beforeEach(() => {
    replace = jest.fn();
    TestBed.configureTestingModule({ providers: [{ provide: QUICK_EXIT_LOCATION, useValue: { replace } }] });
  });

  afterEach(() => document.body.removeAttribute('hidden'));

  it('should leave when the button is pressed', () => {
    const fixture = TestBed.createComponent(QuickExitButton);
    fixture.detectChanges();
    const button: HTMLButtonElement = fixture.nativeElement.querySelector('button');
    expect(button.textContent?.trim()).toBe('Leave this site');
    button.click();
    expect(replace).toHaveBeenCalledWith('https://www.bbc.co.uk/weather');
  });

  it('should leave on Escape twice anywhere in the document while it is shown', () => {
    const fixture = TestBed.createComponent(QuickExitButton);
    fixture.detectChanges();
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(replace).toHaveBeenCalledTimes(1);
  });
});
