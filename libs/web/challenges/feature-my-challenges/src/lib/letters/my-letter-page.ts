import { DOCUMENT } from '@angular/common';
import { afterNextRender, ChangeDetectionStrategy, Component, computed, ElementRef, inject, Injector, input, type OnInit, signal, viewChild } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { MyChallengesStore } from '@beside/web/challenges/data-access';
import { MyProposalsStore } from '@beside/web/portal/data-access';
import { LondonPipe, Notice, PageHeader } from '@beside/web/ui';
import { challengeHeading } from '../shared/challenge-words';
import { saveFile } from '../shared/save-file';
import { LetterChangeForm } from './letter-change-form';
import { LetterProposals } from './letter-proposals';
import { LetterText } from './letter-text';

/** One letter of hers in full: read it, download it as a PDF, and while it is not sent, ask for a change in her words. */
@Component({
  selector: 'bs-my-letter-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, MatButtonModule, PageHeader, Notice, LondonPipe, LetterText, LetterChangeForm, LetterProposals],
  template: `
    <p class="bs-back"><a routerLink="/my/challenges">Back to your challenges</a></p>
    @if (letter(); as l) {
      <bs-page-header [heading]="l.title" [caption]="caption()" />
      @if (l.status === 'sent') {
        <bs-notice kind="success">Sent on {{ l.sentOn! | london: 'day' }}. A sent letter stays as it was sent.</bs-notice>
      } @else {
        <bs-notice>Your advocate shared this letter with you before it is sent. Read it and, if something is not right, ask for a change.</bs-notice>
      }
      @if (sentChange()) {
        <div #sentNotice tabindex="-1" class="bs-focus-target">
          <bs-notice kind="success">Your advocate has your request. You will see the reply below.</bs-notice>
        </div>
      }
      @if (problem(); as p) {
        <bs-notice kind="warning">{{ p }}</bs-notice>
      }
      <div class="bs-letter-actions">
        <button mat-stroked-button type="button" (click)="download()" [disabled]="downloading()">
          {{ downloading() ? 'Getting the PDF…' : 'Download as PDF' }}
        </button>
        @if (l.status === 'shared' && !proposing()) {
          <button mat-flat-button type="button" (click)="propose()">Ask for a change</button>
        }
      </div>
      @if (proposing()) {
        <bs-letter-change-form [letter]="l" (closed)="closeForm($event)" />
      }
      <section class="bs-letter" aria-labelledby="letter-words-heading">
        <h2 id="letter-words-heading" class="bs-visually-hidden">The letter</h2>
        <bs-letter-text [body]="l.body" [under]="2" />
      </section>
      @if (mine().length) {
        <section class="bs-section" aria-labelledby="letter-asked-heading">
          <h2 id="letter-asked-heading">Changes you asked for</h2>
          <p>Your advocate reads every request and replies. Nothing you write is thrown away.</p>
          <bs-letter-proposals [proposals]="mine()" />
        </section>
      }
    } @else if (store.loaded()) {
      <bs-page-header heading="Letter not found" />
      @if (store.problem(); as p) {
        <bs-notice kind="warning">{{ p }}</bs-notice>
      } @else {
        <p>This letter is not here. It may not be shared with you any more. Your advocate can help.</p>
      }
    } @else {
      <p role="status">Loading your letter…</p>
    }
  `,
  styles: `
    .bs-back {
      margin: 0 0 1rem;
    }
    .bs-letter-actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem;
      margin: 0 0 1rem;
    }
    .bs-focus-target:focus {
      outline: none;
    }
    .bs-letter {
      padding: 1rem;
      border: 1px solid #ded6ee;
      border-radius: 8px;
      background: #fff;
      margin: 0 0 1.5rem;
    }
  `,
})
export class MyLetterPage implements OnInit {
  /** The route's :letterId. */
  readonly letterId = input.required<string>();
  protected readonly store = inject(MyChallengesStore);
  private readonly proposals = inject(MyProposalsStore);
  private readonly document = inject(DOCUMENT);
  protected readonly letter = computed(() => this.store.letter(this.letterId()));
  protected readonly caption = computed(() => {
    const letter = this.letter();
    const challenge = letter ? this.store.challenge(letter.challengeId) : null;
    return challenge ? `A letter for ${challengeHeading(challenge)}` : letter ? `A letter for your ${letter.typeName}` : '';
  });
  protected readonly mine = computed(() => this.proposals.proposals().filter((p) => p.targetType === 'letter' && p.targetId === this.letterId()));
  protected readonly proposing = signal(false);
  protected readonly sentChange = signal(false);
  protected readonly downloading = signal(false);
  protected readonly problem = signal<string | null>(null);
  private readonly sentNotice = viewChild<ElementRef<HTMLElement>>('sentNotice');
  private readonly injector = inject(Injector);

  ngOnInit(): void {
    if (!this.store.loaded()) void this.store.load();
    void this.proposals.load();
  }

  protected propose(): void {
    this.sentChange.set(false);
    this.proposing.set(true);
  }

  protected closeForm(sent: boolean): void {
    this.proposing.set(false);
    this.sentChange.set(sent);
    // The form she was in has gone: her focus goes to what happened, so it is not lost at the top of the page.
    if (sent) afterNextRender(() => this.sentNotice()?.nativeElement.focus(), { injector: this.injector });
  }

  protected async download(): Promise<void> {
    this.problem.set(null);
    this.downloading.set(true);
    const file = await this.store.downloadLetter(this.letterId());
    this.downloading.set(false);
    if (file.ok) saveFile(this.document, file.blob, file.filename);
    else this.problem.set(file.message);
  }
}
