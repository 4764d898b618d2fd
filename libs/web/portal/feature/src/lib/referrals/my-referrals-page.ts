import { ChangeDetectionStrategy, Component, inject, signal, type OnInit } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import type { MyReferralView } from '@beside/shared/contracts';
import { confirmWith } from '@beside/web/core';
import { MyReferralsStore } from '@beside/web/referrals/data-access';
import { MY_REFERRAL_PART_WORDS } from '@beside/web/referrals/ui';
import { LondonPipe, Notice, PageHeader } from '@beside/web/ui';

/** Her referrals to other organisations in the network, in plain words: what they know, where each one is, and withdrawing one. */
@Component({
  selector: 'bs-my-referrals-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [MyReferralsStore],
  imports: [MatButtonModule, PageHeader, Notice, LondonPipe],
  template: `
    <bs-page-header heading="Referrals" />
    <p>
      When your advocate refers you to another organisation in our network, it shows here. They only see what you agreed to share. Your notes, any
      concerns and who looked at your record are never shared.
    </p>
    @if (done(); as d) {
      <bs-notice kind="success">{{ d }}</bs-notice>
    }
    @if (store.problem(); as problem) {
      <bs-notice kind="warning">{{ problem }}</bs-notice>
    }
    @for (r of store.referrals(); track r.id) {
      <article class="bs-referral" [attr.aria-labelledby]="'my-referral-' + r.id">
        <h2 [id]="'my-referral-' + r.id">{{ r.toOrganisation }}</h2>
        <p class="bs-referral__status">{{ r.statusWords }}</p>
        <p class="bs-secondary-text">Sent on {{ r.sentAt | london: 'day' }}. Reference {{ r.reference }}.</p>
        <h3 class="bs-referral__sub">What you agreed to share</h3>
        <ul>
          @for (part of r.sharedParts; track part) {
            <li>{{ partWords[part] }}</li>
          } @empty {
            <li>Nothing from your record</li>
          }
        </ul>
        @if (r.canWithdraw) {
          <button mat-stroked-button type="button" (click)="withdraw(r)" [disabled]="busy() === r.id">Withdraw this referral</button>
        }
      </article>
    } @empty {
      @if (store.loaded() && !store.problem()) {
        <p>You have no referrals to other organisations.</p>
      }
    }
  `,
  styles: `
    .bs-referral {
      padding: 1rem 0;
      border-top: 1px solid #ded6ee;
      overflow-wrap: anywhere;
    }
    .bs-referral h2 {
      margin: 0 0 0.25rem;
      font-size: 1.2rem;
    }
    .bs-referral p {
      margin: 0.25rem 0;
    }
    .bs-referral__status {
      font-weight: 700;
    }
    .bs-referral__sub {
      font-size: 1rem;
      margin: 0.75rem 0 0.25rem;
    }
    .bs-referral ul {
      margin: 0 0 0.75rem;
    }
  `,
})
export class MyReferralsPage implements OnInit {
  protected readonly store = inject(MyReferralsStore);
  private readonly dialog = inject(MatDialog);
  protected readonly partWords = MY_REFERRAL_PART_WORDS;
  protected readonly busy = signal<string | null>(null);
  protected readonly done = signal<string | null>(null);

  ngOnInit(): void {
    void this.store.load();
  }

  protected async withdraw(referral: MyReferralView): Promise<void> {
    const ok = await confirmWith(this.dialog, {
      title: 'Withdraw this referral?',
      body: `${referral.toOrganisation} will not be able to accept it. Your advocate will see that you withdrew it.`,
      confirm: 'Withdraw it',
      cancel: 'Keep it',
    });
    if (!ok) return;
    this.done.set(null);
    this.busy.set(referral.id);
    const result = await this.store.withdraw(referral.id);
    this.busy.set(null);
    if (result.ok) this.done.set(`You withdrew the referral to ${referral.toOrganisation}.`);
    else this.store.problem.set(result.problem.messages.join(' '));
  }
}
