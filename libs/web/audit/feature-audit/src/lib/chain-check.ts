import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import type { ChainVerification } from '@beside/shared/contracts';
import { LondonPipe, Notice } from '@beside/web/ui';

/** "Has anyone altered the record?": walks the hash chain on request. */
@Component({
  selector: 'bs-chain-check',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, Notice, LondonPipe],
  template: `
    <section aria-labelledby="chain-heading">
      <h2 id="chain-heading">Check that nobody has altered the record</h2>
      <p>Every event is sealed with the one before it. Checking walks the whole chain for your organisation.</p>
      @if (result(); as r) {
        @if (r.intact) {
          <bs-notice kind="success">Intact: all {{ r.events }} events check out ({{ r.checkedAt | london: 'dateTime' }}).</bs-notice>
        } @else {
          <bs-notice kind="warning">
            <strong>Broken at event #{{ r.brokenAt?.seq }}</strong>: {{ r.brokenAt?.problem }}.
            {{ r.events }} events before it check out. Tell your data protection lead now.
          </bs-notice>
        }
      }
      <button mat-stroked-button type="button" (click)="check.emit()" [disabled]="busy()">
        {{ busy() ? 'Checking…' : 'Check the audit chain' }}
      </button>
    </section>
  `,
})
export class ChainCheck {
  readonly result = input<ChainVerification | null>(null);
  readonly busy = input(false);
  readonly check = output<void>();
}
