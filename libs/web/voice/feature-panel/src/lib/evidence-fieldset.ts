import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, input, type OnInit, output } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { ConsultationResultsView } from '@beside/shared/contracts';
import { EvidenceSourcesStore } from '@beside/web/voice/data-access';
import { FormField } from '@beside/web/ui';
import type { EvidenceGroup } from './evidence-form';

/**
 * One piece of a finding's evidence: a consultation, then, from its results, a question's figures, a theme or a published
 * quote (each optional), and a note in plain words.
 */
@Component({
  selector: 'bs-evidence-fieldset',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, FormField],
  template: `
    @let g = group();
    @let id = 'evidence-' + index();
    <fieldset class="bs-evidence-item" [formGroup]="g">
      <legend class="bs-evidence-item__legend">Evidence {{ index() + 1 }}</legend>
      <bs-form-field
        name="consultationId"
        label="Consultation"
        [fieldId]="id + '-consultation'"
        [labels]="consultations()"
        [error]="g.controls.consultationId.invalid ? 'Choose the consultation it comes from' : null"
      />
      @if (results(); as r) {
        @if (questions(r); as q) {
          <bs-form-field name="questionId" label="A question’s figures (optional)" [fieldId]="id + '-question'" [labels]="q" none="None" />
        }
        @if (figures(r).length) {
          <div class="bs-evidence-item__figures">
            <p class="bs-evidence-item__label">Its figures (1 to 4 show as “&lt;5”)</p>
            <ul>
              @for (line of figures(r); track $index) {
                <li>{{ line }}</li>
              }
            </ul>
          </div>
        }
        @if (r.themes.length) {
          <bs-form-field name="themeId" label="A theme (optional)" [fieldId]="id + '-theme'" [labels]="themes(r)" none="None" />
        }
        @if (r.quotes.length) {
          <bs-form-field name="quoteId" label="A published quote (optional)" [fieldId]="id + '-quote'" [labels]="quotes(r)" none="None" />
        }
        @if (!r.themes.length && !r.quotes.length) {
          <p class="bs-secondary-text">This consultation has no themes or published quotes yet.</p>
        }
      } @else if (g.controls.consultationId.value && sources.problem(); as p) {
        <p class="bs-inline-error" role="alert">{{ p }}</p>
      }
      <mat-form-field class="bs-field">
        <mat-label>What it shows, in plain words</mat-label>
        <textarea matInput [id]="id + '-note'" formControlName="note" rows="3" maxlength="2000"></textarea>
        <mat-hint>For example: “Most said waiting for a care coordinator was the hardest part”.</mat-hint>
        @if (g.controls.note.invalid) {
          <mat-error>Write what this evidence shows</mat-error>
        }
      </mat-form-field>
      @if (removable()) {
        <div class="bs-actions">
          <button mat-button type="button" (click)="remove.emit()">Remove evidence {{ index() + 1 }}</button>
        </div>
      }
    </fieldset>
  `,
  styles: `
    .bs-evidence-item {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 8px;
      padding: 0.75rem 1rem;
      margin: 0;
      min-width: 0;
      display: flex;
      flex-direction: column;
      gap: 1rem;
    }
    .bs-evidence-item__legend {
      font-weight: 700;
      padding: 0 0.25rem;
    }
    .bs-evidence-item__label {
      font-weight: 700;
      margin: 0;
    }
    .bs-evidence-item__figures ul {
      margin: 0.25rem 0 0;
    }
  `,
})
export class EvidenceFieldset implements OnInit {
  readonly group = input.required<EvidenceGroup>();
  readonly index = input.required<number>();
  readonly removable = input(false);
  readonly remove = output<void>();
  protected readonly sources = inject(EvidenceSourcesStore);
  private readonly destroyRef = inject(DestroyRef);
  protected readonly consultations = computed(() => Object.fromEntries((this.sources.consultations() ?? []).map((c) => [c.id, c.title])));

  ngOnInit(): void {
    const controls = this.group().controls;
    controls.consultationId.valueChanges.pipe(takeUntilDestroyed(this.destroyRef)).subscribe((id) => {
      // A question, theme or quote belongs to one consultation: choosing another starts them again.
      controls.questionId.setValue('');
      controls.themeId.setValue('');
      controls.quoteId.setValue('');
      if (id) void this.sources.loadResults(id);
    });
  }

  protected results(): ConsultationResultsView | null {
    const id = this.group().controls.consultationId.value;
    return id ? (this.sources.results()[id] ?? null) : null;
  }

  /** The questions with figures: free-text answers have none. */
  protected questions(r: ConsultationResultsView): Record<string, string> | null {
    const counted = r.questions.filter((q) => q.kind !== 'text');
    return counted.length ? Object.fromEntries(counted.map((q) => [q.questionId, q.words])) : null;
  }

  protected figures(r: ConsultationResultsView): string[] {
    const question = r.questions.find((q) => q.questionId === this.group().controls.questionId.value);
    if (!question) return [];
    return [`Answered: ${question.answered} of ${r.responses}`, ...question.counts.map((c) => `${c.words}: ${c.count}`)];
  }

  protected themes(r: ConsultationResultsView): Record<string, string> {
    return Object.fromEntries(r.themes.map((t) => [t.id, `${t.name} (${t.answers} answers)`]));
  }

  protected quotes(r: ConsultationResultsView): Record<string, string> {
    return Object.fromEntries(r.quotes.map((q) => [q.id, `“${q.words}”`]));
  }
}
