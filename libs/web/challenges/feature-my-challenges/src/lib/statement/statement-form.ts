import { ChangeDetectionStrategy, Component, effect, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { COMMUNICATION_SUPPORT, type CommunicationSupport, type HerStatementBody, type HerStatementView, INFORMATION_FORMATS, type InformationFormat } from '@beside/shared/contracts';
import { MyStatementStore } from '@beside/web/challenges/data-access';
import { type FieldDescriptions, FormFlow } from '@beside/web/core';
import { CharCount, ErrorSummary } from '@beside/web/ui';
import { FORMAT_WORDS, SUPPORT_WORDS } from './statement-words';

type Field = 'whatToKnow' | 'interpreterLanguage' | 'crisis';
const FIELDS: FieldDescriptions<Field> = {
  whatToKnow: { id: 'about-me-know', label: 'What you want professionals to know', messages: { maxlength: 'Make it shorter: up to 4,000 characters' } },
  interpreterLanguage: { id: 'about-me-interpreter', label: 'Interpreter’s language', messages: { maxlength: 'Make it shorter: up to 60 characters' } },
  crisis: { id: 'about-me-crisis', label: 'What helps you in a crisis', messages: { maxlength: 'Make it shorter: up to 4,000 characters' } },
};

/** What the page says when a save meets a newer version saved somewhere else. */
export const SAVED_ELSEWHERE = 'You saved “About me” somewhere else since you opened this page. We are showing what was saved last. Please check it and save again.';

function boxes<K extends string>(keys: readonly K[]): FormGroup<Record<K, FormControl<boolean>>> {
  return new FormGroup(Object.fromEntries(keys.map((k) => [k, new FormControl(false, { nonNullable: true })])) as Record<K, FormControl<boolean>>);
}

/** Her words for professionals: what to know, the formats and support she needs, an interpreter, what helps in a crisis. */
@Component({
  selector: 'bs-statement-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatCheckboxModule, MatFormFieldModule, MatInputModule, ErrorSummary, CharCount],
  template: `
    <bs-error-summary [errors]="flow.errors()" />
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate aria-labelledby="about-me-words-heading">
      <mat-form-field>
        <mat-label>What you want professionals to know (optional)</mat-label>
        <textarea matInput [id]="fields.whatToKnow.id" formControlName="whatToKnow" rows="5"></textarea>
        <mat-hint>In your own words. For example: what has happened before, what makes things harder. <bs-char-count [value]="form.controls.whatToKnow.value" [max]="4000" /></mat-hint>
        <mat-error>{{ flow.message('whatToKnow') }}</mat-error>
      </mat-form-field>

      <fieldset class="bs-fieldset" formGroupName="formats">
        <legend>How to give you information</legend>
        <p class="bs-hint">Tick any that help you.</p>
        @for (f of formats; track f) {
          <mat-checkbox [formControlName]="f" [id]="'about-me-format-' + f">{{ formatWords[f] }}</mat-checkbox>
        }
      </fieldset>

      <fieldset class="bs-fieldset" formGroupName="support">
        <legend>Support you need to communicate</legend>
        <p class="bs-hint">Tick any that help you.</p>
        @for (s of support; track s) {
          <mat-checkbox [formControlName]="s" [id]="'about-me-support-' + s">{{ supportWords[s] }}</mat-checkbox>
        }
      </fieldset>

      <mat-form-field>
        <mat-label>An interpreter for a spoken language (optional)</mat-label>
        <input matInput [id]="fields.interpreterLanguage.id" formControlName="interpreterLanguage" autocomplete="off" />
        <mat-hint>Which language, for example: Polish</mat-hint>
        <mat-error>{{ flow.message('interpreterLanguage') }}</mat-error>
      </mat-form-field>

      <mat-form-field>
        <mat-label>What helps you in a crisis (optional)</mat-label>
        <textarea matInput [id]="fields.crisis.id" formControlName="crisis" rows="4"></textarea>
        <mat-hint>For example: who to call, what to say or not say. <bs-char-count [value]="form.controls.crisis.value" [max]="4000" /></mat-hint>
        <mat-error>{{ flow.message('crisis') }}</mat-error>
      </mat-form-field>

      <div class="bs-actions">
        <button mat-flat-button type="submit" [disabled]="flow.pending()">Save About me</button>
      </div>
      @if (status(); as s) {
        <p role="status">{{ s }}</p>
      }
    </form>
  `,
  styles: `
    mat-form-field {
      width: 100%;
      margin-bottom: 1.25rem;
    }
    .bs-fieldset {
      border: 0;
      padding: 0;
      margin: 0 0 1.25rem;
      min-width: 0;
    }
    legend {
      font-weight: 700;
      padding: 0;
    }
    .bs-hint {
      margin: 0.25rem 0 0.5rem;
    }
    mat-checkbox {
      display: block;
    }
  `,
})
export class StatementForm {
  private readonly store = inject(MyStatementStore);
  protected readonly fields = FIELDS;
  protected readonly formats = INFORMATION_FORMATS;
  protected readonly support = COMMUNICATION_SUPPORT;
  protected readonly formatWords = FORMAT_WORDS;
  protected readonly supportWords = SUPPORT_WORDS;
  protected readonly status = signal<string | null>(null);
  protected readonly form = new FormGroup({
    whatToKnow: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(4000)] }),
    formats: boxes(INFORMATION_FORMATS),
    support: boxes(COMMUNICATION_SUPPORT),
    interpreterLanguage: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(60)] }),
    crisis: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(4000)] }),
  });
  protected readonly flow = new FormFlow(this.form, FIELDS, { unsavedChanges: true });

  constructor() {
    // Shows what is saved, until she starts changing it.
    effect(() => {
      const statement = this.store.statement();
      if (statement && !this.form.dirty) this.fill(statement);
    });
  }

  private fill(s: HerStatementView): void {
    this.form.reset({
      whatToKnow: s.whatToKnow ?? '',
      formats: Object.fromEntries(INFORMATION_FORMATS.map((f) => [f, s.formats.includes(f)])) as Record<InformationFormat, boolean>,
      support: Object.fromEntries(COMMUNICATION_SUPPORT.map((c) => [c, s.support.includes(c)])) as Record<CommunicationSupport, boolean>,
      interpreterLanguage: s.interpreterLanguage ?? '',
      crisis: s.crisis ?? '',
    });
  }

  protected async submit(): Promise<void> {
    this.status.set(null);
    await this.flow.submit(() => {
      const v = this.form.getRawValue();
      const body: HerStatementBody = {
        whatToKnow: v.whatToKnow.trim() || null,
        formats: INFORMATION_FORMATS.filter((f) => v.formats[f]),
        support: COMMUNICATION_SUPPORT.filter((c) => v.support[c]),
        interpreterLanguage: v.interpreterLanguage.trim() || null,
        crisis: v.crisis.trim() || null,
      };
      return {
        body,
        write: () => this.store.save(body),
        saved: (saved) => {
          this.fill(saved);
          this.status.set('Saved. Professionals see this only where you choose below.');
        },
        conflict: (conflict) => {
          this.fill(conflict.current);
          this.flow.errors.set([{ message: SAVED_ELSEWHERE }]);
        },
      };
    });
  }
}
