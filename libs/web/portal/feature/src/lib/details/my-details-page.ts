import { ChangeDetectionStrategy, Component, inject, type OnInit } from '@angular/core';
import { MyDetailsStore } from '@beside/web/portal/data-access';
import { Notice, PageHeader } from '@beside/web/ui';
import { ConsentList } from './consent-list';
import { DetailsForm } from './details-form';
import { MessagesForm } from './messages-form';

/** Her details, safe contact, what she agreed to share, and her data to download. */
@Component({
  selector: 'bs-my-details-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [MyDetailsStore],
  imports: [PageHeader, Notice, DetailsForm, MessagesForm, ConsentList],
  template: `
    <bs-page-header heading="Your details" />
    @if (store.problem(); as problem) {
      <bs-notice kind="warning">{{ problem }}</bs-notice>
    }
    <section class="bs-section bs-calm-panel" aria-labelledby="details-heading">
      <h2 id="details-heading">About you</h2>
      <!-- The form waits for her details: saving before they arrive would send no version. -->
      @if (store.details(); as d) {
        <p>Your name with us: {{ d.name }}</p>
        <bs-details-form />
      } @else if (!store.problem()) {
        <p role="status">Loading your details…</p>
      }
    </section>
    @if (store.details()) {
      <section class="bs-section bs-calm-panel" aria-labelledby="messages-heading">
        <h2 id="messages-heading">Messages and reminders</h2>
        <bs-messages-form />
      </section>
    }
    <section class="bs-section" aria-labelledby="consents-heading">
      <h2 id="consents-heading">What you agreed to share</h2>
      <bs-consent-list />
    </section>
    <section class="bs-section bs-calm-panel" aria-labelledby="data-heading">
      <h2 id="data-heading">Download your information</h2>
      <p>You can have a copy of everything we hold about you. It has your plan, appointments, shared notes, concerns, what you agreed to, and who has looked at your record.</p>
      <p>Keep the file somewhere safe. Anyone who opens it can read it.</p>
      <ul class="bs-downloads">
        <li><a href="/api/my/data.html" download>Download a page you can read or print</a></li>
        <li><a href="/api/my/data.json" download>Download a data file (for other computer systems)</a></li>
      </ul>
    </section>
  `,
  styles: `
    .bs-downloads li {
      margin: 0 0 0.75rem;
    }
  `,
})
export class MyDetailsPage implements OnInit {
  protected readonly store = inject(MyDetailsStore);

  ngOnInit(): void {
    void this.store.load();
  }
}
