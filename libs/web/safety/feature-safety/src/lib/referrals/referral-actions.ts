import { ChangeDetectionStrategy, Component, inject, Injector, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import type { MultiAgencyReferralView, ReferralActionView } from '@beside/shared/contracts';
import { londonToday } from '@beside/shared/util';
import { MultiAgencyReferralsStore } from '@beside/web/safety/data-access';
import { LondonPipe, Notice } from '@beside/web/ui';
import { focusAfterRender } from '../sharing/focus-after-render';
import { AddActionForm } from './add-action-form';

/** Actions for us agreed on a referral (at a MARAC, in an enquiry): who owns each, when it is due, overdue or done. */
@Component({
  selector: 'bs-referral-actions',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, LondonPipe, Notice, AddActionForm],
  template: `
    @let r = referral();
    <h4 id="referral-actions-heading">Actions for us</h4>
    @if (problem(); as p) {
      <bs-notice kind="warning">{{ p }}</bs-notice>
    }
    <ul class="bs-actions-list" aria-labelledby="referral-actions-heading">
      @for (a of r.actions; track a.id) {
        <li class="bs-action">
          <p class="bs-action__what">{{ a.description }}</p>
          <p class="bs-action__facts">
            {{ a.ownerName }}, due {{ a.dueOn | london: 'date' }}.
            @if (a.doneOn) {
              <strong>Done {{ a.doneOn | london: 'date' }}</strong>
            } @else if (a.overdue) {
              <strong class="bs-overdue">Overdue</strong>
            } @else {
              Not done yet
            }
          </p>
          @if (canChange() && !a.doneOn) {
            <button mat-stroked-button type="button" [disabled]="busy()" (click)="markDone(a)" [attr.aria-label]="'Mark done: ' + a.description">Mark done</button>
          }
        </li>
      } @empty {
        <li>No actions recorded.</li>
      }
    </ul>
    @if (canChange() && r.status !== 'closed') {
      @if (adding()) {
        <h5 id="add-action-heading" tabindex="-1">Add an action</h5>
        <bs-add-action-form [referral]="r" (done)="onAdded($event)" />
      } @else {
        <div class="bs-actions">
          <button mat-stroked-button type="button" id="add-action-button" (click)="startAdding()">Add an action</button>
        </div>
      }
    }
  `,
  styles: `
    h4 { margin: 1.5rem 0 0.5rem; }
    h5 { font-size: 1.0625rem; margin: 1rem 0 0.75rem; }
    .bs-actions-list { list-style: none; padding: 0; margin: 0 0 1rem; max-width: 44rem; }
    .bs-action { border-bottom: 1px solid var(--mat-sys-outline-variant); padding: 0.5rem 0; }
    .bs-action__what { margin: 0; font-weight: 600; white-space: pre-line; overflow-wrap: anywhere; }
    .bs-action__facts { margin: 0.125rem 0 0.5rem; }
    .bs-overdue { border: 1px solid currentColor; border-radius: 4px; padding: 0 0.375rem; }
  `,
})
export class ReferralActions {
  readonly referral = input.required<MultiAgencyReferralView>();
  readonly canChange = input(true);
  readonly changed = output<string>();
  private readonly store = inject(MultiAgencyReferralsStore);
  private readonly injector = inject(Injector);
  protected readonly adding = signal(false);
  protected readonly busy = signal(false);
  protected readonly problem = signal<string | null>(null);

  protected startAdding(): void {
    this.adding.set(true);
    focusAfterRender(this.injector, 'add-action-heading');
  }

  protected onAdded(message: string | null): void {
    this.adding.set(false);
    if (message) this.changed.emit(message);
    focusAfterRender(this.injector, 'add-action-button');
  }

  protected async markDone(action: ReferralActionView): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    const result = await this.store.markActionDone(this.referral(), action.id, londonToday());
    this.busy.set(false);
    this.problem.set(result.ok ? null : result.problem.messages.join(' '));
    if (result.ok) {
      this.changed.emit(`“${action.description}” is marked done.`);
      focusAfterRender(this.injector, 'referral-actions-heading');
    }
  }
}
