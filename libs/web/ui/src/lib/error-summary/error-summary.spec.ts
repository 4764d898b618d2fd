import { ComponentFixture, TestBed } from '@angular/core/testing';
import { ErrorSummary, type ErrorSummaryItem } from './error-summary';

describe('ErrorSummary', () => {
  let fixture: ComponentFixture<ErrorSummary>;

  function show(errors: ErrorSummaryItem[]) {
    fixture.componentRef.setInput('errors', errors);
    fixture.detectChanges();
  }

  beforeEach(() => {
    fixture = TestBed.createComponent(ErrorSummary);
    document.body.appendChild(fixture.nativeElement);
  });

  afterEach(() => fixture.nativeElement.remove());

  it('should render nothing when there are no errors', () => {
    show([]);
    expect(fixture.nativeElement.querySelector('.bs-error-summary')).toBeNull();
  });

  it('should list each error, linking to its field, under "There is a problem"', () => {
    show([{ fieldId: 'email', message: 'Enter your email address' }, { message: 'Your email or password is not right.' }]);
    const box: HTMLElement = fixture.nativeElement.querySelector('.bs-error-summary');
    expect(box.getAttribute('role')).toBe('alert');
    expect(box.querySelector('h2')?.textContent).toBe('There is a problem');
    const links = box.querySelectorAll('a');
    expect(links).toHaveLength(1);
    expect(links[0].getAttribute('href')).toBe('#email');
    expect(box.querySelectorAll('li')[1].textContent?.trim()).toBe('Your email or password is not right.');
  });

  it('should take focus when errors arrive', async () => {
    show([{ fieldId: 'email', message: 'Enter your email address' }]);
    await fixture.whenStable();
    expect(document.activeElement).toBe(fixture.nativeElement.querySelector('.bs-error-summary'));
  });

  it('should move focus to the field when an error link is followed, without navigating', () => {
    const input = document.createElement('input');
    input.id = 'email';
    document.body.appendChild(input);
    show([{ fieldId: 'email', message: 'Enter your email address' }]);
    const link: HTMLAnchorElement = fixture.nativeElement.querySelector('a');
    const event = new MouseEvent('click', { bubbles: true, cancelable: true });
    link.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
    expect(document.activeElement).toBe(input);
    input.remove();
  });
});
