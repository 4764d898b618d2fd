import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { formatLondonDateTime } from '@beside/shared/util';
import type { StatusResponse } from '@beside/shared/contracts';
import { StatusStore } from '@beside/web/core';
import { Notice, PageHeader } from '@beside/web/ui';

@Component({
  selector: 'bs-status-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [Notice, PageHeader],
  template: `
    <bs-page-header heading="Service status" />
    @switch (state().kind) {
      @case ('loading') {
        <p aria-live="polite">Checking…</p>
      }
      @case ('error') {
        <bs-notice kind="warning">Beside is not answering. {{ errorMessage() }}</bs-notice>
      }
      @case ('ok') {
        @if (okStatus(); as s) {
          <bs-notice kind="success">Beside is working.</bs-notice>
          <dl class="bs-status-list">
            <div><dt>Version</dt><dd>{{ s.version }}</dd></div>
            <div><dt>Database</dt><dd>PostgreSQL ({{ s.database === 'embedded' ? 'embedded' : 'external' }}), {{ s.databaseVersion }}</dd></div>
            <div><dt>Migrations applied</dt><dd>{{ s.migrations }}</dd></div>
            <div><dt>Checked</dt><dd>{{ when(s.time) }}</dd></div>
          </dl>
        }
      }
    }
  `,
  styles: `
    .bs-status-list > div {
      display: flex;
      flex-wrap: wrap;
      gap: 0 1rem;
      padding: 0.5rem 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    dt {
      flex: 0 0 12rem;
      font-weight: 700;
    }
    dd {
      margin: 0;
      overflow-wrap: anywhere;
    }
  `,
})
export class StatusPage {
  protected readonly when = formatLondonDateTime;
  protected readonly state = toSignal(inject(StatusStore).read(), { requireSync: true });

  protected okStatus(): StatusResponse | null {
    const state = this.state();
    return state.kind === 'ok' ? state.status : null;
  }

  protected errorMessage(): string {
    const state = this.state();
    return state.kind === 'error' ? state.message : '';
  }
}
