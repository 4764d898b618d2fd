import { afterNextRender, ChangeDetectionStrategy, Component, inject, Injector } from '@angular/core';
import { FormArray, FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import type { ProposeFindingRequest } from '@beside/shared/contracts';
import { type FieldDescriptions, FlashNotice, FormFlow } from '@beside/web/core';
import { EvidenceSourcesStore, FindingsStore } from '@beside/web/voice/data-access';
import { ErrorSummary, FormField, Notice, PageHeader } from '@beside/web/ui';
import { evidenceBody, evidenceComplete, evidenceGroup, type EvidenceGroup, firstMissingEvidenceField } from './evidence-form';
import { EvidenceFieldset } from './evidence-fieldset';

type Field = 'title' | 'summary' | 'evidence';

const FIELDS = (evidenceFieldId: string): FieldDescriptions<Field> => ({
  title: { id: 'finding-title', label: 'Title', messages: { required: 'Enter a title for the finding', pattern: 'Enter a title for the finding' } },
  summary: {
    id: 'finding-summary',
    label: 'Summary',
    messages: { required: 'Say what the finding is, in plain words', pattern: 'Say what the finding is, in plain words' },
  },
  evidence: {
    id: evidenceFieldId,
    label: 'Evidence',
    messages: { required: 'Add at least one piece of evidence', incomplete: 'Choose a consultation and write a note for each piece of evidence' },
  },
});

const TEXT = [Validators.required, Validators.pattern(/\S/)];

/** A panel member or a manager proposes a finding for the panel: what it is, and the evidence it rests on. */
@Component({
  selector: 'bs-propose-finding-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, RouterLink, MatButtonModule, MatFormFieldModule, MatInputModule, ErrorSummary, FormField, Notice, PageHeader, EvidenceFieldset],
  providers: [FindingsStore, EvidenceSourcesStore],
  template: `
    <bs-page-header heading="Propose a finding" caption="Lived-experience panel">
      <p>
        A finding says, in plain words, something the consultation results show. The panel votes on it, and approves it as a priority or
        sets it aside. Show what it rests on: the consultation, and a question’s figures, a theme or a published quote.
      </p>
    </bs-page-header>
    @if (sources.problem(); as p) {
      <bs-notice kind="warning">{{ p }}</bs-notice>
    }
    <bs-error-summary [errors]="flow.errors()" />
    <form class="bs-propose" [formGroup]="form" (ngSubmit)="propose()" novalidate>
      <bs-form-field name="title" [flow]="flow" label="Title" [maxlength]="200" autocomplete="off" />
      <mat-form-field class="bs-field">
        <mat-label>Summary</mat-label>
        <textarea matInput id="finding-summary" formControlName="summary" rows="4" maxlength="4000"></textarea>
        <mat-hint>Plain words a woman who answered would recognise.</mat-hint>
        @if (flow.message('summary'); as m) {
          <mat-error>{{ m }}</mat-error>
        }
      </mat-form-field>
      <h2 id="evidence-heading" tabindex="-1">Evidence</h2>
      @if (sources.consultations()?.length === 0) {
        <p>There are no consultations with results yet.</p>
      }
      @for (g of evidence.controls; track g; let i = $index) {
        <bs-evidence-fieldset [group]="g" [index]="i" [removable]="evidence.length > 1" (remove)="removeEvidence(i)" />
      }
      @if (flow.message('evidence'); as m) {
        <p class="bs-inline-error">{{ m }}</p>
      }
      <div class="bs-actions">
        <button mat-stroked-button type="button" (click)="addEvidence()">Add another piece of evidence</button>
      </div>
      <div class="bs-actions">
        <button mat-flat-button type="submit" [disabled]="flow.pending()">{{ flow.pending() ? 'Proposing…' : 'Propose the finding' }}</button>
        <a mat-button routerLink="/panel">Cancel</a>
      </div>
    </form>
  `,
  styles: `
    .bs-propose {
      display: flex;
      flex-direction: column;
      gap: 1.25rem;
      max-width: 40rem;
    }
    .bs-propose h2 {
      margin: 0.5rem 0 0;
    }
  `,
})
export class ProposeFindingPage {
  private readonly store = inject(FindingsStore);
  protected readonly sources = inject(EvidenceSourcesStore);
  private readonly router = inject(Router);
  private readonly flash = inject(FlashNotice);
  private readonly injector = inject(Injector);
  protected readonly evidence = new FormArray<EvidenceGroup>([evidenceGroup()], { validators: evidenceComplete });
  protected readonly form = new FormGroup({
    title: new FormControl('', { nonNullable: true, validators: [...TEXT, Validators.maxLength(200)] }),
    summary: new FormControl('', { nonNullable: true, validators: TEXT }),
    evidence: this.evidence,
  });
  protected readonly flow = new FormFlow(this.form, () => FIELDS(firstMissingEvidenceField(this.evidence)), { unsavedChanges: true });

  constructor() {
    void this.sources.loadConsultations();
  }

  protected addEvidence(): void {
    this.evidence.push(evidenceGroup());
    const id = `evidence-${this.evidence.length - 1}-consultation`;
    afterNextRender(() => document.getElementById(id)?.focus(), { injector: this.injector });
  }

  protected removeEvidence(index: number): void {
    this.evidence.removeAt(index);
    afterNextRender(() => document.getElementById('evidence-heading')?.focus(), { injector: this.injector });
  }

  protected async propose(): Promise<void> {
    await this.flow.submit(() => {
      const v = this.form.getRawValue();
      const request: ProposeFindingRequest = { title: v.title.trim(), summary: v.summary.trim(), evidence: this.evidence.controls.map(evidenceBody) };
      return {
        body: request,
        write: (key) => this.store.propose(request, key),
        saved: async (finding) => {
          this.form.markAsPristine();
          this.flash.set('Your finding is proposed. The panel can now vote on it.');
          await this.router.navigate(['/panel/findings', finding.id]);
        },
      };
    });
  }
}
