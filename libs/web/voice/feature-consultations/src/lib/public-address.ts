import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { consultationPublicPath } from '@beside/web/voice/data-access';

/** The public link's address, to copy into a leaflet, a text or a poster. */
@Component({
  selector: 'bs-public-address',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule],
  template: `
    <div class="bs-public-address">
      <p class="bs-public-address__label" id="public-address-label">Public address</p>
      <p><code class="bs-public-address__value" id="public-address">{{ address() }}</code></p>
      <div class="bs-actions">
        <button mat-stroked-button type="button" (click)="copy()">Copy the address</button>
        <span role="status">{{ copied() }}</span>
      </div>
    </div>
  `,
  styles: `
    .bs-public-address {
      border-left: 4px solid var(--mat-sys-primary);
      padding-left: 0.75rem;
    }
    .bs-public-address__label {
      font-weight: 700;
      margin: 0;
    }
    .bs-public-address__value {
      overflow-wrap: anywhere;
      font-size: 1rem;
    }
  `,
})
export class PublicAddress {
  readonly slug = input.required<string>();
  private readonly document = inject(DOCUMENT);
  protected readonly address = computed(() => `${this.document.location?.origin ?? ''}${consultationPublicPath(this.slug())}`);
  protected readonly copied = signal('');

  protected async copy(): Promise<void> {
    try {
      await this.document.defaultView?.navigator.clipboard.writeText(this.address());
      this.copied.set('Copied.');
    } catch {
      this.copied.set('Copying is not allowed here: select the address and copy it.');
    }
  }
}
