import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, type OnInit, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MyStatementStore } from '@beside/web/challenges/data-access';
import { LondonPipe, Notice, PageHeader } from '@beside/web/ui';
import { saveFile } from '../shared/save-file';
import { StatementForm } from './statement-form';
import { StatementSharing } from './statement-sharing';

/** "About me for professionals": her words on how to work with her, where it goes, and one page to hand over. */
@Component({
  selector: 'bs-my-statement-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [MyStatementStore],
  imports: [MatButtonModule, PageHeader, Notice, LondonPipe, StatementForm, StatementSharing],
  template: `
    <bs-page-header heading="About me">
      <p>For professionals: what you want them to know about you, and how to give you information and talk with you. You choose who it goes with.</p>
    </bs-page-header>
    @if (store.problem(); as problem) {
      <bs-notice kind="warning">{{ problem }}</bs-notice>
    }
    @if (store.statement(); as s) {
      <section class="bs-section bs-calm-panel" aria-labelledby="about-me-words-heading">
        <h2 id="about-me-words-heading">In your words</h2>
        @if (s.updatedAt) {
          <p class="bs-secondary-text">Last saved on {{ s.updatedAt | london: 'day' }}.</p>
        } @else {
          <p class="bs-secondary-text">You have not written this yet. Everything is optional.</p>
        }
        <bs-statement-form />
      </section>
      <section class="bs-section bs-calm-panel" aria-labelledby="about-me-sharing-heading">
        <h2 id="about-me-sharing-heading">Who it goes with</h2>
        <p>Tick the appointments and challenges where the professionals may read “About me”. Your advocate can always see it.</p>
        <bs-statement-sharing />
      </section>
      <section class="bs-section" aria-labelledby="about-me-page-heading">
        <h2 id="about-me-page-heading">One page to hand over</h2>
        <p>Download “About me” as one page to print, or show on your phone. It does not name us.</p>
        @if (downloadProblem(); as p) {
          <bs-notice kind="warning">{{ p }}</bs-notice>
        }
        <button mat-stroked-button type="button" (click)="download()" [disabled]="downloading()">
          {{ downloading() ? 'Getting the page…' : 'Download as one page (PDF)' }}
        </button>
      </section>
    } @else if (!store.problem()) {
      <p role="status" class="bs-loading">Loading “About me”…</p>
    }
  `,
  styles: `
    .bs-loading {
      min-height: 50vh;
    }
  `,
})
export class MyStatementPage implements OnInit {
  protected readonly store = inject(MyStatementStore);
  private readonly document = inject(DOCUMENT);
  protected readonly downloading = signal(false);
  protected readonly downloadProblem = signal<string | null>(null);

  ngOnInit(): void {
    void this.store.load();
  }

  protected async download(): Promise<void> {
    this.downloadProblem.set(null);
    this.downloading.set(true);
    const file = await this.store.downloadPdf();
    this.downloading.set(false);
    if (file.ok) saveFile(this.document, file.blob, file.filename);
    else this.downloadProblem.set(file.message);
  }
}
