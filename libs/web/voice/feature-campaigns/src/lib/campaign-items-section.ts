import { afterNextRender, ChangeDetectionStrategy, Component, computed, inject, Injector, input, signal } from '@angular/core';
import { NgTemplateOutlet } from '@angular/common';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { confirmWith, type FieldDescriptions, FormFlow } from '@beside/web/core';
import { CampaignsStore } from '@beside/web/voice/data-access';
import { ConflictNotice, ErrorSummary, FormField } from '@beside/web/ui';
import { type CampaignItemKindConfig, itemBody, itemValues } from './campaign-items';
import { londonToday, RELOADED } from './campaign-words';

const NO_MESSAGES: Record<string, string> = {};

type Editing = { id: string | null; flow: FormFlow<FormGroup<Record<string, FormControl<string>>>> };

/**
 * One kind of a campaign's items (asks, targets, actions or outcomes): the list, and adding, changing and removing them
 * in place. Each write carries the campaign's version; after a stale one the page shows the campaign as it is now.
 */
@Component({
  selector: 'bs-campaign-items-section',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [NgTemplateOutlet, ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, ConflictNotice, ErrorSummary, FormField],
  template: `
    @let c = config();
    <section class="bs-section" [attr.aria-labelledby]="c.kind + '-heading'">
      <h2 [id]="c.kind + '-heading'" tabindex="-1">{{ c.heading }}</h2>
      <p class="bs-visually-hidden" aria-live="polite">{{ said() }}</p>
      @if (problem(); as p) {
        <p class="bs-inline-error" role="alert">{{ p }}</p>
      }
      <ul class="bs-items">
        @for (item of items(); track item.id) {
          <li class="bs-item">
            @if (editing()?.id === item.id) {
              <ng-container *ngTemplateOutlet="form" />
            } @else {
              <p class="bs-item__title">
                {{ c.title(item) }}
                @if (c.warning?.(item, today); as w) {
                  <strong class="bs-item__warning">{{ w }}</strong>
                }
              </p>
              @for (line of c.details(item); track $index) {
                <p class="bs-item__detail">{{ line }}</p>
              }
              <div class="bs-actions">
                <button mat-button type="button" [attr.aria-label]="'Change ' + c.noun + ': ' + c.title(item)" (click)="edit(item.id)">Change</button>
                <button mat-button type="button" [attr.aria-label]="'Remove ' + c.noun + ': ' + c.title(item)" (click)="remove(item.id, c.title(item))">
                  Remove
                </button>
              </div>
            }
          </li>
        } @empty {
          <li>{{ c.empty }}</li>
        }
      </ul>
      @if (editing()?.id === null) {
        <ng-container *ngTemplateOutlet="form" />
      } @else {
        <button mat-stroked-button type="button" [id]="c.kind + '-add'" (click)="edit(null)">Add {{ article() }} {{ c.noun }}</button>
      }
    </section>

    <ng-template #form>
      @if (editing(); as e) {
        <bs-error-summary [errors]="e.flow.errors()" />
        @if (e.flow.conflict(); as words) {
          <bs-conflict-notice [message]="words + ' ' + reloaded" reapplyLabel="Save my change again" (reapply)="save(e)" (dismiss)="cancel()" />
        }
        <form class="bs-item-form" [formGroup]="e.flow.form" (ngSubmit)="save(e)" novalidate>
          @for (f of c.fields; track f.name) {
            @let fieldId = c.kind + '-' + f.name;
            @switch (f.kind) {
              @case ('text') {
                <bs-form-field [name]="f.name" [flow]="e.flow" [label]="f.label" [hint]="f.hint" [maxlength]="f.max" autocomplete="off" />
              }
              @case ('choice') {
                <bs-form-field [name]="f.name" [flow]="e.flow" [label]="f.label" [labels]="f.labels" fieldClass="bs-field bs-field--short" />
              }
              @default {
                <mat-form-field [class]="f.kind === 'date' ? 'bs-field bs-field--short' : 'bs-field'">
                  <mat-label>{{ f.label }}</mat-label>
                  @if (f.kind === 'date') {
                    <input matInput type="date" [id]="fieldId" [formControlName]="f.name" />
                  } @else {
                    <textarea matInput [id]="fieldId" [formControlName]="f.name" rows="3" [maxlength]="f.max ?? null"></textarea>
                  }
                  @if (f.hint) {
                    <mat-hint>{{ f.hint }}</mat-hint>
                  }
                  @if (e.flow.message(f.name); as m) {
                    <mat-error>{{ m }}</mat-error>
                  }
                </mat-form-field>
              }
            }
          }
          <div class="bs-actions">
            <button mat-flat-button type="submit" [disabled]="e.flow.pending()">{{ e.id ? 'Save the ' + c.noun : 'Add the ' + c.noun }}</button>
            <button mat-button type="button" (click)="cancel()">Cancel</button>
          </div>
        </form>
      }
    </ng-template>
  `,
  styles: `
    .bs-items {
      list-style: none;
      padding: 0;
      margin: 0 0 1rem;
    }
    .bs-item {
      border-top: 1px solid var(--mat-sys-outline-variant);
      padding: 0.5rem 0;
    }
    .bs-item__title {
      font-weight: 600;
      margin: 0.25rem 0;
      overflow-wrap: anywhere;
    }
    .bs-item__detail {
      margin: 0;
      overflow-wrap: anywhere;
    }
    .bs-item__warning {
      color: var(--bs-error, #b3261e);
      margin-left: 0.5rem;
    }
    .bs-item-form {
      display: flex;
      flex-direction: column;
      gap: 1rem;
      max-width: 40rem;
      margin: 0.5rem 0 1rem;
    }
  `,
})
export class CampaignItemsSection {
  readonly config = input.required<CampaignItemKindConfig>();
  private readonly store = inject(CampaignsStore);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  protected readonly today = londonToday();
  protected readonly items = computed(() => {
    const campaign = this.store.current();
    return campaign ? this.config().items(campaign) : [];
  });
  protected readonly article = computed(() => (/^[aeiou]/.test(this.config().noun) ? 'an' : 'a'));
  protected readonly editing = signal<Editing | null>(null);
  protected readonly problem = signal<string | null>(null);
  protected readonly said = signal('');
  protected readonly reloaded = RELOADED;

  /** Opens the form for one item (`id`) or a new one (null), with a fresh form and flow. */
  protected edit(id: string | null): void {
    const config = this.config();
    const values = itemValues(config, id ? (this.items().find((i) => i.id === id) ?? null) : null);
    const controls = Object.fromEntries(
      config.fields.map((f) => [f.name, new FormControl(values[f.name], { nonNullable: true, validators: f.required ? [Validators.required, Validators.pattern(/\S/)] : [] })]),
    );
    const fields: FieldDescriptions = Object.fromEntries(
      config.fields.map((f) => [f.name, { id: `${config.kind}-${f.name}`, label: f.label, messages: f.required ? { required: f.required, pattern: f.required } : NO_MESSAGES }]),
    );
    this.problem.set(null);
    this.editing.set({ id, flow: new FormFlow(new FormGroup(controls), fields) });
    this.focus(`${config.kind}-${config.fields[0].name}`);
  }

  protected cancel(): void {
    const id = this.editing()?.id;
    this.editing.set(null);
    this.focus(id ? `${this.config().kind}-heading` : `${this.config().kind}-add`);
  }

  protected async save(editing: Editing): Promise<void> {
    const config = this.config();
    await editing.flow.submit(() => {
      const body = itemBody(config, editing.flow.form.getRawValue());
      return {
        body,
        write: (key) => (editing.id ? this.store.updateItem(config.kind, editing.id, body) : this.store.addItem(config.kind, body, key)),
        saved: () => {
          this.editing.set(null);
          this.said.set(editing.id ? `The ${config.noun} is saved.` : `The ${config.noun} is added.`);
          this.focus(`${config.kind}-heading`);
        },
        conflict: (stale) => this.store.current.set(stale.current),
      };
    });
  }

  protected async remove(id: string, title: string): Promise<void> {
    const noun = this.config().noun;
    const sure = await confirmWith(this.dialog, {
      title: `Remove this ${noun}?`,
      body: `“${title}” will be removed from the campaign.`,
      confirm: `Remove the ${noun}`,
      cancel: `Keep the ${noun}`,
    });
    if (!sure) return;
    const result = await this.store.removeItem(this.config().kind, id);
    if (result.ok) {
      this.problem.set(null);
      this.said.set(`The ${noun} “${title}” is removed.`);
      this.focus(`${this.config().kind}-heading`);
    } else {
      if (result.conflict) this.store.current.set(result.conflict.current);
      this.problem.set(result.conflict ? 'Someone else changed the campaign since you opened it. The page now shows it as they left it: check it, then remove again if you still want to.' : result.problem.messages.join(' '));
    }
  }

  private focus(id: string): void {
    afterNextRender(() => document.getElementById(id)?.focus(), { injector: this.injector });
  }
}
