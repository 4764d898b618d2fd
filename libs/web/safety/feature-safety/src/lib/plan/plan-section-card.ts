import { afterNextRender, ChangeDetectionStrategy, Component, ElementRef, inject, Injector, input, signal, viewChild } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { SAFETY_PLAN_SECTION_WORDS, type SafetyPlanSectionView } from '@beside/shared/contracts';
import { type FieldDescriptions, FormFlow, SessionStore } from '@beside/web/core';
import { JourneySafetyPlanStore } from '@beside/web/safety/data-access';
import { CharCount, ConflictNotice, ErrorSummary, LondonPipe } from '@beside/web/ui';

const MAX_WORDS = 4000;

/** One section of her safety plan: its words and who last wrote them; staff edit what staff wrote, never what she wrote. */
@Component({
  selector: 'bs-plan-section-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, ErrorSummary, CharCount, ConflictNotice, LondonPipe],
  templateUrl: './plan-section-card.html',
  styleUrl: './plan-section-card.scss',
})
export class PlanSectionCard {
  readonly section = input.required<SafetyPlanSectionView>();
  protected readonly store = inject(JourneySafetyPlanStore);
  protected readonly session = inject(SessionStore);
  protected readonly words = SAFETY_PLAN_SECTION_WORDS;
  protected readonly maxWords = MAX_WORDS;
  protected readonly editing = signal(false);
  protected readonly savedNow = signal(false);
  /** She wrote the section while staff were writing: their words were not saved. */
  protected readonly herWordsNow = signal(false);
  private readonly injector = inject(Injector);
  private readonly field = viewChild('field', { read: ElementRef<HTMLTextAreaElement> });
  private readonly editButton = viewChild('editButton', { read: ElementRef<HTMLElement> });
  protected readonly form = new FormGroup({
    body: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(MAX_WORDS)] }),
  });
  protected readonly flow = new FormFlow(this.form, (): FieldDescriptions => ({
    body: {
      id: this.fieldId(),
      label: this.words[this.section().key].heading,
      messages: { required: `Write something in ${this.words[this.section().key].heading.toLowerCase()}`, maxlength: 'Make it 4,000 characters or fewer' },
    },
  }), { fallbackField: 'body' });

  protected fieldId(): string {
    return `plan-section-${this.section().key}`;
  }

  protected edit(): void {
    this.savedNow.set(false);
    this.herWordsNow.set(false);
    this.flow.clear();
    this.form.reset({ body: this.section().body ?? '' });
    this.editing.set(true);
    afterNextRender(() => this.field()?.nativeElement.focus(), { injector: this.injector });
  }

  protected cancel(): void {
    this.editing.set(false);
    this.flow.clear();
    afterNextRender(() => this.editButton()?.nativeElement.focus(), { injector: this.injector });
  }

  protected async save(): Promise<void> {
    const section = this.section();
    const body = this.form.controls.body.value.trim();
    await this.flow.submit({
      body: { body, version: section.version },
      write: () => this.store.saveSection(section.key, body, section.version),
      saved: () => {
        this.editing.set(false);
        this.savedNow.set(true);
        afterNextRender(() => this.editButton()?.nativeElement.focus(), { injector: this.injector });
      },
      // Someone else saved first (the words typed stay, to save again on top), or she wrote it meanwhile (it is hers now).
      conflict: (c) => {
        if (c.current.sections.find((x) => x.key === section.key)?.byHer) {
          this.editing.set(false);
          this.herWordsNow.set(true);
        }
      },
    });
  }
}
