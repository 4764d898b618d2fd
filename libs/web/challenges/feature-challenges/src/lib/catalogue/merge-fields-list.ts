import { ChangeDetectionStrategy, Component, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { LETTER_MERGE_FIELDS, type LetterMergeField } from '@beside/shared/contracts';

/** The merge fields a letter template may use, what each is, and a button to put one in the letter. */
@Component({
  selector: 'bs-merge-fields-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule],
  template: `
    <h2 id="merge-fields-heading" class="bs-merge-fields__heading">Merge fields</h2>
    <p class="bs-secondary-text">Filled in from her record and the challenge when a letter is drafted. “Insert” puts one where the cursor is in the letter.</p>
    <ul class="bs-merge-fields__list" aria-labelledby="merge-fields-heading">
      @for (f of fields; track f.name) {
        <li class="bs-merge-field">
          <span class="bs-merge-field__words">
            <code class="bs-merge-field__token">{{ f.token }}</code>
            <span>{{ f.words }}</span>
          </span>
          <button mat-button type="button" [id]="f.id" (click)="insert.emit(f.name)">
            Insert<span class="bs-visually-hidden"> {{ f.spoken }}</span>
          </button>
        </li>
      }
    </ul>
  `,
  styles: `
    :host {
      display: block;
    }
    .bs-merge-fields__heading {
      font-size: 1.1875rem;
      margin: 0 0 0.5rem;
    }
    .bs-merge-fields__list {
      list-style: none;
      padding: 0;
      margin: 0;
    }
    .bs-merge-field {
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: 0.5rem;
      padding: 0.375rem 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .bs-merge-field__words {
      display: flex;
      flex-direction: column;
      min-width: 0;
    }
    .bs-merge-field__token {
      font-size: 0.9375rem;
      overflow-wrap: anywhere;
    }
  `,
})
export class MergeFieldsList {
  /** The field to put in the letter, by its name (her.name). */
  readonly insert = output<LetterMergeField>();
  protected readonly fields = (Object.entries(LETTER_MERGE_FIELDS) as [LetterMergeField, string][]).map(([name, words]) => ({
    name,
    words,
    id: `insert-${name.replace(/\./g, '-')}`,
    token: `{{${name}}}`,
    spoken: words.charAt(0).toLowerCase() + words.slice(1),
  }));
}
