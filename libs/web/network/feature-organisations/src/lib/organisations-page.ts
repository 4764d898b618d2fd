import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { FlashNotice } from '@beside/web/core';
import { MemberOrganisationsStore } from '@beside/web/network/data-access';
import { Notice, PageHeader, StatusTag } from '@beside/web/ui';
import { ADMIN_STATUS_WORDS, sharesWords, STATUS_WORDS } from './organisation-words';

/** The network operator's list of member organisations: status, whether each shares its figures, and its admins. */
@Component({
  selector: 'bs-organisations-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, MatButtonModule, Notice, PageHeader, StatusTag],
  providers: [MemberOrganisationsStore],
  template: `
    <bs-page-header heading="Member organisations">
      <p>
        As the network operator you add member organisations, invite their first admin, and suspend or reinstate them. You never see
        their case work, or anyone’s details beyond their admins’ names and email addresses.
      </p>
    </bs-page-header>
    @if (notice; as n) {
      <bs-notice kind="success">{{ n }}</bs-notice>
    }
    <div class="bs-actions bs-organisations__add">
      <a mat-flat-button routerLink="/network/organisations/new">Add an organisation</a>
    </div>
    @if (store.problem(); as problem) {
      <bs-notice kind="warning">{{ problem }}</bs-notice>
    }
    @if (store.list(); as list) {
      @if (list.length) {
        <ul class="bs-organisations" aria-label="Member organisations">
          @for (o of list; track o.id) {
            <li class="bs-organisation">
              <h2 class="bs-organisation__name">
                <a [routerLink]="['/network/organisations', o.id]">{{ o.name }}</a>
                <bs-status-tag [status]="o.status" [scheme]="status" />
              </h2>
              <dl class="bs-organisation__facts">
                <div>
                  <dt>Network figures</dt>
                  <dd>{{ shares(o) }}</dd>
                </div>
                <div>
                  <dt>Admins</dt>
                  <dd>
                    @if (o.admins.length) {
                      <ul class="bs-organisation__admins">
                        @for (a of o.admins; track a.accountId) {
                          <li>
                            {{ a.name }}, <span class="bs-email">{{ a.email }}</span>
                            <bs-status-tag [status]="a.status" [scheme]="adminStatus" />
                          </li>
                        }
                      </ul>
                    } @else {
                      None yet
                    }
                  </dd>
                </div>
              </dl>
            </li>
          }
        </ul>
      } @else {
        <p>No member organisations yet. Add the first one.</p>
      }
    } @else if (!store.problem()) {
      <p role="status">Loading the member organisations…</p>
    }
  `,
  styles: `
    .bs-organisations__add {
      margin-bottom: 1.5rem;
    }
    .bs-organisations {
      list-style: none;
      padding: 0;
      margin: 0;
    }
    .bs-organisation {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 8px;
      padding: 1rem 1.25rem;
      margin: 0 0 1rem;
    }
    .bs-organisation__name {
      font-size: 1.2rem;
      margin: 0 0 0.75rem;
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 0.75rem;
      align-items: center;
    }
    .bs-organisation__facts {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr));
      gap: 0.5rem 1.5rem;
      margin: 0;
    }
    .bs-organisation__admins {
      list-style: none;
      padding: 0;
      margin: 0;
    }
    .bs-organisation__admins li {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 0.5rem;
      align-items: center;
      margin: 0 0 0.25rem;
    }
    .bs-email {
      overflow-wrap: anywhere;
    }
    dt {
      font-weight: 700;
    }
    dd {
      margin: 0;
    }
  `,
})
export class OrganisationsPage {
  protected readonly store = inject(MemberOrganisationsStore);
  protected readonly notice = inject(FlashNotice).take();
  protected readonly status = STATUS_WORDS;
  protected readonly adminStatus = ADMIN_STATUS_WORDS;
  protected readonly shares = sharesWords;

  constructor() {
    void this.store.loadAll();
  }
}
