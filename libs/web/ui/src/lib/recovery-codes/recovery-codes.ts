import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { DOCUMENT } from '@angular/common';
import { MatButtonModule } from '@angular/material/button';

/** Recovery codes shown once, with copy and print. */
@Component({
  selector: 'bs-recovery-codes',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule],
  template: `
    <ol class="bs-recovery-codes" aria-label="Your recovery codes">
      @for (code of codes(); track code) {
        <li><code>{{ code }}</code></li>
      }
    </ol>
    <div class="bs-recovery-codes__actions">
      <button mat-stroked-button type="button" (click)="copy()">Copy codes</button>
      <button mat-stroked-button type="button" (click)="print()">Print codes</button>
    </div>
    <p class="bs-recovery-codes__status" aria-live="polite">{{ status() }}</p>
  `,
  styles: `
    .bs-recovery-codes {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(11rem, 1fr));
      gap: 0.5rem 1.5rem;
      margin: 0 0 1rem;
      padding: 1rem 1rem 1rem 2.5rem;
      background: var(--mat-sys-surface-container);
      border-radius: 8px;
    }
    code {
      font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
      font-size: 1.0625rem;
      letter-spacing: 0.04em;
    }
    .bs-recovery-codes__actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem;
    }
    .bs-recovery-codes__status {
      min-height: 1.5em;
    }
  `,
})
export class RecoveryCodes {
  readonly codes = input.required<string[]>();
  protected readonly status = signal('');
  private readonly document = inject(DOCUMENT);

  protected async copy(): Promise<void> {
    try {
      await this.document.defaultView?.navigator.clipboard.writeText(this.codes().join('\n'));
      this.status.set('Codes copied.');
    } catch {
      this.status.set('Copying did not work. Select the codes and copy them, or print them.');
    }
  }

  protected print(): void {
    this.document.defaultView?.print();
  }
}
