import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import type { DocumentView, MyChallenge } from '@beside/shared/contracts';
import { MyDocumentsStore } from '@beside/web/challenges/data-access';
import { LondonPipe, Notice } from '@beside/web/ui';
import { challengeHeading } from '../shared/challenge-words';
import { saveFile } from '../shared/save-file';
import { AddDocumentForm } from './add-document-form';
import { SCAN_WORDS, sizeWords, whoAdded } from './document-words';

/** Her documents (shared with her, and those she added) to download, and adding one from her phone. */
@Component({
  selector: 'bs-my-documents-section',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, Notice, LondonPipe, AddDocumentForm],
  template: `
    <section class="bs-section" aria-labelledby="documents-heading">
      <h2 id="documents-heading">Your documents</h2>
      <p>Letters you received, decisions, photos: anything that helps. Your advocate can see what you add here.</p>
      @if (store.problem(); as p) {
        <bs-notice kind="warning">{{ p }}</bs-notice>
      }
      @if (problem(); as p) {
        <bs-notice kind="warning">{{ p }}</bs-notice>
      }
      <ul class="bs-documents">
        @for (d of store.documents(); track d.id) {
          <li class="bs-document">
            <p class="bs-document__name">{{ d.description }}</p>
            <p class="bs-secondary-text">{{ who(d) }} on {{ d.createdAt | london: 'day' }}. {{ size(d.sizeBytes) }}.</p>
            @if (about(d); as a) {
              <p class="bs-secondary-text">About: {{ a }}</p>
            }
            @if (scanNote(d); as words) {
              <p>{{ words }}</p>
            }
            @if (d.scan !== 'held') {
              <button mat-stroked-button type="button" (click)="download(d)" [disabled]="busy() === d.id">
                {{ busy() === d.id ? 'Getting it…' : 'Download' }}<span class="bs-visually-hidden">: {{ d.description }}</span>
              </button>
            }
          </li>
        } @empty {
          @if (store.loaded() && !store.problem()) {
            <li class="bs-document bs-document--empty">No documents yet.</li>
          }
        }
      </ul>
      <div class="bs-calm-panel">
        <h3 id="add-document-heading">Add a document</h3>
        <p>Take a photo of a letter, or choose a file from your phone.</p>
        <bs-add-document-form [challenges]="challenges()" />
      </div>
    </section>
  `,
  styles: `
    .bs-documents {
      list-style: none;
      padding: 0;
      margin: 0 0 1.5rem;
    }
    .bs-document {
      padding: 0.75rem 0;
      border-top: 1px solid #ded6ee;
      overflow-wrap: anywhere;
    }
    .bs-document p {
      margin: 0 0 0.25rem;
    }
    .bs-document__name {
      font-weight: 700;
    }
    .bs-document button {
      margin-top: 0.25rem;
    }
  `,
})
export class MyDocumentsSection {
  /** Her challenges, to say which one a document is about and to choose one when she adds a document. */
  readonly challenges = input<MyChallenge[]>([]);
  protected readonly store = inject(MyDocumentsStore);
  private readonly document = inject(DOCUMENT);
  protected readonly scanWords = SCAN_WORDS;
  protected readonly busy = signal<string | null>(null);
  protected readonly problem = signal<string | null>(null);

  /** Her own uploads need no warning that they were not scanned: she knows where they came from. */
  protected scanNote(d: DocumentView): string | null {
    return d.byHer && d.scan === 'not_scanned' ? null : this.scanWords[d.scan];
  }

  protected who(d: DocumentView): string {
    return whoAdded(d);
  }

  protected size(bytes: number): string {
    return sizeWords(bytes);
  }

  protected about(d: DocumentView): string | null {
    const challenge = d.challengeId ? this.challenges().find((c) => c.id === d.challengeId) : undefined;
    return challenge ? challengeHeading(challenge) : null;
  }

  protected async download(d: DocumentView): Promise<void> {
    this.problem.set(null);
    this.busy.set(d.id);
    const file = await this.store.download(d);
    this.busy.set(null);
    if (file.ok) saveFile(this.document, file.blob, file.filename);
    else this.problem.set(file.message);
  }
}
