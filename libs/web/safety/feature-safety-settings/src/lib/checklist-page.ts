import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { RouterLink } from '@angular/router';
import { RiskChecklistsStore } from '@beside/web/safety/data-access';
import { confirmWith, FlashNotice } from '@beside/web/core';
import { Notice, PageHeader, StatusTag } from '@beside/web/ui';
import { ChecklistVersionView } from './checklist-version-view';
import { ARCHIVED, IN_USE, ORIGIN, SETTINGS, whyFixed } from './settings-words';

/** One risk checklist: its versions, the one chosen read in full, and what a manager can do with it. */
@Component({
  selector: 'bs-checklist-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, MatButtonModule, Notice, PageHeader, StatusTag, ChecklistVersionView],
  providers: [RiskChecklistsStore],
  templateUrl: './checklist-page.html',
  styleUrl: './checklist-page.scss',
})
export class ChecklistPage {
  readonly checklistKey = input.required<string>();
  /** The version chosen, from the address; the current one when none is. */
  readonly version = input<string>();
  protected readonly store = inject(RiskChecklistsStore);
  private readonly dialog = inject(MatDialog);
  protected readonly settings = SETTINGS;
  protected readonly origin = ORIGIN;
  protected readonly archivedTag = ARCHIVED;
  protected readonly inUse = IN_USE;
  protected readonly said = signal(inject(FlashNotice).take());
  protected readonly problem = signal<string | null>(null);
  protected readonly checklist = computed(() => this.store.checklist(this.checklistKey()));
  protected readonly shown = computed(() => {
    const v = this.version();
    return this.store.version(this.checklistKey(), v ? Number(v) : undefined);
  });
  protected readonly why = computed(() => {
    const v = this.shown();
    return v ? whyFixed(v) : null;
  });
  protected readonly missing = computed(() => this.store.checklists() !== null && !this.shown());

  constructor() {
    void this.store.load();
  }

  protected async archive(): Promise<void> {
    const c = this.checklist();
    if (!c) return;
    const sure = await confirmWith(this.dialog, {
      title: `Archive “${c.name}”?`,
      body: 'Advocates will not be able to start new assessments with it. Assessments already made keep it, with their answers and scores. Adding a new version brings it back.',
      confirm: 'Archive the checklist',
      cancel: 'Keep it in use',
    });
    if (!sure) return;
    const result = await this.store.archive(c.key);
    this.problem.set(result.ok ? null : result.problem.messages.join(' '));
    if (result.ok) {
      this.said.set(`${c.name} is archived. Assessments made with it keep it.`);
      setTimeout(() => document.getElementById('checklist-said')?.focus());
    }
  }
}
