import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { LetterText } from './letter-text';

@Component({ imports: [LetterText], template: '<bs-letter-text [body]="body" [under]="1" />' })
class Host {
  body = '## Complaint\n\nDear **Manager**,\n\n<script>alert(1)</script>\n\n- first\n- second';
}

describe('LetterText', () => {
  it('should show the letter as headings, paragraphs and lists, with markup from its words shown as text', async () => {
    const fixture = TestBed.createComponent(Host);
    fixture.detectChanges();
    await fixture.whenStable();
    const el: HTMLElement = fixture.nativeElement;
    const heading = el.querySelector('[role="heading"]');
    expect(heading?.textContent?.trim()).toBe('Complaint');
    expect(heading?.getAttribute('aria-level')).toBe('2');
    expect(el.querySelector('strong')?.textContent).toBe('Manager');
    expect(el.querySelectorAll('li')).toHaveLength(2);
    expect(el.querySelector('script')).toBeNull();
    expect(el.textContent).toContain('<script>alert(1)</script>');
  });
});
