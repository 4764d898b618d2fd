import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { CaseloadStore } from '@beside/web/journeys/data-access';
import { Notice, PageHeader } from '@beside/web/ui';
import { JourneyStatusTag } from './journey-status-tag';
import { formatLondonDateTime } from '@beside/shared/util';
import { formatLondonDate } from './format-london-date';

@Component({
  selector: 'bs-caseload-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, Notice, PageHeader, JourneyStatusTag],
  providers: [CaseloadStore],
  templateUrl: './caseload-page.html',
  styleUrl: './caseload-page.scss',
})
export class CaseloadPage {
  protected readonly store = inject(CaseloadStore);
  protected readonly date = formatLondonDate;
  protected readonly dateTime = formatLondonDateTime;

  constructor() {
    void this.store.load();
  }
}
