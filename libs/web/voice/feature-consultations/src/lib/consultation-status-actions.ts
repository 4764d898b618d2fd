import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import type { ConsultationView } from '@beside/shared/contracts';
import { confirmWith, FormSubmission } from '@beside/web/core';
import { ConsultationsStore } from '@beside/web/voice/data-access';
import { LondonPipe, Notice } from '@beside/web/ui';

/** Open a draft for answers, or close an open consultation: each asked first, as neither can be undone. */
@Component({
  selector: 'bs-consultation-status-actions',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, LondonPipe, Notice],
  template: `
    @if (problem(); as p) {
      <bs-notice kind="warning" tabindex="-1">{{ p }}</bs-notice>
    }
    @if (done(); as d) {
      <bs-notice kind="success" tabindex="-1">{{ d }}</bs-notice>
    }
    @switch (consultation().status) {
      @case ('draft') {
        <div class="bs-actions">
          <button mat-flat-button type="button" id="open-consultation" (click)="openIt()" [disabled]="submission.pending()">Open now</button>
          <span class="bs-secondary-text">A draft: it opens by itself on {{ consultation().opensOn | london: 'date' }}. Save your questions first.</span>
        </div>
      }
      @case ('open') {
        <div class="bs-actions">
          <button mat-stroked-button type="button" id="close-consultation" (click)="closeIt()" [disabled]="submission.pending()">Close now</button>
          <span class="bs-secondary-text">Open until {{ consultation().closesOn | london: 'date' }}.</span>
        </div>
      }
    }
  `,
})
export class ConsultationStatusActions {
  private readonly store = inject(ConsultationsStore);
  private readonly dialog = inject(MatDialog);
  readonly consultation = input.required<ConsultationView>();
  protected readonly submission = new FormSubmission();
  protected readonly problem = signal<string | null>(null);
  protected readonly done = signal<string | null>(null);

  protected async openIt(): Promise<void> {
    const yes = await confirmWith(this.dialog, {
      title: 'Open this consultation now?',
      body: 'Women can answer from today, not from the day you chose. Once anyone has answered, the consultation and its questions can no longer change.',
      confirm: 'Open now',
      cancel: 'Not yet',
    });
    if (yes) await this.act('open', 'Open: women can answer now.');
  }

  protected async closeIt(): Promise<void> {
    const yes = await confirmWith(this.dialog, {
      title: 'Close this consultation now?',
      body: 'No one can answer after this, and every answer still waiting moves into the results. It cannot be opened again.',
      confirm: 'Close now',
      cancel: 'Keep it open',
    });
    if (yes) await this.act('close', 'Closed. Every answer is now in the results.');
  }

  private async act(action: 'open' | 'close', words: string): Promise<void> {
    this.problem.set(null);
    this.done.set(null);
    const result = await this.submission.run(action, (key) => (action === 'open' ? this.store.openForAnswers(key) : this.store.close(key)));
    if (!result) return;
    if (result.ok) this.done.set(words);
    else this.problem.set(result.problem.messages.join(' '));
    // The notice says what happened; focus goes to it, not back to a button that may be gone.
    setTimeout(() => document.querySelector<HTMLElement>('bs-consultation-status-actions bs-notice')?.focus());
  }
}
