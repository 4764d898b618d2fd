import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import type { RetentionRecordType } from '@beside/shared/contracts';
import { RetentionStore } from '@beside/web/data-protection/data-access';
import { LondonPipe, Notice } from '@beside/web/ui';
import { RetentionRuleForm } from './retention-rule-form';
import { monthsInWords, RECORD_TYPE_WORDS } from './retention-words';

/** The retention schedule: each record type's period, its reason, and whether it is the default; a manager changes one. */
@Component({
  selector: 'bs-retention-rules-section',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, LondonPipe, Notice, RetentionRuleForm],
  template: `
    <section class="bs-section" aria-labelledby="rules-heading">
      <h2 id="rules-heading">Retention schedule</h2>
      <p>How long each kind of record is kept before it is due for review. A journey with safeguarding records is due only when both periods have passed.</p>
      @if (saved(); as what) {
        <bs-notice kind="success">{{ what }}</bs-notice>
      }
      @if (store.rulesProblem(); as p) {
        <bs-notice kind="warning">{{ p }}</bs-notice>
      }
      @for (rule of store.rules(); track rule.recordType) {
        <article class="bs-rule" [attr.aria-labelledby]="'rule-' + rule.recordType">
          <h3 [id]="'rule-' + rule.recordType">{{ words[rule.recordType].name }}</h3>
          <p><strong>{{ monthsInWords(rule.keepMonths) }}</strong> {{ words[rule.recordType].from }}.
            @if (rule.isDefault) {
              <span class="bs-secondary-text">The default.</span>
            } @else {
              <span class="bs-secondary-text">Changed by {{ rule.updatedBy }} on {{ rule.updatedAt! | london: 'date' }} (the default is {{ monthsInWords(rule.defaultMonths) }}).</span>
            }
          </p>
          <p class="bs-reason">{{ rule.reason }}</p>
          @if (editing() === rule.recordType) {
            <bs-retention-rule-form [rule]="rule" (done)="savedRule(rule.recordType)" (cancelled)="editing.set(null)" />
          } @else {
            <button mat-stroked-button type="button" (click)="edit(rule.recordType)">Change the period<span class="bs-visually-hidden"> for {{ words[rule.recordType].name }}</span></button>
          }
        </article>
      } @empty {
        @if (!store.rulesLoaded()) {
          <p role="status">Loading the schedule…</p>
        }
      }
    </section>
  `,
  styles: `
    .bs-rule { border-bottom: 1px solid var(--mat-sys-outline-variant); padding: 0 0 1rem; margin: 0 0 1rem; }
    h3 { font-size: 1.125rem; margin: 0 0 0.25rem; }
    .bs-reason { white-space: pre-line; max-width: 60rem; }
  `,
})
export class RetentionRulesSection {
  protected readonly store = inject(RetentionStore);
  protected readonly words = RECORD_TYPE_WORDS;
  protected readonly monthsInWords = monthsInWords;
  protected readonly editing = signal<RetentionRecordType | null>(null);
  protected readonly saved = signal<string | null>(null);

  protected edit(type: RetentionRecordType): void {
    this.saved.set(null);
    this.editing.set(type);
  }

  protected savedRule(type: RetentionRecordType): void {
    this.editing.set(null);
    this.saved.set(`The period for ${this.words[type].name.split(' (')[0].toLowerCase()} is saved. Records due under it appear in the review queue.`);
    // A changed period moves what is due: the queue is read again.
    void this.store.loadReviews();
  }
}
