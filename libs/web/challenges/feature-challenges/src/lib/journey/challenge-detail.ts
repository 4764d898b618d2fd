import { ChangeDetectionStrategy, Component, inject, Injector, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import type { ChallengeView } from '@beside/shared/contracts';
import { LondonPipe, StatusTag } from '@beside/web/ui';
import { ChallengeLetters } from './challenge-letters';
import { ChallengeStages } from './challenge-stages';
import { ChallengeWordsForm } from './challenge-words-form';
import { CHALLENGE_STATUS_TAGS, OUTCOME_LABELS, REGION_LABELS } from './challenge-words';
import { DeadlineTag } from './deadline-tag';
import { focusSoon } from './focus-soon';
import { JourneyDocuments } from './journey-documents';
import { MoveStageForm } from './move-stage-form';
import { OutcomeForm } from './outcome-form';

type Editing = 'words' | 'move' | 'outcome' | null;

/** One challenge, within the Challenges tab (?challenge=<id>): what it is about, its stages, its letters and documents. */
@Component({
  selector: 'bs-challenge-detail',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, MatButtonModule, LondonPipe, StatusTag, DeadlineTag, ChallengeStages, ChallengeWordsForm, MoveStageForm, OutcomeForm, ChallengeLetters, JourneyDocuments],
  templateUrl: './challenge-detail.html',
  styleUrl: './challenge-detail.scss',
})
export class ChallengeDetail {
  readonly challenge = input.required<ChallengeView>();
  /** Her other challenges, for the documents' names. */
  readonly challenges = input<ChallengeView[]>([]);
  /** False under a read-only emergency grant. */
  readonly canChange = input(true);
  /** Words to show once something changed (a stage moved, the outcome recorded). */
  readonly changed = output<string>();
  /** Another change begins: the words about the last one go. */
  readonly acting = output<void>();
  protected readonly editing = signal<Editing>(null);
  protected readonly reloaded = signal<string | null>(null);
  protected readonly statusTags = CHALLENGE_STATUS_TAGS;
  protected readonly outcomeLabels = OUTCOME_LABELS;
  protected readonly regionLabels = REGION_LABELS;
  private readonly injector = inject(Injector);

  protected open(editing: Editing): void {
    this.reloaded.set(null);
    this.acting.emit();
    this.editing.set(editing);
    focusSoon(this.injector, editing === 'move' ? 'move-stage-heading' : editing === 'outcome' ? 'outcome-heading' : 'edit-challenge-body');
  }

  protected done(words?: string): void {
    this.editing.set(null);
    if (words) this.changed.emit(words);
    focusSoon(this.injector, 'challenge-heading');
  }

  protected onReloaded(message: string): void {
    this.editing.set(null);
    this.reloaded.set(message);
    focusSoon(this.injector, 'challenge-heading');
  }
}
