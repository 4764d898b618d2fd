import { ChangeDetectionStrategy, Component, computed, inject, Injector, input, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { LetterView } from '@beside/shared/contracts';
import { londonToday } from '@beside/shared/util';
import { ChallengeLettersStore, type LetterFormat } from '@beside/web/challenges/data-access';
import { confirmWith } from '@beside/web/core';
import { LondonPipe, Notice, StatusTag } from '@beside/web/ui';
import { LETTER_STATUS_TAGS } from './challenge-words';
import { focusSoon } from './focus-soon';
import { LetterEditor } from './letter-editor';
import { LetterPreview } from './letter-preview';
import { saveFile } from './save-file';

/** One letter written with her: read, edit, share with her, record as sent, every version and its files. */
@Component({
  selector: 'bs-letter-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, LondonPipe, Notice, StatusTag, LetterEditor, LetterPreview],
  templateUrl: './letter-card.html',
  styleUrl: './letter-card.scss',
})
export class LetterCard {
  readonly letter = input.required<LetterView>();
  /** False under a read-only emergency grant. */
  readonly editable = input(true);
  private readonly store = inject(ChallengeLettersStore);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  protected readonly statusTags = LETTER_STATUS_TAGS;
  protected readonly today = londonToday();
  protected readonly editing = signal(false);
  protected readonly recordingSent = signal(false);
  protected readonly busy = signal(false);
  protected readonly notice = signal<string | null>(null);
  protected readonly problem = signal<string | null>(null);
  protected readonly sentOn = new FormControl(londonToday(), { nonNullable: true, validators: [Validators.required] });
  protected readonly latest = computed(() => lastOf(this.letter().versions));
  protected readonly newestFirst = computed(() => [...this.letter().versions].reverse());

  protected startEditing(): void {
    this.clear();
    this.editing.set(true);
    focusSoon(this.injector, `letter-title-${this.letter().id}`);
  }

  protected stopEditing(): void {
    this.editing.set(false);
    focusSoon(this.injector, `letter-${this.letter().id}`);
  }

  protected toggleSent(): void {
    this.recordingSent.update((on) => !on);
    if (this.recordingSent()) focusSoon(this.injector, `letter-sent-on-${this.letter().id}`);
  }

  protected async share(): Promise<void> {
    this.clear();
    this.busy.set(true);
    const result = await this.store.share(this.letter());
    this.busy.set(false);
    if (result.ok) this.notice.set('Shared with her. She can read it in her portal and ask for changes; her changes come to you under “Her changes”.');
    else this.problem.set(result.conflict ? `${result.problem.messages.join(' ')} The letter has been reloaded.` : result.problem.messages.join(' '));
  }

  protected async recordSent(): Promise<void> {
    this.clear();
    if (this.sentOn.invalid || this.sentOn.value > this.today) {
      this.problem.set('Enter the date it was sent: today or earlier.');
      return;
    }
    const ok = await confirmWith(this.dialog, {
      title: 'Record this letter as sent?',
      body: 'The letter is kept as it is now, with its earlier versions, and can never be changed again. She sees it as sent in her portal.',
      confirm: 'Record as sent',
      cancel: 'Not yet',
    });
    if (!ok) return;
    this.busy.set(true);
    const result = await this.store.sent(this.letter(), this.sentOn.value);
    this.busy.set(false);
    if (result.ok) {
      this.recordingSent.set(false);
      this.notice.set('Recorded as sent. The letter is kept as it was sent.');
    } else {
      this.problem.set(result.conflict ? `${result.problem.messages.join(' ')} The letter has been reloaded.` : result.problem.messages.join(' '));
    }
  }

  protected async download(format: LetterFormat, version?: number): Promise<void> {
    this.clear();
    const result = await this.store.download(this.letter(), format, version);
    if (result.ok) saveFile(result.value);
    else this.problem.set(result.problem.messages.join(' '));
  }

  private clear(): void {
    this.notice.set(null);
    this.problem.set(null);
  }
}

function lastOf<T>(list: T[]): T | null {
  return list.length ? list[list.length - 1] : null;
}
