import type { ComponentFixture } from '@angular/core/testing';

/** A rendered component as a spec reads and works it; `fixture` gives the current test's fixture. */
export interface TestPage {
  /** The component's element. */
  el(): HTMLElement;
  /** All its text, white space folded to single spaces. */
  text(): string;
  /** The button whose text is `name` (undefined when there is none, for a spec to expect so). */
  button(name: string): HTMLButtonElement;
  /** Types `value` into the field `selector` names, as a person would (an `input` event). */
  type(selector: string, value: string): void;
  /** Lets the answers run through (`turns` turns of the event loop), waits for the page to be stable and renders it. */
  settle(turns?: number): Promise<void>;
}

export function pageOf<T>(fixture: () => ComponentFixture<T>): TestPage {
  const el = (): HTMLElement => fixture().nativeElement as HTMLElement;
  return {
    el,
    text: () => el().textContent?.replace(/\s+/g, ' ') ?? '',
    button: (name) => [...el().querySelectorAll('button')].find((b) => b.textContent?.trim() === name) as HTMLButtonElement,
    type: (selector, value) => {
      const field = el().querySelector<HTMLInputElement | HTMLTextAreaElement>(selector);
      if (!field) throw new Error(`no field ${selector}`);
      field.value = value;
      field.dispatchEvent(new Event('input'));
    },
    settle: async (turns = 1) => {
      for (let i = 0; i < turns; i++) await new Promise((resolve) => setTimeout(resolve));
      await fixture().whenStable();
      fixture().detectChanges();
    },
  };
}
