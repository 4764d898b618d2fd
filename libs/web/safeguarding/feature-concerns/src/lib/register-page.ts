import { ChangeDetectionStrategy, Component, effect, inject, input, untracked } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { RouterLink } from '@angular/router';
import {
  CONCERN_REGISTER_VIEWS,
  type ConcernRegisterView,
  type ConcernSeverity,
  type ConcernSummary,
} from '@beside/shared/contracts';
import { SessionStore } from '@beside/web/core';
import { ConcernsRegisterStore } from '@beside/web/safeguarding/data-access';
import { CONCERN_SEVERITY_LABELS, CONCERN_WORDS, howLate, RAISER_ROLE_LABELS } from '@beside/web/safeguarding/ui';
import { ErrorSummary, FormField, LondonPipe, narrowScreen, PagedList, PageHeader, StatusTag } from '@beside/web/ui';
import { RegisterCards } from './register-cards';

const VIEW_LABELS: Record<ConcernRegisterView, string> = { open: 'Open', overdue: 'Overdue', closed: 'Closed', all: 'All' };

function isView(value: string | undefined): value is ConcernRegisterView {
  return (CONCERN_REGISTER_VIEWS as readonly string[]).includes(value ?? '');
}

/** The concerns register: what is open, what is late, and what was followed through. */
@Component({
  selector: 'bs-concerns-register-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ErrorSummary,
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatButtonToggleModule,
    PageHeader,
    StatusTag,
    RegisterCards,
    LondonPipe,
    PagedList,
    FormField,
  ],
  providers: [ConcernsRegisterStore],
  templateUrl: './register-page.html',
  styleUrl: './concerns-table.scss',
})
export class RegisterPage {
  /** From the address (?view=overdue), so that the dashboard can link to one view. */
  readonly view = input<string>();
  protected readonly store = inject(ConcernsRegisterStore);
  protected readonly session = inject(SessionStore);
  protected readonly list = this.store.concerns;
  protected readonly views = CONCERN_REGISTER_VIEWS;
  protected readonly viewLabels = VIEW_LABELS;
  protected readonly words = CONCERN_WORDS;
  protected readonly late = howLate;
  /** Too narrow for six columns: one card per concern instead. */
  protected readonly narrow = narrowScreen();

  protected readonly form = new FormGroup({
    view: new FormControl<ConcernRegisterView>('open', { nonNullable: true }),
    severity: new FormControl<ConcernSeverity | ''>('', { nonNullable: true }),
  });

  constructor() {
    effect(() => {
      const view = this.view();
      untracked(() => {
        this.form.controls.view.setValue(isView(view) ? view : 'open', { emitEvent: false });
        this.search();
      });
    });
    this.form.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => this.search());
  }

  protected search(): void {
    const { view, severity } = this.form.getRawValue();
    void this.store.show({ view, severity: severity || undefined });
  }

  protected emptyMessage(): string {
    const { view, severity } = this.form.getRawValue();
    const which = severity ? `${CONCERN_SEVERITY_LABELS[severity].toLowerCase()} severity ` : '';
    switch (view) {
      case 'overdue':
        return `No ${which}concerns are past their triage deadline.`;
      case 'closed':
        return `No ${which}concerns have been closed yet.`;
      case 'open':
        return `There are no open ${which}concerns.`;
      default:
        return `There are no ${which}concerns.`;
    }
  }

  protected raiser(c: ConcernSummary): string {
    return RAISER_ROLE_LABELS[c.raisedByRole];
  }
}
