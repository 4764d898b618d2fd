import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import type { ChallengeTypeView } from '@beside/shared/contracts';
import { ChallengeCatalogueStore } from '@beside/web/challenges/data-access';
import { confirmWith, FlashNotice, FormFlow, type FormErrorItem } from '@beside/web/core';
import { ErrorSummary, Notice, PageHeader } from '@beside/web/ui';
import { placePathMessages } from './api-paths';
import { challengeTypeFields, challengeTypeForm, challengeTypeRequest, MAX_STAGES, stageForm, type ChallengeTypeForm } from './challenge-type-form';
import { StageFields } from './stage-fields';

const CATALOGUE = '/organisation/challenge-types';

/** A manager changes one of the organisation's challenge types, or adds one of its own: its stages in order and their time limits. */
@Component({
  selector: 'bs-challenge-type-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, RouterLink, MatButtonModule, MatFormFieldModule, MatInputModule, ErrorSummary, Notice, PageHeader, StageFields],
  providers: [ChallengeCatalogueStore],
  templateUrl: './challenge-type-page.html',
  styleUrl: './challenge-type-page.scss',
})
export class ChallengeTypePage {
  /** The type's key from the address; none for a new type of the organisation's own. */
  readonly typeKey = input<string>();
  protected readonly store = inject(ChallengeCatalogueStore);
  private readonly router = inject(Router);
  private readonly dialog = inject(MatDialog);
  protected readonly catalogue = CATALOGUE;
  protected readonly maxStages = MAX_STAGES;
  private readonly flash = inject(FlashNotice);
  protected readonly said = signal(this.flash.take());
  protected readonly type = computed<ChallengeTypeView | null>(() => {
    const key = this.typeKey();
    return key ? this.store.type(key) : null;
  });
  protected readonly missing = computed(() => !!this.typeKey() && this.store.types() !== null && !this.type());
  protected form: ChallengeTypeForm = this.newForm(null);
  protected readonly flow = new FormFlow(this.form, () => challengeTypeFields(this.form), { unsavedChanges: () => this.form.dirty });
  protected readonly ready = signal(false);
  private pathItems: FormErrorItem[] = [];

  constructor() {
    void this.store.loadTypes();
    effect(() => {
      const type = this.type();
      const loaded = this.store.types() !== null;
      untracked(() => {
        if (loaded && !this.ready() && (type || !this.typeKey())) this.fill(type);
      });
    });
  }

  protected get stages() {
    return this.form.controls.stages;
  }

  protected message(path: string): string | null {
    this.flow.errors();
    return this.flow.message(path);
  }

  protected addStage(): void {
    this.stages.push(stageForm());
    this.form.markAsDirty();
    this.focusLater(`stage-${this.stages.length - 1}-name`);
  }

  protected removeStage(i: number): void {
    this.stages.removeAt(i);
    this.form.markAsDirty();
    this.focusLater(`stage-${Math.min(i, this.stages.length - 1)}-name`, 'add-stage');
  }

  protected moveStage(i: number, by: number): void {
    const stage = this.stages.at(i);
    this.stages.removeAt(i, { emitEvent: false });
    this.stages.insert(i + by, stage);
    this.form.markAsDirty();
    // Focus follows the stage she moved, on the same button while it can still be pressed.
    this.focusLater(`stage-${i + by}-${by < 0 ? 'up' : 'down'}`, `stage-${i + by}-${by < 0 ? 'down' : 'up'}`);
  }

  protected async save(): Promise<void> {
    this.said.set(null);
    const wasArchived = !!this.type()?.archived;
    const isNew = !this.type();
    await this.flow.submit(() => {
      const key = this.form.controls.key.value;
      const request = challengeTypeRequest(this.form);
      return {
        body: { key, request },
        write: () => this.store.saveType(key, request),
        saved: async (saved) => {
          this.form.markAsPristine();
          if (isNew) {
            this.flash.set(`${saved.name} is added to your challenge types.`);
            await this.router.navigate([CATALOGUE, saved.key]);
            return;
          }
          // The form holds what was saved: left as it is, so focus and the stages on screen stay put.
          this.said.set(
            wasArchived ? 'Saved, and back in use: new challenges can be of this type again.' : 'Saved. New challenges of this type follow it from now on; open ones keep the stages they were opened with.',
          );
        },
        problem: (problem) => {
          const { rest, items } = placePathMessages(this.form, problem, this.flow.fields);
          this.pathItems = items;
          return rest;
        },
        summary: (items) => [...this.pathItems, ...items],
      };
    });
  }

  protected async archive(): Promise<void> {
    const type = this.type();
    if (!type) return;
    const sure = await confirmWith(this.dialog, {
      title: `Archive “${type.name}”?`,
      body: 'No new challenge of this type can be opened. Challenges already open carry on, with their stages and deadlines as they are. Saving the type again brings it back.',
      confirm: 'Archive the type',
      cancel: 'Keep it in use',
    });
    if (!sure) return;
    const result = await this.store.archiveType(type.key);
    if (result.ok) {
      this.flow.clear();
      this.said.set(`${type.name} is archived. Open challenges of this type carry on.`);
      this.focusLater('type-said');
    } else {
      this.flow.errors.set(result.problem.messages.map((message) => ({ message })));
    }
  }

  private fill(type: ChallengeTypeView | null): void {
    const fresh = this.newForm(type);
    this.form.setControl('key', fresh.controls.key);
    this.form.setControl('name', fresh.controls.name);
    this.form.setControl('bodyHint', fresh.controls.bodyHint);
    this.form.setControl('stages', fresh.controls.stages);
    this.form.markAsPristine();
    this.ready.set(true);
  }

  private newForm(type: ChallengeTypeView | null): ChallengeTypeForm {
    return challengeTypeForm(type, () => (this.store.types() ?? []).map((t) => t.key));
  }

  // After the list re-renders, the moved, added or next field takes focus, so a keyboard user is not lost.
  private focusLater(...ids: string[]): void {
    setTimeout(() => {
      for (const id of ids) {
        const el = document.getElementById(id) as HTMLButtonElement | null;
        if (el && !el.disabled) {
          el.focus();
          return;
        }
      }
    });
  }
}
