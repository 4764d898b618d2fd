import { afterNextRender, ChangeDetectionStrategy, Component, effect, inject, Injector, signal, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import type { FindingView } from '@beside/shared/contracts';
import { SessionStore } from '@beside/web/core';
import { FindingsStore } from '@beside/web/voice/data-access';
import { Notice, PageHeader } from '@beside/web/ui';

/** The panel puts its approved findings in order of priority, with buttons (not dragging), and saves the order. */
@Component({
  selector: 'bs-priorities-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, MatButtonModule, Notice, PageHeader],
  providers: [FindingsStore],
  template: `
    <p class="bs-back"><a routerLink="/panel">All findings</a></p>
    <bs-page-header heading="The panel’s priorities" caption="Lived-experience panel">
      <p>Put the approved findings in the order the panel wants them worked on: the first is the panel’s first priority.</p>
    </bs-page-header>
    @if (store.problem(); as p) {
      <bs-notice kind="warning">{{ p }}</bs-notice>
    }
    @if (saved(); as s) {
      <bs-notice kind="success">{{ s }}</bs-notice>
    }
    @if (problem(); as p) {
      <p class="bs-inline-error" role="alert">{{ p }}</p>
    }
    <p class="bs-visually-hidden" aria-live="polite">{{ moved() }}</p>
    @if (store.list()) {
      @if (order().length) {
        <ol class="bs-priorities">
          @for (f of order(); track f.id; let i = $index, first = $first, last = $last) {
            <li class="bs-priority">
              <span class="bs-priority__title">{{ i + 1 }}. {{ f.title }}</span>
              @if (ranks) {
                <span class="bs-priority__buttons">
                  <button mat-stroked-button type="button" [id]="'up-' + f.id" [attr.aria-label]="'Move up: ' + f.title" [disabled]="first" (click)="move(i, -1)">
                    Move up
                  </button>
                  <button mat-stroked-button type="button" [id]="'down-' + f.id" [attr.aria-label]="'Move down: ' + f.title" [disabled]="last" (click)="move(i, 1)">
                    Move down
                  </button>
                </span>
              }
            </li>
          }
        </ol>
        @if (ranks) {
          <div class="bs-actions">
            <button mat-flat-button type="button" [disabled]="pending()" (click)="save()">{{ pending() ? 'Saving…' : 'Save the order' }}</button>
          </div>
        } @else {
          <p>Only the panel puts its priorities in order.</p>
        }
      } @else {
        <p>The panel has not approved a finding yet.</p>
      }
    } @else if (!store.problem()) {
      <p role="status">Loading the priorities…</p>
    }
  `,
  styles: `
    .bs-back {
      margin: 0 0 1rem;
    }
    .bs-priorities {
      list-style: none;
      padding: 0;
      max-width: 44rem;
    }
    .bs-priority {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 0.5rem 1rem;
      padding: 0.75rem 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .bs-priority__title {
      flex: 1 1 14rem;
      font-weight: 600;
    }
    .bs-priority__buttons {
      display: flex;
      gap: 0.5rem;
    }
  `,
})
export class PrioritiesPage {
  protected readonly store = inject(FindingsStore);
  /** Only the panel ranks; a manager sees the order. */
  protected readonly ranks = inject(SessionStore).can('panel:take-part');
  private readonly injector = inject(Injector);
  protected readonly order = signal<FindingView[]>([]);
  protected readonly moved = signal('');
  protected readonly saved = signal<string | null>(null);
  protected readonly problem = signal<string | null>(null);
  protected readonly pending = signal(false);

  constructor() {
    effect(() => {
      const approved = this.store.approved();
      untracked(() => this.order.set(approved));
    });
    void this.store.loadAll();
  }

  /** Moves one finding a place up (-1) or down (1); focus stays on the same button, or its partner at the end of the list. */
  protected move(index: number, by: -1 | 1): void {
    const list = [...this.order()];
    const [finding] = list.splice(index, 1);
    list.splice(index + by, 0, finding);
    this.order.set(list);
    this.saved.set(null);
    const at = index + by;
    this.moved.set(`${finding.title} is now number ${at + 1} of ${list.length}. The order is not saved yet.`);
    const stays = by === -1 ? at > 0 : at < list.length - 1;
    const id = `${(by === -1) === stays ? 'up' : 'down'}-${finding.id}`;
    afterNextRender(() => document.getElementById(id)?.focus(), { injector: this.injector });
  }

  protected async save(): Promise<void> {
    if (this.pending()) return;
    this.pending.set(true);
    this.problem.set(null);
    const result = await this.store.rank(this.order().map((f) => f.id));
    this.pending.set(false);
    if (result.ok) this.saved.set('The order of priorities is saved.');
    else this.problem.set(result.problem.messages.join(' '));
  }
}
