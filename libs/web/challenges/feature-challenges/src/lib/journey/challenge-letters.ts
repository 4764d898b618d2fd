import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked, viewChild } from '@angular/core';
import { FormControl, FormGroup, FormGroupDirective, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import type { ChallengeView, LetterTemplateView } from '@beside/shared/contracts';
import { ChallengeLettersStore } from '@beside/web/challenges/data-access';
import { type FieldDescriptions, FormFlow } from '@beside/web/core';
import { ErrorSummary, Notice } from '@beside/web/ui';
import { LetterCard } from './letter-card';

const FIELDS: FieldDescriptions<'templateKey'> = {
  templateKey: { id: 'letter-template', label: 'Template', messages: { required: 'Choose a template to draft from' } },
};

export interface TemplateGroup {
  label: string;
  templates: LetterTemplateView[];
}

/** Templates for this challenge's kind and current stage first, then its kind's others, then those for any challenge, then the rest. */
export function templateGroups(templates: LetterTemplateView[], challenge: ChallengeView): TemplateGroup[] {
  const stageKey = challenge.status === 'open' ? challenge.stages[challenge.stages.length - 1]?.key : undefined;
  const ofType = templates.filter((t) => t.challengeTypeKey === challenge.typeKey);
  const groups: TemplateGroup[] = [
    { label: 'For this stage', templates: ofType.filter((t) => !t.stageKey || t.stageKey === stageKey) },
    { label: `For other stages of ${challenge.typeName}`, templates: ofType.filter((t) => t.stageKey && t.stageKey !== stageKey) },
    { label: 'For any challenge', templates: templates.filter((t) => !t.challengeTypeKey) },
    { label: 'For other kinds of challenge', templates: templates.filter((t) => t.challengeTypeKey && t.challengeTypeKey !== challenge.typeKey) },
  ];
  return groups.filter((g) => g.templates.length);
}

/** The letters of one challenge: draft one from a template, then each letter with its versions. */
@Component({
  selector: 'bs-challenge-letters',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatSelectModule, ErrorSummary, Notice, LetterCard],
  providers: [ChallengeLettersStore],
  template: `
    <h3 id="letters-heading">Letters</h3>
    @if (store.problem(); as p) {
      <bs-notice kind="warning">{{ p }}</bs-notice>
    }
    @if (editable()) {
      <bs-error-summary [errors]="flow.errors()" />
      <form class="bs-form bs-draft" [formGroup]="form" (ngSubmit)="draft()" novalidate aria-label="Draft a letter">
        <mat-form-field class="bs-field">
          <mat-label>Template</mat-label>
          <mat-select [id]="fields.templateKey.id" formControlName="templateKey">
            @for (g of groups(); track g.label) {
              <mat-optgroup [label]="g.label">
                @for (t of g.templates; track t.key) {
                  <mat-option [value]="t.key">{{ t.name }}</mat-option>
                }
              </mat-optgroup>
            }
          </mat-select>
          <mat-hint>Filled in from her details and this challenge, for you to change with her</mat-hint>
          <mat-error>{{ flow.message('templateKey') }}</mat-error>
        </mat-form-field>
        <button mat-flat-button type="submit" [disabled]="flow.pending()">Draft a letter</button>
      </form>
      @if (drafted()) {
        <bs-notice kind="success">{{ drafted() }}</bs-notice>
      }
    }
    @for (l of store.letters(); track l.id) {
      <bs-letter-card [letter]="l" [editable]="editable()" />
    } @empty {
      @if (store.loaded()) {
        <p>No letters yet.</p>
      }
    }
  `,
  styles: `
    .bs-draft {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      gap: 0 1rem;
    }
    .bs-draft button {
      margin-top: 0.5rem;
    }
  `,
})
export class ChallengeLetters {
  readonly challenge = input.required<ChallengeView>();
  readonly editable = input(true);
  protected readonly store = inject(ChallengeLettersStore);
  protected readonly fields = FIELDS;
  protected readonly form = new FormGroup({ templateKey: new FormControl('', { nonNullable: true, validators: [Validators.required] }) });
  protected readonly flow = new FormFlow(this.form, FIELDS, { fallbackField: 'templateKey' });
  protected readonly drafted = signal<string | null>(null);
  private readonly formDir = viewChild(FormGroupDirective);
  protected readonly groups = computed(() => templateGroups(this.store.templates(), this.challenge()));

  private readonly challengeId = computed(() => this.challenge().id);

  constructor() {
    effect(() => {
      const id = this.challengeId();
      untracked(() => void this.store.load(id));
    });
  }

  protected async draft(): Promise<void> {
    this.drafted.set(null);
    await this.flow.submit(() => {
      const templateKey = this.form.getRawValue().templateKey;
      return {
        body: { templateKey },
        write: (key) => this.store.draft(templateKey, key),
        saved: (letter) => {
          this.formDir()?.resetForm({ templateKey: '' });
          this.drafted.set(`“${letter.title}” is drafted below. Read it through with her and change what she wants changed.`);
        },
      };
    });
  }
}
