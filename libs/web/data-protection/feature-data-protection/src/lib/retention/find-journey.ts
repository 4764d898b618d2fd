import { ChangeDetectionStrategy, Component, inject, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { CaseloadEntry } from '@beside/shared/contracts';
import { toApiProblem } from '@beside/web/core';
import { RetentionApi } from '@beside/web/data-protection/data-access';
import { JOURNEY_STATUS_LABELS } from '@beside/web/journeys/ui';
import { LondonPipe } from '@beside/web/ui';
import { firstValueFrom } from 'rxjs';

/** Finds a journey by part of the woman's name among the organisation's journeys, and gives the one chosen. */
@Component({
  selector: 'bs-find-journey',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatFormFieldModule, MatInputModule, LondonPipe],
  template: `
    <div class="bs-find" role="search" aria-label="Find a journey">
      <mat-form-field class="bs-field">
        <mat-label>Her name, or part of it</mat-label>
        <input matInput id="find-journey-name" #name (keydown.enter)="$event.preventDefault(); find(name.value)" />
      </mat-form-field>
      <button mat-stroked-button type="button" (click)="find(name.value)" [disabled]="searching()">Find</button>
    </div>
    <p role="status">{{ status() }}</p>
    @if (journeys().length) {
      <ul class="bs-found">
        @for (j of journeys(); track j.id) {
          <li>
            <button type="button" class="bs-link-button" (click)="chosen.emit(j)">{{ j.serviceUserName }}</button>
            <span class="bs-secondary-text">referred {{ j.referralDate | london: 'date' }}, {{ statusWords[j.status].toLowerCase() }}</span>
          </li>
        }
      </ul>
    }
  `,
  styles: `
    .bs-find { display: flex; flex-wrap: wrap; align-items: baseline; gap: 0 1rem; }
    .bs-find .bs-field { max-width: 22rem; }
    .bs-found { list-style: none; padding: 0; }
    .bs-found li { display: flex; flex-wrap: wrap; gap: 0.25rem 0.75rem; padding: 0.5rem 0; border-bottom: 1px solid var(--mat-sys-outline-variant); }
  `,
})
export class FindJourney {
  readonly chosen = output<CaseloadEntry>();
  private readonly api = inject(RetentionApi);
  protected readonly statusWords = JOURNEY_STATUS_LABELS;
  protected readonly searching = signal(false);
  protected readonly status = signal('');
  protected readonly journeys = signal<CaseloadEntry[]>([]);

  protected async find(q: string): Promise<void> {
    const name = q.trim();
    if (!name) {
      this.status.set('Type her name, or part of it, then choose Find.');
      return;
    }
    this.searching.set(true);
    try {
      const page = await firstValueFrom(this.api.findJourneys(name));
      this.journeys.set(page.items);
      this.status.set(page.items.length ? `${page.items.length === 1 ? '1 journey matches' : `${page.items.length} journeys match`}: choose one.` : `No journey matches “${name}”.`);
    } catch (error) {
      this.status.set(toApiProblem(error).messages.join(' '));
    } finally {
      this.searching.set(false);
    }
  }
}
