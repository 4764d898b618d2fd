import { type ComponentFixture, TestBed } from '@angular/core/testing';
import type { YouSaidWeDidView } from '@beside/shared/contracts';
import { pageOf } from '@beside/web/core/testing';
import { YouSaidView } from './you-said-view';

type Consultation = YouSaidWeDidView['consultations'][number];
type Finding = Consultation['findings'][number];

function finding(overrides: Partial<Finding>): Finding {
  return { id: 'f', title: 'Finding', summary: 'Summary', priority: null, campaigns: [], ...overrides };
}

const CONSULTATION: Consultation = {
  id: 'c1',
  title: 'Waiting times',
  closedOn: '2026-11-30',
  responses: 31,
  said: [{ question: 'What matters most?', highlights: [{ words: 'Housing', count: 14 }, { words: 'Health', count: 9 }] }],
  quotes: ['I waited six weeks to hear back.'],
  findings: [
    finding({ id: 'f2', title: 'Second', priority: 2 }),
    finding({
      id: 'f1',
      title: 'Care coordinators',
      priority: 1,
      campaigns: [
        {
          id: 'k1',
          title: 'A coordinator within a week',
          status: 'active',
          asks: ['Name a coordinator within seven days'],
          done: [{ what: 'Met the trust', on: '2026-12-02' }],
          outcomes: [{ what: 'Trust agreed a target', on: '2026-12-05', evidence: 'Board minutes' }],
        },
      ],
    }),
  ],
};

describe('YouSaidView', () => {
  let fixture: ComponentFixture<YouSaidView>;
  const page = pageOf(() => fixture);

  function show(view: YouSaidWeDidView): void {
    fixture = TestBed.createComponent(YouSaidView);
    fixture.componentRef.setInput('view', view);
    fixture.detectChanges();
  }

  it('should show what women said as bars with their numbers, against how many answered, and the quotes', () => {
    show({ organisationName: 'Riverside', consultations: [CONSULTATION] });
    expect(page.text()).toContain('31 women answered.');
    const rows = [...page.el().querySelectorAll('.bs-yswd__bars li')];
    expect(rows.map((r) => r.textContent?.replace(/\s+/g, ' ').trim())).toEqual(['Housing: 14 of 31', 'Health: 9 of 31']);
    expect(rows[0].querySelector<HTMLElement>('.bs-yswd__bar span')?.style.width).toMatch(/^45\.16/);
    expect(rows[0].querySelector('.bs-yswd__bar')?.getAttribute('aria-hidden')).toBe('true');
    expect(page.text()).toContain('“I waited six weeks to hear back.”');
  });

  it('should list the findings in the panel’s order with what each campaign asks, has done and has changed', () => {
    show({ organisationName: 'Riverside', consultations: [CONSULTATION] });
    const findings = [...page.el().querySelectorAll('.bs-yswd__finding h4')].map((h) => h.textContent?.replace(/\s+/g, ' ').trim());
    expect(findings).toEqual(['Priority 1: Care coordinators', 'Priority 2: Second']);
    const words = page.text();
    expect(words).toContain('Campaign: A coordinator within a week Under way');
    expect(words).toContain('Name a coordinator within seven days');
    expect(words).toContain('Wednesday, 2 December 2026: Met the trust');
    expect(words).toContain('Trust agreed a target (shown by: Board minutes)');
    expect(words).toContain('A campaign on it has not started yet.');
  });

  it('should never give a hidden count as a number', () => {
    show({ organisationName: 'Riverside', consultations: [{ ...CONSULTATION, responses: '<5', said: [], findings: [] }] });
    expect(page.text()).toContain('Fewer than 5 women answered');
    expect(page.text()).toContain('No answer was given by 5 or more women');
  });

  it('should say when there is nothing yet', () => {
    show({ organisationName: 'Riverside', consultations: [] });
    expect(page.text()).toContain('Nothing to show yet.');
  });
});
