import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { LondonPipe } from '@beside/web/ui';
import { daysLeftWords, deadlineState } from './challenge-words';

/**
 * A deadline in words first ("3 December 2026 — 12 days left"), then, when it is near or missed, a tag that says so
 * in words as well as colour ("Near", "Missed").
 */
@Component({
  selector: 'bs-deadline-tag',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [LondonPipe],
  template: `
    <span class="bs-deadline" [class]="'bs-deadline bs-deadline--' + state()">
      @if (state() !== 'later') {
        <span class="bs-deadline__tag">{{ state() === 'missed' ? 'Missed' : 'Near' }}</span>
      }
      <span> {{ on() | london: 'date' }} — {{ words() }}</span>
    </span>
  `,
  styles: `
    .bs-deadline {
      display: inline-flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.25rem 0.5rem;
    }
    .bs-deadline__tag {
      display: inline-block;
      padding: 0.125rem 0.5rem;
      border-radius: 4px;
      font-weight: 700;
      font-size: 0.9375rem;
    }
    .bs-deadline--near .bs-deadline__tag {
      background: #fff1c2;
      color: #4a3800;
    }
    .bs-deadline--near {
      font-weight: 600;
    }
    .bs-deadline--missed .bs-deadline__tag {
      background: #8c1d18;
      color: #ffffff;
    }
    .bs-deadline--missed {
      font-weight: 700;
      color: var(--bs-error, #b3261e);
    }
  `,
})
export class DeadlineTag {
  readonly on = input.required<string>();
  readonly daysLeft = input.required<number>();
  protected readonly state = computed(() => deadlineState(this.daysLeft()));
  protected readonly words = computed(() => daysLeftWords(this.daysLeft()));
}
