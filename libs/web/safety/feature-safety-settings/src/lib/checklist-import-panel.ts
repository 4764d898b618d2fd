import { ChangeDetectionStrategy, Component, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { RiskChecklistBody } from '@beside/shared/contracts';
import { readChecklistJson } from './checklist-import';

const MAX_FILE_BYTES = 100_000;

/** Paste a checklist as JSON, or choose a .json file: read lightly, then put in the editor to look over before saving. */
@Component({
  selector: 'bs-checklist-import',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatFormFieldModule, MatInputModule],
  template: `
    <details class="bs-import" [open]="open()" (toggle)="open.set($any($event.target).open)">
      <summary>Put in a checklist from a JSON file, or pasted</summary>
      <p class="bs-secondary-text">
        For a checklist your organisation holds a licence for, kept as JSON in the shape Beside uses: a name, guidance, source, thresholds (medium,
        high, marac) and questions, each with its text, key, required, guidance and options (key, label, weight). It goes into the form below for you
        to look over; nothing is saved until you save the checklist.
      </p>
      <div class="bs-import__file">
        <label for="checklist-file">Choose a JSON file</label>
        <input id="checklist-file" type="file" accept=".json,application/json" (change)="chooseFile($event)" />
      </div>
      <mat-form-field class="bs-field bs-field--wide">
        <mat-label>Or paste the JSON here</mat-label>
        <textarea matInput id="checklist-json" rows="6" spellcheck="false" [value]="json()" (input)="json.set($any($event.target).value)"
          [attr.aria-describedby]="problems().length ? 'checklist-json-problems' : null"></textarea>
      </mat-form-field>
      @if (problems().length) {
        <div id="checklist-json-problems" class="bs-import__problems" role="alert">
          <p><strong>This checklist could not be read:</strong></p>
          <ul>
            @for (p of problems(); track p) {
              <li>{{ p }}</li>
            }
          </ul>
        </div>
      }
      <button mat-stroked-button type="button" (click)="read()">Put it in the form</button>
    </details>
  `,
  styles: `
    .bs-import {
      margin: 0 0 1.5rem;
      padding: 0.75rem 1rem;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 8px;
      max-width: 48rem;
    }
    .bs-import summary {
      cursor: pointer;
      font-weight: 600;
    }
    .bs-import__file {
      display: flex;
      flex-direction: column;
      gap: 0.25rem;
      margin: 0 0 1rem;
    }
    .bs-import__file input {
      max-width: 100%;
    }
    .bs-field--wide {
      max-width: none;
      width: 100%;
    }
    .bs-import__problems {
      color: var(--bs-error);
    }
  `,
})
export class ChecklistImport {
  readonly imported = output<RiskChecklistBody & { key?: string }>();
  protected readonly open = signal(false);
  protected readonly json = signal('');
  protected readonly problems = signal<string[]>([]);

  protected async chooseFile(event: Event): Promise<void> {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      this.problems.set(['This file is too large for a checklist (over 100 KB). Check it is the right file.']);
      return;
    }
    this.json.set(await file.text());
    this.read();
  }

  protected read(): void {
    const { body, problems } = readChecklistJson(this.json());
    this.problems.set(problems);
    if (body) {
      this.imported.emit(body);
      this.open.set(false);
    }
  }
}
