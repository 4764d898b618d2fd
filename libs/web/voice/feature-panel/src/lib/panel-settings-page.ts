import { ChangeDetectionStrategy, Component, effect, inject, signal, untracked } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatRadioModule } from '@angular/material/radio';
import { RouterLink } from '@angular/router';
import { type FieldDescriptions, FormFlow, SessionStore } from '@beside/web/core';
import { PanelSettingsStore } from '@beside/web/voice/data-access';
import { ErrorSummary, Notice, PageHeader } from '@beside/web/ui';
import { VOTING_WORDS } from './finding-words';

const FIELDS: FieldDescriptions<'named'> = { named: { id: 'named-voting-off-input', label: 'How the panel votes', messages: {} } };

/** How the panel's votes are recorded: counts only (the default), or who voted how, as the panel chooses. */
@Component({
  selector: 'bs-panel-settings-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, RouterLink, MatButtonModule, MatRadioModule, ErrorSummary, Notice, PageHeader],
  providers: [PanelSettingsStore],
  template: `
    <p class="bs-back"><a routerLink="/panel">All findings</a></p>
    <bs-page-header heading="How the panel votes" caption="Lived-experience panel" />
    @if (store.problem(); as p) {
      <bs-notice kind="warning">{{ p }}</bs-notice>
    }
    @if (store.settings(); as s) {
      @if (saved(); as words) {
        <bs-notice kind="success">{{ words }}</bs-notice>
      }
      <p><strong>Now: {{ s.namedVoting ? 'named voting' : 'counts only' }}.</strong></p>
      <ul class="bs-voting-words">
        <li>{{ words.countsOnly }}</li>
        <li>{{ words.named }}</li>
      </ul>
      <p>A change applies to the findings no one has voted on yet: a finding keeps the way its first vote was cast.</p>
      @if (session.can('panel:take-part')) {
        @if (flow.conflict(); as c) {
          <div class="bs-inline-error" role="alert">
            <p>{{ c }} The setting above is as it is now.</p>
          </div>
        }
        <bs-error-summary [errors]="flow.errors()" />
        <form [formGroup]="form" (ngSubmit)="save()" novalidate>
          <fieldset class="bs-voting">
            <legend id="named-voting-legend" class="bs-voting__legend">How the panel votes</legend>
            <mat-radio-group id="named-voting" formControlName="named" class="bs-voting__choices" aria-labelledby="named-voting-legend">
              <mat-radio-button id="named-voting-off" [value]="false">Counts only (no one sees how anyone voted)</mat-radio-button>
              <mat-radio-button id="named-voting-on" [value]="true">Named voting (who voted how is recorded and shown)</mat-radio-button>
            </mat-radio-group>
          </fieldset>
          <div class="bs-actions">
            <button mat-flat-button type="submit" [disabled]="flow.pending()">{{ flow.pending() ? 'Saving…' : 'Save' }}</button>
          </div>
        </form>
      } @else {
        <p>Only the panel changes how it votes.</p>
      }
    } @else if (!store.problem()) {
      <p role="status">Loading…</p>
    }
  `,
  styles: `
    .bs-back {
      margin: 0 0 1rem;
    }
    .bs-voting-words {
      max-width: 40rem;
    }
    .bs-voting {
      border: 0;
      padding: 0;
      margin: 0;
      min-width: 0;
    }
    .bs-voting__legend {
      font-weight: 700;
      padding: 0;
    }
    .bs-voting__choices {
      display: flex;
      flex-direction: column;
    }
  `,
})
export class PanelSettingsPage {
  protected readonly store = inject(PanelSettingsStore);
  protected readonly session = inject(SessionStore);
  protected readonly words = VOTING_WORDS;
  protected readonly saved = signal<string | null>(null);
  protected readonly form = new FormGroup({ named: new FormControl(false, { nonNullable: true }) });
  protected readonly flow = new FormFlow(this.form, FIELDS, { fallbackField: 'named' });

  constructor() {
    effect(() => {
      const settings = this.store.settings();
      untracked(() => {
        if (settings && !this.form.dirty) this.form.reset({ named: settings.namedVoting });
      });
    });
    void this.store.load();
  }

  protected async save(): Promise<void> {
    this.saved.set(null);
    const named = this.form.controls.named.value;
    await this.flow.submit({
      body: { named },
      write: () => this.store.save(named),
      saved: (settings) => {
        this.form.reset({ named: settings.namedVoting });
        this.saved.set(settings.namedVoting ? 'Saved. On findings no one has voted on yet, who voted how will be recorded and shown.' : 'Saved. On findings no one has voted on yet, only the counts will be recorded.');
      },
      conflict: (conflict) => {
        this.store.settings.set(conflict.current);
        this.form.reset({ named: conflict.current.namedVoting });
      },
    });
  }
}
