import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { confirmWith } from '@beside/web/core';
import { FindingsStore } from '@beside/web/voice/data-access';
import { voteCounts } from './finding-words';

/** The panel's decision on a proposed finding, with the counts at that moment: approve it as a priority, or set it aside. */
@Component({
  selector: 'bs-decision-section',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule],
  template: `
    @if (store.current(); as f) {
      <p>
        The decision is recorded with the votes as they are now: <strong>{{ counts(f.votes) }}</strong>. An approved finding joins the
        panel’s priorities, last until the panel puts them in order.
      </p>
      @if (problem(); as p) {
        <p class="bs-inline-error" role="alert">{{ p }}</p>
      }
      <div class="bs-actions">
        <button mat-flat-button type="button" [disabled]="pending()" (click)="decide('approved')">Approve as a priority</button>
        <button mat-stroked-button type="button" [disabled]="pending()" (click)="decide('set_aside')">Set it aside</button>
      </div>
    }
  `,
})
export class DecisionSection {
  protected readonly store = inject(FindingsStore);
  private readonly dialog = inject(MatDialog);
  protected readonly counts = voteCounts;
  protected readonly pending = signal(false);
  protected readonly problem = signal<string | null>(null);

  protected async decide(outcome: 'approved' | 'set_aside'): Promise<void> {
    const finding = this.store.current();
    if (this.pending() || !finding) return;
    const approve = outcome === 'approved';
    // A decision cannot be undone: say what it records before it is made.
    const sure = await confirmWith(this.dialog, {
      title: approve ? 'Approve this finding as a priority?' : 'Set this finding aside?',
      body: `The panel’s decision is recorded with the votes as they are now (${voteCounts(finding.votes)}), and cannot be changed.`,
      confirm: approve ? 'Approve as a priority' : 'Set it aside',
      cancel: 'Not yet',
    });
    if (!sure) return;
    this.pending.set(true);
    this.problem.set(null);
    const result = await this.store.decide(outcome);
    this.pending.set(false);
    if (result.ok) return;
    if (result.conflict) {
      // Someone voted or decided meanwhile: show the finding as it is now, with the reason.
      this.store.current.set(result.conflict.current);
    }
    this.problem.set(`${result.problem.messages.join(' ')}${result.conflict ? ' The finding below is as it is now.' : ''}`);
  }
}
