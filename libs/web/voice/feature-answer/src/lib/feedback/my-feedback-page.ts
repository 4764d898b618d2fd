import { afterNextRender, ChangeDetectionStrategy, Component, ElementRef, inject, Injector, signal, viewChild, type OnInit } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { FeedbackInvitationView } from '@beside/shared/contracts';
import { Notice, PageHeader } from '@beside/web/ui';
import { MyFeedbackStore } from '@beside/web/voice/data-access';
import { appointmentWith, FeedbackForm } from './feedback-form';

/** Feedback after appointments she went to with an advocate: anonymous, once each. */
@Component({
  selector: 'bs-my-feedback-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [MyFeedbackStore],
  imports: [RouterLink, PageHeader, Notice, FeedbackForm],
  template: `
    <bs-page-header heading="Tell us how your appointment went" />
    <p>When an advocate goes to an appointment with you, we would like to know how it went. It takes a minute.</p>
    <p>
      Your feedback is anonymous: your name is not kept with it, and your advocate will not see what you said. We only look at
      everyone's answers together. You can answer each appointment once, and leave out any statement.
    </p>
    @if (thanked(); as inv) {
      <div class="bs-calm-panel" role="status" tabindex="-1" #thanks>
        <h2>Thank you</h2>
        <p>We have your feedback on your appointment: {{ with(inv) }}.</p>
      </div>
    }
    @if (store.problem(); as problem) {
      <bs-notice kind="warning">{{ problem }}</bs-notice>
    }
    @for (inv of store.invitations(); track inv.id) {
      <bs-feedback-form [invitation]="inv" (sent)="onSent($event)" />
    } @empty {
      @if (store.loaded() && !store.problem()) {
        <p>There are no appointments waiting for your feedback.</p>
      } @else if (!store.loaded()) {
        <p role="status">Loading…</p>
      }
    }
    <p><a routerLink="/my/consultations">Back to Have your say</a></p>
  `,
})
export class MyFeedbackPage implements OnInit {
  protected readonly store = inject(MyFeedbackStore);
  protected readonly thanked = signal<FeedbackInvitationView | null>(null);
  private readonly thanks = viewChild<ElementRef<HTMLElement>>('thanks');
  private readonly injector = inject(Injector);

  ngOnInit(): void {
    void this.store.load();
  }

  protected with(invitation: FeedbackInvitationView): string {
    return appointmentWith(invitation);
  }

  protected onSent(invitation: FeedbackInvitationView): void {
    this.thanked.set(invitation);
    afterNextRender(() => this.thanks()?.nativeElement.focus(), { injector: this.injector });
  }
}
