import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { ConcernSummary } from '@beside/shared/contracts';
import { concernSummary } from '@beside/web/core/testing';
import { RegisterCards } from './register-cards';

const RAISED = concernSummary({ overdue: true });

const text = (node: Element | null): string => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** A card as its heading line and its labelled facts. */
function facts(card: Element): Record<string, string> {
  const pairs = [...card.querySelectorAll('dl > div')].map((d) => [text(d.querySelector('dt')), text(d.querySelector('dd'))]);
  const top = [...(card.querySelector('p')?.children ?? [])].map(text).join(' ');
  return { top, ...Object.fromEntries(pairs) };
}

describe('RegisterCards', () => {
  function render(concerns: ConcernSummary[]): HTMLElement {
    TestBed.configureTestingModule({ providers: [provideRouter([])] });
    const fixture = TestBed.createComponent(RegisterCards);
    fixture.componentRef.setInput('concerns', concerns);
    fixture.componentRef.setInput('label', 'Concerns (Open)');
    fixture.detectChanges();
    return fixture.nativeElement;
  }

  it('should give each concern a card with every fact of its row: reference, severity, status, her name, raiser, triage due', () => {
    const el = render([RAISED, { ...RAISED, id: 'c2', reference: 'C-DEF456', overdue: false, triagedAt: '2026-03-01T10:00:00Z', openActions: 2 }]);
    const list = el.querySelector('ul');
    expect(list?.getAttribute('aria-label')).toBe('Concerns (Open)');
    const [first, second] = [...el.querySelectorAll('li')].map(facts);
    expect(el.querySelector('li a')?.getAttribute('href')).toBe('/concerns/c1');
    expect(first['top']).toBe('C-ABC123 High Raised');
    expect(first['About']).toBe('Abuse or violence · Nia');
    expect(first['Raised by']).toMatch(/^Service user, .*2026/);
    expect(first['Triage due']).toMatch(/2026, \d\d:\d\d Overdue: \d+ (day|hour|minute)s? late$/);
    expect(second['Triaged']).toMatch(/2026, \d\d:\d\d$/);
    expect(second['Triage due']).toBeUndefined();
    expect(second['Actions']).toBe('2 open');
  });

  it('should mark an overdue concern by more than colour: it says so in words', () => {
    const el = render([RAISED]);
    expect(el.querySelector('li')?.classList).toContain('bs-concern-card--overdue');
    expect(el.querySelector('.bs-overdue')?.textContent).toMatch(/^Overdue: /);
  });
});
