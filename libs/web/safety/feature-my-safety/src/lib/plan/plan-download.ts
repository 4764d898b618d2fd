import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MySafetyPlanStore } from '@beside/web/safety/data-access';
import { Notice } from '@beside/web/ui';
import { saveFile } from '../shared/save-file';

/** Her plan as a PDF to print or keep: a plain title, no service name, and a word about keeping it safe. */
@Component({
  selector: 'bs-plan-download',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, Notice],
  template: `
    <section class="bs-plan-download" aria-labelledby="plan-download-heading">
      <h2 id="plan-download-heading">Download to print or keep</h2>
      <p>The file is called “My plan”. It has a plain title and no service name on it, so it does not say where it came from.</p>
      <p>Keep it somewhere only you can get to. If someone might look at your phone or your things, it may be safer to leave it here.</p>
      @if (problem(); as p) {
        <bs-notice kind="warning">{{ p }}</bs-notice>
      }
      <button mat-stroked-button type="button" (click)="download()" [disabled]="downloading()">
        {{ downloading() ? 'Getting your plan…' : 'Download to print or keep' }}
      </button>
      <p role="status" class="bs-secondary-text">{{ done() ? 'Your plan is downloaded. Look in your downloads.' : '' }}</p>
    </section>
  `,
  styles: `
    .bs-plan-download {
      margin: 1.5rem 0 1rem;
      padding: 1rem;
      border-radius: 12px;
      background: #faf8fd;
      border: 1px solid #ded6ee;
    }
    h2 {
      margin-top: 0;
    }
  `,
})
export class PlanDownload {
  private readonly store = inject(MySafetyPlanStore);
  private readonly document = inject(DOCUMENT);
  protected readonly downloading = signal(false);
  protected readonly done = signal(false);
  protected readonly problem = signal<string | null>(null);

  protected async download(): Promise<void> {
    this.problem.set(null);
    this.done.set(false);
    this.downloading.set(true);
    const file = await this.store.downloadPdf();
    this.downloading.set(false);
    if (file.ok) {
      saveFile(this.document, file.value.blob, file.value.filename);
      this.done.set(true);
    } else {
      this.problem.set(file.problem.messages.join(' '));
    }
  }
}
