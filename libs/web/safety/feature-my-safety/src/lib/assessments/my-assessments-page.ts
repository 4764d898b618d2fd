import { ChangeDetectionStrategy, Component, inject, type OnInit } from '@angular/core';
import { MyRiskAssessmentsStore } from '@beside/web/safety/data-access';
import { Notice, PageHeader } from '@beside/web/ui';
import { LeaveQuickly } from '../shared/leave-quickly';
import { StayingSafeNav } from '../shared/staying-safe-nav';
import { MyAssessmentCard } from './my-assessment-card';

/** Her risk assessments, newest first: the level in words, her answers and the notes. */
@Component({
  selector: 'bs-my-assessments-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [MyRiskAssessmentsStore],
  imports: [PageHeader, Notice, StayingSafeNav, MyAssessmentCard, LeaveQuickly],
  template: `
    <bs-staying-safe-nav />
    <bs-page-header heading="Your risk assessments" />
    <p>These are the checklists you went through with your advocate about how safe you are. They help you both plan what could keep you safer.</p>
    @if (store.problem(); as problem) {
      <bs-notice kind="warning">{{ problem }}</bs-notice>
    }
    @if (store.loaded()) {
      @for (assessment of store.items(); track assessment.id; let first = $first) {
        <bs-my-assessment-card [assessment]="assessment" [open]="first" />
      } @empty {
        @if (!store.problem()) {
          <p>There is nothing here yet. When you and your advocate go through a risk checklist together, you will see it here, with your answers.</p>
        }
      }
    } @else {
      <p role="status">Loading…</p>
    }
    <bs-leave-quickly />
  `,
})
export class MyAssessmentsPage implements OnInit {
  protected readonly store = inject(MyRiskAssessmentsStore);

  ngOnInit(): void {
    void this.store.load();
  }
}
