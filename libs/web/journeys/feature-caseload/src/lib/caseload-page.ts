import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, DestroyRef, effect, inject, input, untracked } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import type { CaseloadEntry, JourneyStatus } from '@beside/shared/contracts';
import { londonToday } from '@beside/shared/util';
import { SessionStore } from '@beside/web/core';
import { UnreadConversationsStore } from '@beside/web/conversations/data-access';
import { type CaseloadFilters, CaseloadStore } from '@beside/web/journeys/data-access';
import { JOURNEY_STATUS_LABELS, JOURNEY_STATUS_TAGS } from '@beside/web/journeys/ui';
import { FormField, LondonPipe, narrowScreen, Notice, PagedList, PageHeader, StatusTag } from '@beside/web/ui';
import { debounceTime, distinctUntilChanged, map } from 'rxjs';

type Sort = NonNullable<CaseloadFilters['sort']>;

const DAY_MS = 86_400_000;
const NEAR_DAYS = 14;

/** A challenge deadline worth a badge: near (within 14 days) or missed, in words that do not rely on colour. */
export function challengeDeadlineBadge(deadlineOn: string | null, today: string): { daysLeft: number; label: string } | null {
  if (!deadlineOn) return null;
  const daysLeft = Math.round((Date.parse(deadlineOn) - Date.parse(today)) / DAY_MS);
  if (daysLeft > NEAR_DAYS) return null;
  if (daysLeft < 0) return { daysLeft, label: `Challenge deadline missed ${-daysLeft === 1 ? 'yesterday' : `${-daysLeft} days ago`}` };
  if (daysLeft === 0) return { daysLeft, label: 'Challenge deadline today' };
  return { daysLeft, label: `Challenge deadline in ${daysLeft === 1 ? '1 day' : `${daysLeft} days`}` };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@Component({
  selector: 'bs-caseload-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    RouterLink,
    NgTemplateOutlet,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    Notice,
    PageHeader,
    StatusTag,
    LondonPipe,
    PagedList,
    FormField,
  ],
  providers: [CaseloadStore],
  templateUrl: './caseload-page.html',
  styleUrl: './caseload-page.scss',
})
export class CaseloadPage {
  /** From the address (?advocate=<id>): only that advocate's journeys, as the allocation page links them. */
  readonly advocate = input<string>();
  protected readonly store = inject(CaseloadStore);
  protected readonly session = inject(SessionStore);
  /** Messages from the women on her caseload that she has not read (advocates only: a manager reads, never answers). */
  protected readonly unread = inject(UnreadConversationsStore);
  protected readonly list = this.store.journeys;
  protected readonly statusLabels = JOURNEY_STATUS_LABELS;
  protected readonly journeyStatusTags = JOURNEY_STATUS_TAGS;

  // Search terms stay in the page: her name never goes in the address bar or browser history.
  protected readonly form = new FormGroup({
    q: new FormControl('', { nonNullable: true }),
    status: new FormControl<JourneyStatus | ''>('', { nonNullable: true }),
    sort: new FormControl<Sort>('referral', { nonNullable: true }),
  });

  protected readonly advocateId = computed(() => {
    const id = this.advocate();
    return id && UUID.test(id) ? id : undefined;
  });
  /** Whose journeys are shown, once the staff list has come; "one advocate" if she is not on it. */
  protected readonly advocateName = computed(() => {
    const staff = this.store.staff();
    return staff ? (staff.find((s) => s.id === this.advocateId())?.displayName ?? 'one advocate') : null;
  });

  protected readonly caption = computed(() =>
    this.advocateId() ? `${this.advocateName() ?? 'One advocate'}'s journeys` : 'Journeys in your caseload',
  );
  /** Too narrow for five columns: one card per journey instead. */
  protected readonly narrow = narrowScreen();

  constructor() {
    if (this.session.role() === 'advocate') void this.unread.load();
    effect(() => {
      const advocateId = this.advocateId();
      untracked(() => {
        void this.store.search(this.filters());
        if (advocateId && !this.store.staff()) void this.store.loadStaff();
      });
    });
    this.form.valueChanges
      .pipe(
        debounceTime(300),
        map(() => this.filters()),
        distinctUntilChanged((a, b) => JSON.stringify(a) === JSON.stringify(b)),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe((filters) => void this.store.search(filters));
  }

  protected searchNow(): void {
    void this.store.search(this.filters());
  }

  protected messagesLabel(count: number): string {
    return count === 1 ? '1 new message' : `${count} new messages`;
  }

  /** Changes she asked for from her portal that nobody has answered yet. */
  protected concernsLabel(open: number, overdue: number): string {
    const concerns = open === 1 ? '1 open concern' : `${open} open concerns`;
    return overdue ? `${concerns}, ${overdue} overdue for triage` : concerns;
  }

  /** Her soonest challenge deadline, when it is near (14 days) or missed; nothing otherwise. */
  protected challengeDeadline(journey: CaseloadEntry): { daysLeft: number; label: string } | null {
    return challengeDeadlineBadge(journey.nextChallengeDeadlineOn, londonToday(new Date()));
  }

  protected proposalsLabel(count: number): string {
    return count === 1 ? '1 change she proposed' : `${count} changes she proposed`;
  }

  protected clear(): void {
    this.form.setValue({ q: '', status: '', sort: this.form.controls.sort.value });
  }

  protected filtered(): boolean {
    const { q, status } = this.form.getRawValue();
    return !!q.trim() || !!status;
  }

  private filters(): CaseloadFilters {
    const { q, status, sort } = this.form.getRawValue();
    return { q: q.trim() || undefined, status: status || undefined, sort, advocateId: this.advocateId() };
  }
}
