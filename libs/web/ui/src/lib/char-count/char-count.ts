import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

const NUMBER = new Intl.NumberFormat('en-GB');

/**
 * A long text field's limit, said up front ("Up to 4,000 characters"), and a count of what is left once she is near it,
 * so a limit never first appears as a refusal after she sends. Put it in the field's hint: the field is described by it.
 * The count is announced politely, and only near the limit.
 */
@Component({
  selector: 'bs-char-count',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'bs-char-count', '[class.bs-char-count--over]': 'over()' },
  template: `<span [hidden]="near()">Up to {{ limit() }} characters.</span><span aria-live="polite">{{ near() ? left() : '' }}</span>`,
  styles: `
    :host(.bs-char-count--over) {
      color: var(--bs-error, #b3261e);
      font-weight: 700;
    }
  `,
})
export class CharCount {
  /** What is in the field now. */
  readonly value = input<string | null | undefined>('');
  /** The most characters the field takes (the API's limit). */
  readonly max = input.required<number>();
  /** From what share of the limit the count shows. */
  readonly from = input(0.8);

  protected readonly length = computed(() => (this.value() ?? '').length);
  protected readonly limit = computed(() => NUMBER.format(this.max()));
  protected readonly near = computed(() => this.length() >= this.max() * this.from());
  protected readonly over = computed(() => this.length() > this.max());
  protected readonly left = computed(() => {
    const n = this.max() - this.length();
    if (n >= 0) return `You have ${NUMBER.format(n)} ${n === 1 ? 'character' : 'characters'} left.`;
    return `You have ${NUMBER.format(-n)} ${n === -1 ? 'character' : 'characters'} too many.`;
  });
}
