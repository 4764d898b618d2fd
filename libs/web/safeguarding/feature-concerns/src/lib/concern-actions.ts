import { ChangeDetectionStrategy, Component, computed, effect, inject, signal, untracked, viewChild } from '@angular/core';
import { FormControl, FormGroup, FormGroupDirective, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import type { ConcernActionView } from '@beside/shared/contracts';
import { type FieldDescriptions, FormFlow, SessionStore } from '@beside/web/core';
import { ConcernStore } from '@beside/web/safeguarding/data-access';
import { ErrorSummary, LondonPipe } from '@beside/web/ui';

type Field = 'description' | 'ownerId' | 'dueOn';

const FIELDS: FieldDescriptions<Field> = {
  description: { id: 'action-description', label: 'Action', messages: { required: 'Describe the action', maxlength: 'Make it shorter' } },
  ownerId: { id: 'action-owner', label: 'Owner', messages: { required: 'Choose who owns the action' } },
  dueOn: { id: 'action-due', label: 'Due date', messages: { required: 'Enter the date it is due' } },
};

/** A concern's actions: each with an owner and due date; managers add them, the owner or a manager marks them done. */
@Component({
  selector: 'bs-concern-actions',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatSelectModule, ErrorSummary, LondonPipe],
  template: `
    <section class="bs-section" aria-labelledby="actions-heading">
      <h2 id="actions-heading">Actions</h2>
      @if (status(); as s) {
        <p role="status">{{ s }}</p>
      }
      @if (markError(); as e) {
        <bs-error-summary [errors]="[{ message: e }]" />
      }
      <ul class="bs-action-list">
        @for (a of actions(); track a.id) {
          <li class="bs-action" [class.bs-action--done]="a.doneAt">
            <p class="bs-action__what">{{ a.description }}</p>
            <p class="bs-secondary-text">
              {{ a.owner.name }} · due {{ a.dueOn | london: 'date' }}
              @if (a.overdue && !a.doneAt) {
                <strong class="bs-overdue"> · overdue</strong>
              }
            </p>
            @if (a.doneAt) {
              <p><strong>Done</strong> {{ a.doneAt | london: 'dateTime' }}{{ a.doneBy ? ' by ' + a.doneBy.name : '' }}{{ a.doneNote ? ': ' + a.doneNote : '' }}</p>
            } @else if (canComplete(a)) {
              <button mat-stroked-button type="button" [disabled]="pending()" (click)="complete(a)" [attr.aria-label]="'Mark done: ' + a.description">
                Mark done
              </button>
            }
          </li>
        } @empty {
          <li>No actions yet.</li>
        }
      </ul>
      @if (canAdd()) {
        <h3 id="add-action-heading">Add an action</h3>
        <bs-error-summary [errors]="flow.errors()" />
        <form class="bs-action-form" [formGroup]="form" (ngSubmit)="add()" novalidate aria-labelledby="add-action-heading">
          <mat-form-field class="bs-action-form__what">
            <mat-label>Action</mat-label>
            <input matInput [id]="fields.description.id" formControlName="description" />
            <mat-error>{{ flow.message('description') }}</mat-error>
          </mat-form-field>
          <mat-form-field>
            <mat-label>Owner</mat-label>
            <mat-select [id]="fields.ownerId.id" formControlName="ownerId">
              @for (s of store.owners(); track s.id) {
                <mat-option [value]="s.id">{{ s.displayName }} ({{ s.role === 'manager' ? 'manager' : 'advocate' }})</mat-option>
              }
            </mat-select>
            <mat-hint>Only people who may see this concern</mat-hint>
            <mat-error>{{ flow.message('ownerId') }}</mat-error>
          </mat-form-field>
          <mat-form-field>
            <mat-label>Due date</mat-label>
            <input matInput type="date" [id]="fields.dueOn.id" formControlName="dueOn" />
            <mat-error>{{ flow.message('dueOn') }}</mat-error>
          </mat-form-field>
          <button mat-stroked-button type="submit" [disabled]="flow.pending()">Add action</button>
        </form>
      }
    </section>
  `,
  styles: `
    .bs-action-list {
      list-style: none;
      padding: 0;
      margin: 0 0 1rem;
    }
    .bs-action {
      padding: 0.75rem 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .bs-action p {
      margin: 0.25rem 0;
    }
    .bs-action__what {
      font-weight: 600;
      overflow-wrap: anywhere;
    }
    .bs-action--done .bs-action__what {
      font-weight: 400;
    }
    .bs-overdue {
      color: var(--bs-error);
    }
    .bs-action-form {
      display: flex;
      flex-wrap: wrap;
      gap: 1rem;
      align-items: flex-start;
    }
    .bs-action-form mat-form-field {
      flex: 1 1 11rem;
    }
    .bs-action-form .bs-action-form__what {
      flex: 2 1 18rem;
    }
    .bs-action-form button {
      margin-top: 0.5rem;
    }
  `,
})
export class ConcernActions {
  protected readonly store = inject(ConcernStore);
  private readonly session = inject(SessionStore);
  protected readonly fields = FIELDS;
  protected readonly actions = computed(() => this.store.concern()?.actions ?? []);
  protected readonly canAdd = computed(() => this.session.can('concern:triage') && this.store.concern()?.status !== 'closed');
  protected readonly pending = signal(false);
  protected readonly status = signal<string | null>(null);
  protected readonly markError = signal<string | null>(null);
  private readonly formDir = viewChild(FormGroupDirective);
  protected readonly form = new FormGroup({
    description: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(1000)] }),
    ownerId: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    dueOn: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
  });
  protected readonly flow = new FormFlow(this.form, FIELDS);

  constructor() {
    // The owners depend on the concern (who may see it), so they are read for each one.
    effect(() => {
      const id = this.store.concern()?.id;
      if (id && this.session.can('concern:triage')) untracked(() => void this.store.loadOwners(id));
    });
  }

  protected canComplete(action: ConcernActionView): boolean {
    return this.session.can('concern:triage') || action.owner.id === this.session.user()?.id;
  }

  protected async add(): Promise<void> {
    this.status.set(null);
    await this.flow.submit(() => {
      const v = this.form.getRawValue();
      const body = { description: v.description.trim(), ownerId: v.ownerId, dueOn: v.dueOn };
      return {
        body,
        write: (key) => this.store.addAction(body, key),
        saved: () => {
          this.formDir()?.resetForm({ description: '', ownerId: '', dueOn: '' });
          this.status.set('The action has been added.');
        },
      };
    });
  }

  protected async complete(action: ConcernActionView): Promise<void> {
    // A second click before the button shows disabled does nothing.
    if (this.pending()) return;
    this.status.set(null);
    this.markError.set(null);
    this.pending.set(true);
    const result = await this.store.completeAction(action);
    this.pending.set(false);
    if (result.ok) this.status.set(`Marked done: ${action.description}`);
    else this.markError.set(result.problem.messages.join(' '));
  }
}
