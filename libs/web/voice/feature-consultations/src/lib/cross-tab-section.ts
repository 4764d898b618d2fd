import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators, type AbstractControl } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import type { ConsultationQuestionResult } from '@beside/shared/contracts';
import { FormFlow, type FieldDescriptions } from '@beside/web/core';
import { ConsultationResultsStore } from '@beside/web/voice/data-access';
import { ErrorSummary, FormField, Notice } from '@beside/web/ui';

const FIELDS: FieldDescriptions<'rows' | 'columns'> = {
  rows: { id: 'cross-tab-rows', label: 'Rows', messages: { required: 'Choose the question for the rows' } },
  columns: { id: 'cross-tab-columns', label: 'Columns', messages: { required: 'Choose the question for the columns', same: 'Choose a different question for the columns' } },
};

function different(group: AbstractControl): null {
  const { rows, columns } = (group as FormGroup<{ rows: FormControl<string>; columns: FormControl<string> }>).controls;
  const same = !!rows.value && rows.value === columns.value;
  const errors = columns.errors ?? {};
  if (same) columns.setErrors({ ...errors, same: true });
  else if (errors['same']) {
    const { same: _same, ...rest } = errors;
    columns.setErrors(Object.keys(rest).length ? rest : null);
  }
  return null;
}

/** Two single-choice or scale questions against each other: shown only when every cell is 5 or more. */
@Component({
  selector: 'bs-cross-tab-section',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, ErrorSummary, FormField, Notice],
  template: `
    <section class="bs-section" aria-labelledby="cross-tab-heading">
      <h2 id="cross-tab-heading">Compare two questions</h2>
      @if (choices().length < 2) {
        <p>Comparing needs two questions where she chose one answer or a number from 0 to 10.</p>
      } @else {
        <p>How the answers to one question split by the answers to another. Shown only when every cell has 5 or more women.</p>
        <bs-error-summary [errors]="flow.errors()" />
        <form class="bs-cross-tab__form" [formGroup]="form" (ngSubmit)="show()" novalidate>
          <bs-form-field name="rows" [flow]="flow" label="Rows" [labels]="choiceLabels()" none="Choose a question" />
          <bs-form-field name="columns" [flow]="flow" label="Columns" [labels]="choiceLabels()" none="Choose a question" />
          <div class="bs-actions">
            <button mat-stroked-button type="submit">Compare</button>
          </div>
        </form>
        @if (store.crossTabProblem(); as p) {
          <bs-notice kind="warning">{{ p }}</bs-notice>
        }
        @if (store.crossTab(); as t) {
          @if (t.shown) {
            <div class="bs-cross-tab" role="region" aria-labelledby="cross-tab-caption" tabindex="0">
              <table>
                <caption id="cross-tab-caption">{{ wordsOf(t.rowsQuestionId) }} (rows) by {{ wordsOf(t.columnsQuestionId) }} (columns)</caption>
                <thead>
                  <tr>
                    <td></td>
                    @for (c of t.columns; track c.key) {
                      <th scope="col">{{ c.words }}</th>
                    }
                  </tr>
                </thead>
                <tbody>
                  @for (r of t.rows; track r.key; let i = $index) {
                    <tr>
                      <th scope="row">{{ r.words }}</th>
                      @for (cell of t.cells[i]; track $index) {
                        <td>{{ cell }}</td>
                      }
                    </tr>
                  }
                </tbody>
              </table>
            </div>
          } @else {
            <bs-notice>{{ t.reason ?? 'Not shown: some cells have fewer than 5 women, so they could identify someone.' }}</bs-notice>
          }
        }
      }
    </section>
  `,
  styles: `
    .bs-cross-tab__form {
      display: flex;
      flex-wrap: wrap;
      gap: 0 1rem;
      align-items: baseline;
    }
    .bs-cross-tab {
      overflow-x: auto;
    }
    .bs-cross-tab:focus-visible {
      outline: 3px solid var(--bs-focus, #fd0);
    }
    table {
      border-collapse: collapse;
    }
    caption {
      text-align: left;
      font-weight: 700;
      padding-bottom: 0.25rem;
    }
    th,
    td {
      text-align: left;
      padding: 0.375rem 0.75rem 0.375rem 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    td {
      font-variant-numeric: tabular-nums;
    }
  `,
})
export class CrossTabSection {
  readonly consultationId = input.required<string>();
  readonly questions = input.required<ConsultationQuestionResult[]>();
  protected readonly store = inject(ConsultationResultsStore);
  protected readonly choices = computed(() => this.questions().filter((q) => q.kind === 'single' || q.kind === 'scale'));
  protected readonly choiceLabels = computed(() => Object.fromEntries(this.choices().map((q, i) => [q.questionId, `${i + 1}. ${q.words}`])));
  protected readonly form = new FormGroup(
    {
      rows: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
      columns: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    },
    { validators: different },
  );
  protected readonly flow = new FormFlow(this.form, FIELDS);

  protected show(): void {
    if (!this.flow.validate()) return;
    this.flow.clear();
    const { rows, columns } = this.form.getRawValue();
    void this.store.showCrossTab(this.consultationId(), rows, columns);
  }

  protected wordsOf(questionId: string): string {
    return this.questions().find((q) => q.questionId === questionId)?.words ?? 'A question';
  }
}
