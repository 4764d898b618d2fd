import { FormArray, FormControl, FormGroup, type AbstractControl, type ValidationErrors } from '@angular/forms';
import { WEEKDAYS, type SafeTimeWindow, type Weekday } from '@beside/shared/contracts';
import { safeTimeWindowProblem } from '@beside/shared/util';

/** One window on the form: a box per weekday, from and until. */
export type WeekWindowGroup = FormGroup<{
  days: FormGroup<Record<Weekday, FormControl<boolean>>>;
  from: FormControl<string>;
  until: FormControl<string>;
}>;
export type WeekWindowValue = ReturnType<WeekWindowGroup['getRawValue']>;

export const windowFromValue = (v: WeekWindowValue): SafeTimeWindow => ({ days: WEEKDAYS.filter((d) => v.days[d]), from: v.from, until: v.until });
export const windowValue = (w: SafeTimeWindow): WeekWindowValue => ({
  days: Object.fromEntries(WEEKDAYS.map((d) => [d, w.days.includes(d)])) as Record<Weekday, boolean>,
  from: w.from,
  until: w.until,
});

/** One window's problem, in the API's words (safeTimeWindowProblem), under `window`. */
function windowFine(control: AbstractControl): ValidationErrors | null {
  const problem = safeTimeWindowProblem(windowFromValue((control as WeekWindowGroup).getRawValue()));
  return problem ? { window: problem } : null;
}

function windowGroup(window: SafeTimeWindow): WeekWindowGroup {
  return new FormGroup(
    {
      days: new FormGroup(
        Object.fromEntries(WEEKDAYS.map((d) => [d, new FormControl(window.days.includes(d), { nonNullable: true })])) as Record<Weekday, FormControl<boolean>>,
      ),
      from: new FormControl(window.from, { nonNullable: true }),
      until: new FormControl(window.until, { nonNullable: true }),
    },
    { validators: windowFine },
  );
}

/**
 * Windows of the week on the London clock (her safe times, an organisation's opening hours): add, remove, fill from
 * what is saved, read back as the API takes them. Each window carries its own problem; the list as a whole is wrong,
 * under `listError`, when any window is.
 */
export class WeekWindowsArray extends FormArray<WeekWindowGroup> {
  constructor(
    private readonly added: SafeTimeWindow,
    listError: string,
  ) {
    super([], { validators: (control) => ((control as WeekWindowsArray).controls.some((c) => c.errors) ? { [listError]: true } : null) });
  }

  addWindow(window: SafeTimeWindow = this.added): void {
    this.push(windowGroup(window));
    this.markAsDirty();
  }

  removeWindow(index: number): void {
    this.removeAt(index);
    this.markAsDirty();
  }

  /** Puts saved windows on the form, as not yet changed. */
  use(windows: readonly SafeTimeWindow[] | null): void {
    this.clear({ emitEvent: false });
    for (const window of windows ?? []) this.push(windowGroup(window), { emitEvent: false });
    this.markAsPristine();
    this.updateValueAndValidity();
  }

  windows(): SafeTimeWindow[] {
    return this.getRawValue().map(windowFromValue);
  }
}
