import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { CharCount } from './char-count';

@Component({
  imports: [CharCount],
  template: `<bs-char-count [value]="value()" [max]="100" />`,
})
class Host {
  readonly value = signal('');
}

describe('CharCount', () => {
  function render(value: string): HTMLElement {
    const fixture = TestBed.createComponent(Host);
    fixture.componentInstance.value.set(value);
    fixture.detectChanges();
    return fixture.nativeElement.querySelector('bs-char-count');
  }

  const visibleText = (el: HTMLElement) =>
    Array.from(el.querySelectorAll('span'))
      .filter((s) => !s.hidden)
      .map((s) => s.textContent?.trim())
      .join(' ')
      .trim();

  it('should say the limit up front when the field is far from it', () => {
    const el = render('short');
    expect(visibleText(el)).toBe('Up to 100 characters.');
    expect(el.querySelector('[aria-live]')?.textContent).toBe('');
  });

  it('should count what is left once she is near the limit, in a polite live region', () => {
    const el = render('x'.repeat(85));
    expect(visibleText(el)).toBe('You have 15 characters left.');
    expect(el.querySelector('[aria-live="polite"]')?.textContent).toBe('You have 15 characters left.');
  });

  it('should say one character in the singular', () => {
    expect(visibleText(render('x'.repeat(99)))).toBe('You have 1 character left.');
  });

  it('should say how many too many, marked as an error, when over the limit', () => {
    const el = render('x'.repeat(103));
    expect(visibleText(el)).toBe('You have 3 characters too many.');
    expect(el.classList).toContain('bs-char-count--over');
  });

  it('should format large limits with separators', () => {
    const fixture = TestBed.createComponent(CharCount);
    fixture.componentRef.setInput('max', 10000);
    fixture.componentRef.setInput('value', 'abc');
    fixture.detectChanges();
    expect(fixture.nativeElement.textContent).toContain('Up to 10,000 characters.');
  });
});
