import { ChangeDetectionStrategy, Component, inject, type OnInit } from '@angular/core';
import { RouterLink } from '@angular/router';
import { londonDay } from '@beside/shared/util';
import { MyConsultationsStore, MyFeedbackStore } from '@beside/web/voice/data-access';

/** On her plan: the consultations open to her that she has not answered, and appointments waiting for her feedback. */
@Component({
  selector: 'bs-have-your-say-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [MyConsultationsStore, MyFeedbackStore],
  imports: [RouterLink],
  template: `
    @if (consultations.waiting().length) {
      <section class="bs-section bs-calm-panel" aria-labelledby="have-your-say-heading">
        <h2 id="have-your-say-heading">Have your say</h2>
        <p>We would like to know what you think. Answering is up to you.</p>
        <ul class="bs-have-your-say">
          @for (c of consultations.waiting(); track c.id) {
            <li>
              <a [routerLink]="['/my/consultations', c.id]">{{ c.title }}</a>
              <span class="bs-secondary-text"> (open until {{ day(c.closesOn) }})</span>
            </li>
          }
        </ul>
      </section>
    }
    @if (feedback.invitations().length) {
      <section class="bs-section bs-calm-panel" aria-labelledby="feedback-card-heading">
        <h2 id="feedback-card-heading">Tell us how your appointment went</h2>
        <p>A few quick questions about an appointment you went to with an advocate. Your answers are anonymous.</p>
        <a routerLink="/my/feedback">Give feedback</a>
      </section>
    }
  `,
  styles: `
    .bs-have-your-say {
      margin: 0;
      padding-left: 1.25rem;
      overflow-wrap: anywhere;
    }
    .bs-have-your-say li + li {
      margin-top: 0.5rem;
    }
  `,
})
export class HaveYourSayCard implements OnInit {
  protected readonly consultations = inject(MyConsultationsStore);
  protected readonly feedback = inject(MyFeedbackStore);

  ngOnInit(): void {
    // On her plan this is an extra: if either cannot be read, the card just does not show.
    void this.consultations.load();
    void this.feedback.load();
  }

  protected day(value: string): string {
    return londonDay(value);
  }
}
