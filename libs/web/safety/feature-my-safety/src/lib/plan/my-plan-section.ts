import { afterNextRender, ChangeDetectionStrategy, Component, computed, ElementRef, inject, Injector, input, signal, viewChild } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { CHANGE_PROPOSAL_FIELDS, SAFETY_PLAN_SECTION_WORDS, type SafetyPlanSectionView } from '@beside/shared/contracts';
import { type FieldDescriptions, FormFlow } from '@beside/web/core';
import { MyProposalsStore } from '@beside/web/portal/data-access';
import { MySafetyPlanStore } from '@beside/web/safety/data-access';
import { CharCount, ErrorSummary, LondonPipe } from '@beside/web/ui';
import { SectionChangeForm } from './section-change-form';
import { SectionProposals } from './section-proposals';

const MAX_WORDS = CHANGE_PROPOSAL_FIELDS.safety_plan_section.body;

type Mode = 'view' | 'edit' | 'propose';

/**
 * One section of her plan. Her own words (or an empty section) she writes and changes here; words the service wrote
 * she asks to change, in her words, and sees the reply. Nothing she types is lost: if the service wrote the section
 * while she was writing, her words move into the request for a change.
 */
@Component({
  selector: 'bs-my-plan-section',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, ErrorSummary, CharCount, LondonPipe, SectionChangeForm, SectionProposals],
  templateUrl: './my-plan-section.html',
  styleUrl: './my-plan-section.scss',
})
export class MyPlanSection {
  readonly section = input.required<SafetyPlanSectionView>();
  private readonly store = inject(MySafetyPlanStore);
  private readonly proposalsStore = inject(MyProposalsStore);
  private readonly injector = inject(Injector);
  protected readonly words = computed(() => SAFETY_PLAN_SECTION_WORDS[this.section().key]);
  protected readonly ids = computed(() => {
    const key = this.section().key;
    return { heading: `plan-${key}-heading`, field: `plan-${key}-words`, hint: `plan-${key}-hint` };
  });
  protected readonly maxWords = MAX_WORDS;
  protected readonly mode = signal<Mode>('view');
  /** What happened last, said calmly under the section (and read out). */
  protected readonly status = signal<string | null>(null);
  /** Her words, kept when the service wrote the section while she was writing. */
  protected readonly keptWords = signal<string | null>(null);
  /** The section was saved from somewhere else while she was writing: the latest words are shown, hers stay in the box. */
  protected readonly stale = signal(false);
  protected readonly proposals = computed(() => {
    const id = this.section().id;
    return id ? this.proposalsStore.proposals().filter((p) => p.targetType === 'safety_plan_section' && p.targetId === id) : [];
  });
  private readonly field = viewChild('field', { read: ElementRef<HTMLTextAreaElement> });
  private readonly actionButton = viewChild('actionButton', { read: ElementRef<HTMLButtonElement> });
  private readonly statusLine = viewChild('statusLine', { read: ElementRef<HTMLElement> });

  protected readonly form = new FormGroup({
    body: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(MAX_WORDS)] }),
  });
  protected readonly flow = new FormFlow(
    this.form,
    (): FieldDescriptions => ({
      body: {
        id: this.ids().field,
        label: this.words().heading,
        messages: { required: 'Write something here, or press Cancel', maxlength: `Make it shorter: up to ${MAX_WORDS.toLocaleString('en-GB')} characters` },
      },
    }),
    { fallbackField: 'body', unsavedChanges: () => this.mode() === 'edit' && this.form.dirty },
  );

  protected edit(): void {
    this.status.set(null);
    this.stale.set(false);
    this.flow.clear();
    this.form.reset({ body: this.section().body ?? '' });
    this.mode.set('edit');
    afterNextRender(() => this.field()?.nativeElement.focus(), { injector: this.injector });
  }

  protected propose(): void {
    this.status.set(null);
    this.keptWords.set(null);
    this.mode.set('propose');
  }

  protected cancel(): void {
    this.form.reset();
    this.mode.set('view');
    this.stale.set(false);
    this.focusAfterRender(() => this.actionButton());
  }

  protected proposalClosed(sent: boolean): void {
    this.mode.set('view');
    this.keptWords.set(null);
    if (sent) {
      this.status.set('Your advocate has your request for a change. You will see the reply here.');
      this.focusAfterRender(() => this.statusLine());
    } else {
      this.focusAfterRender(() => this.actionButton());
    }
  }

  protected async save(): Promise<void> {
    const key = this.section().key;
    const body = this.form.controls.body.value.trim();
    await this.flow.submit(() => ({
      body: { key, body, version: this.section().version },
      write: async () => {
        const result = await this.store.saveSection(key, body, this.section().version);
        // The service wrote this section while she was writing: her words go into a request for a change instead.
        if (!result.ok && 'proposeChange' in result) this.moveToRequest(body);
        return result;
      },
      saved: () => {
        this.form.reset();
        this.stale.set(false);
        this.mode.set('view');
        this.status.set('Saved.');
        this.focusAfterRender(() => this.statusLine());
      },
      conflict: () => this.stale.set(true),
      problem: (problem) => (this.mode() === 'propose' ? null : problem),
    }));
  }

  private moveToRequest(words: string): void {
    this.keptWords.set(words);
    this.form.reset();
    this.stale.set(false);
    this.mode.set('propose');
  }

  private focusAfterRender(target: () => ElementRef<HTMLElement> | undefined): void {
    afterNextRender(() => target()?.nativeElement.focus(), { injector: this.injector });
  }
}
