import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { MyRiskAssessment } from '@beside/shared/contracts';
import { apiSpec, pageOf } from '@beside/web/core/testing';
import { MyAssessmentsPage } from './my-assessments-page';

const assessment = (overrides: Partial<MyRiskAssessment> = {}): MyRiskAssessment => ({
  id: 'a1',
  checklistName: 'Domestic abuse risk checklist',
  assessedOn: '2026-12-01',
  level: 'high',
  score: 22,
  answers: [
    { question: 'Are you frightened of the person harming you?', answer: 'Yes' },
    { question: 'Is there anything else?', answer: null },
  ],
  notes: 'She was calm and clear about what she wants',
  ...overrides,
});

describe('MyAssessmentsPage', () => {
  let fixture: ComponentFixture<MyAssessmentsPage>;
  const api = apiSpec(provideRouter([]));
  const page = pageOf(() => fixture);

  async function render(list: MyRiskAssessment[]): Promise<void> {
    fixture = TestBed.createComponent(MyAssessmentsPage);
    fixture.detectChanges();
    api.backend.expectOne('/api/my/risk-assessments').flush(list);
    await page.settle(2);
  }

  it('should show each assessment: the day, the checklist, the level in words first, her answers and the notes', async () => {
    await render([assessment(), assessment({ id: 'a2', assessedOn: '2026-10-01', level: 'standard', score: 3, notes: null })]);
    const [newest, older] = [...page.el().querySelectorAll('article')];
    expect(newest.querySelector('h2')?.textContent).toMatch(/Tuesday,? 1 December 2026/);
    expect(newest.textContent).toContain('Domestic abuse risk checklist');
    expect(newest.textContent).toContain('Level: High');
    expect(newest.textContent).toContain('Your answers showed a serious risk.');
    expect(newest.textContent).toContain('Score: 22');
    expect(newest.textContent).toContain('She was calm and clear about what she wants');
    expect([...newest.querySelectorAll('dt')].map((d) => d.textContent?.trim())).toEqual(['Are you frightened of the person harming you?', 'Is there anything else?']);
    expect([...newest.querySelectorAll('dd')].map((d) => d.textContent?.trim())).toEqual(['Yes', 'Not answered']);
    expect(newest.querySelector('details')?.open).toBe(true);
    expect(older.textContent).toContain('Level: Standard');
    expect(older.querySelector('details')?.open).toBe(false);
    expect(older.textContent).not.toContain('Notes');
  });

  it('should say in warm words when there is nothing yet', async () => {
    await render([]);
    expect(page.text()).toContain('There is nothing here yet. When you and your advocate go through a risk checklist together, you will see it here');
  });
});
