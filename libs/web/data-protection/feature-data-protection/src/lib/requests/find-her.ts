import { ChangeDetectionStrategy, Component, inject, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { toApiProblem } from '@beside/web/core';
import { DataProtectionApi } from '@beside/web/data-protection/data-access';
import { firstValueFrom } from 'rxjs';

/** A woman found on the organisation's caseload: her record, and her name. */
export interface FoundWoman {
  serviceUserId: string;
  name: string;
}

/** Finds a woman by part of her name among the organisation's journeys (each woman once, however many journeys). */
@Component({
  selector: 'bs-find-her',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatFormFieldModule, MatInputModule],
  template: `
    <div class="bs-find" role="search" aria-label="Find her">
      <mat-form-field class="bs-field">
        <mat-label>Her name, or part of it</mat-label>
        <input matInput id="find-her-name" #name (keydown.enter)="$event.preventDefault(); find(name.value)" />
      </mat-form-field>
      <button mat-stroked-button type="button" (click)="find(name.value)" [disabled]="searching()">Find her</button>
    </div>
    <p role="status" class="bs-find__status">{{ status() }}</p>
  `,
  styles: `
    .bs-find { display: flex; flex-wrap: wrap; align-items: baseline; gap: 0 1rem; }
    .bs-find .bs-field { max-width: 22rem; }
    .bs-find__status { margin: 0 0 0.5rem; }
  `,
})
export class FindHer {
  readonly found = output<FoundWoman[]>();
  private readonly api = inject(DataProtectionApi);
  protected readonly searching = signal(false);
  protected readonly status = signal('');

  protected async find(q: string): Promise<void> {
    const name = q.trim();
    if (!name) {
      this.status.set('Type her name, or part of it, then choose Find her.');
      return;
    }
    this.searching.set(true);
    try {
      const page = await firstValueFrom(this.api.findWomen(name));
      const women = new Map<string, FoundWoman>();
      for (const entry of page.items) women.set(entry.serviceUserId, { serviceUserId: entry.serviceUserId, name: entry.serviceUserName });
      const list = [...women.values()];
      this.status.set(list.length ? `${list.length === 1 ? '1 woman matches' : `${list.length} women match`}: choose her below.` : `No woman on your organisation's caseload matches “${name}”.`);
      this.found.emit(list);
    } catch (error) {
      this.status.set(toApiProblem(error).messages.join(' '));
    } finally {
      this.searching.set(false);
    }
  }
}
