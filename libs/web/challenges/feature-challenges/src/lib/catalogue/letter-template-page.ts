import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { type FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import type { LetterMergeField, LetterTemplateView } from '@beside/shared/contracts';
import { ChallengeCatalogueStore } from '@beside/web/challenges/data-access';
import { confirmWith, FlashNotice, FormFlow } from '@beside/web/core';
import { ErrorSummary, FormField, Notice, PageHeader } from '@beside/web/ui';
import { LETTER_TEMPLATE_FIELDS, letterTemplateForm, letterTemplateRequest, placeUnknownFields, type LetterTemplateForm } from './letter-template-form';
import { MergeFieldsList } from './merge-fields-list';

const CATALOGUE = '/organisation/challenge-types';

/** A manager changes one of the organisation's letter templates, or writes one of its own, with merge fields put in at the cursor. */
@Component({
  selector: 'bs-letter-template-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, RouterLink, MatButtonModule, MatFormFieldModule, MatInputModule, ErrorSummary, FormField, Notice, PageHeader, MergeFieldsList],
  providers: [ChallengeCatalogueStore],
  templateUrl: './letter-template-page.html',
  styleUrl: './letter-template-page.scss',
})
export class LetterTemplatePage {
  /** The template's key from the address; none for a new template of the organisation's own. */
  readonly templateKey = input<string>();
  protected readonly store = inject(ChallengeCatalogueStore);
  private readonly router = inject(Router);
  private readonly dialog = inject(MatDialog);
  private readonly flash = inject(FlashNotice);
  protected readonly catalogue = CATALOGUE;
  protected readonly said = signal(this.flash.take());
  protected readonly bodyHint = 'Markdown: a blank line between paragraphs, ## before a heading, **bold**. Merge fields go in double braces, e.g. {{her.name}}.';
  protected readonly template = computed<LetterTemplateView | null>(() => {
    const key = this.templateKey();
    return key ? this.store.template(key) : null;
  });
  protected readonly missing = computed(() => !!this.templateKey() && this.store.templates() !== null && !this.template());
  protected readonly form: LetterTemplateForm = letterTemplateForm(null, () => this.usedKeys());
  protected readonly flow = new FormFlow(this.form, LETTER_TEMPLATE_FIELDS, { unsavedChanges: () => this.form.dirty });
  protected readonly ready = signal(false);
  private readonly chosenType = signal('');
  /** The types it may be written for: those in use, and the one it is written for even if archived since. */
  protected readonly typeLabels = computed(() => {
    const chosen = this.chosenType();
    const types = (this.store.types() ?? []).filter((t) => !t.archived || t.key === chosen);
    return Object.fromEntries(types.map((t) => [t.key, t.archived ? `${t.name} (archived)` : t.name]));
  });
  protected readonly stageLabels = computed(() => Object.fromEntries((this.store.type(this.chosenType())?.stages ?? []).map((s) => [s.key, s.name])));
  private caret: { start: number; end: number } | null = null;

  constructor() {
    void this.store.loadAll();
    effect(() => {
      const template = this.template();
      const loaded = this.store.templates() !== null && this.store.types() !== null;
      untracked(() => {
        if (loaded && !this.ready() && (template || !this.templateKey())) this.fill(template);
      });
    });
    this.form.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => this.fitStage());
  }

  protected keepCaret(event: Event): void {
    const area = event.target as HTMLTextAreaElement;
    this.caret = { start: area.selectionStart, end: area.selectionEnd };
  }

  /** Puts the field where the cursor was in the letter (at its end if she has not been in it), and goes back there. */
  protected insertField(name: LetterMergeField): void {
    const token = `{{${name}}}`;
    const body = this.form.controls.body;
    const { start, end } = this.caret ?? { start: body.value.length, end: body.value.length };
    body.setValue(body.value.slice(0, start) + token + body.value.slice(end));
    body.markAsDirty();
    this.form.markAsDirty();
    const after = start + token.length;
    this.caret = { start: after, end: after };
    setTimeout(() => {
      const area = document.getElementById('template-body') as HTMLTextAreaElement | null;
      area?.focus();
      area?.setSelectionRange(after, after);
    });
  }

  protected async save(): Promise<void> {
    this.said.set(null);
    const wasArchived = !!this.template()?.archived;
    const isNew = !this.template();
    await this.flow.submit(() => {
      const key = this.form.controls.key.value;
      const request = letterTemplateRequest(this.form);
      return {
        body: { key, request },
        write: () => this.store.saveTemplate(key, request),
        saved: async (saved) => {
          this.form.markAsPristine();
          if (isNew) {
            this.flash.set(`${saved.name} is added to your letter templates.`);
            await this.router.navigate([CATALOGUE, 'letter-templates', saved.key]);
          } else {
            this.said.set(wasArchived ? 'Saved, and back in use: letters can be drafted from it again.' : 'Saved. Letters drafted from now on use it; letters already drafted stay as they are.');
          }
        },
        problem: (problem) => placeUnknownFields(problem, this.form),
      };
    });
  }

  protected async archive(): Promise<void> {
    const template = this.template();
    if (!template) return;
    const sure = await confirmWith(this.dialog, {
      title: `Archive “${template.name}”?`,
      body: 'No new letter can be drafted from it. Letters already drafted from it stay as they are. Saving the template again brings it back.',
      confirm: 'Archive the template',
      cancel: 'Keep it in use',
    });
    if (!sure) return;
    const result = await this.store.archiveTemplate(template.key);
    if (result.ok) {
      this.flow.clear();
      this.said.set(`${template.name} is archived.`);
      setTimeout(() => document.getElementById('template-said')?.focus());
    } else {
      this.flow.errors.set(result.problem.messages.map((message) => ({ message })));
    }
  }

  private usedKeys(): string[] {
    return (this.store.templates() ?? []).map((t) => t.key);
  }

  /** A stage belongs to the type chosen: none without a type, and back to any when the type changes under it. */
  private fitStage(): void {
    const { challengeTypeKey: type, stageKey: stage } = this.form.controls;
    this.chosenType.set(type.value);
    const stages = this.store.type(type.value)?.stages ?? [];
    if (stage.value && !stages.some((s) => s.key === stage.value)) stage.setValue('', { emitEvent: false });
    if (type.value && stage.disabled) stage.enable({ emitEvent: false });
    if (!type.value && stage.enabled) stage.disable({ emitEvent: false });
  }

  private fill(template: LetterTemplateView | null): void {
    const fresh = letterTemplateForm(template, () => this.usedKeys());
    for (const [name, control] of Object.entries(fresh.controls) as [keyof LetterTemplateForm['controls'], FormControl<string>][]) {
      this.form.setControl(name, control, { emitEvent: false });
    }
    this.fitStage();
    this.form.markAsPristine();
    this.caret = null;
    this.ready.set(true);
  }
}
