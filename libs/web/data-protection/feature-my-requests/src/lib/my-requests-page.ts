import { afterNextRender, ChangeDetectionStrategy, Component, effect, ElementRef, inject, Injector, viewChild } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { MyRequestsStore } from '@beside/web/data-protection/data-access';
import { LondonPipe, Notice, PageHeader } from '@beside/web/ui';
import { MakeRequestForm } from './make-request-form';
import { MyRequestCard } from './my-request-card';

/** Her information: the requests she has made about it, with when to expect each answer, and a new one. */
@Component({
  selector: 'bs-my-requests-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, MatButtonModule, PageHeader, Notice, LondonPipe, MakeRequestForm, MyRequestCard],
  template: `
    <bs-page-header heading="Your information">
      <p>You can ask us to show you, correct or delete the information we hold about you, or to stop using it. The law gives you these rights, and we answer within one month.</p>
    </bs-page-header>
    <div class="bs-calm-panel">
      <p class="bs-download-lead">You can download a copy of your data at any time, without asking.</p>
      <p><a href="/api/my/data.html" download>Download a page you can read or print</a></p>
      <p>The same choices are on <a routerLink="/my/details">your details page</a>.</p>
    </div>

    <section class="bs-section" aria-labelledby="my-requests-heading">
      <h2 id="my-requests-heading">Your requests</h2>
      @if (store.problem(); as problem) {
        <bs-notice kind="warning">{{ problem }}</bs-notice>
      }
      @if (store.loaded()) {
        @for (r of store.requests(); track r.id) {
          <bs-my-request-card [request]="r" />
        } @empty {
          @if (!store.problem()) {
            <p>You have not made a request yet.</p>
          }
        }
      } @else {
        <p role="status">Loading your requests…</p>
      }
    </section>

    <section class="bs-section" aria-labelledby="make-request-heading">
      <h2 id="make-request-heading">Make a request</h2>
      @if (store.justSent(); as sent) {
        <div #sentBox class="bs-sent" tabindex="-1" role="status">
          <p class="bs-sent__title">Thank you. We have your request.</p>
          <p>We received it on {{ sent.receivedOn | london: 'date' }}. You will get an answer by {{ sent.answerBy | london: 'date' }}.</p>
          <p>Your advocate can help if you have questions about it.</p>
          <button mat-stroked-button type="button" (click)="store.askAgain()">Make another request</button>
        </div>
      } @else {
        <bs-make-request-form />
      }
    </section>
    <p class="bs-secondary-text">If you need to leave quickly, use “Leave this site” at the top, or press Esc twice.</p>
  `,
  styles: `
    .bs-calm-panel p { margin: 0 0 0.5rem; }
    .bs-download-lead { font-weight: 600; }
    .bs-sent { padding: 1rem 1.25rem; border-left: 6px solid var(--bs-success, #00703c); background: var(--mat-sys-surface-container); }
    .bs-sent:focus-visible { outline: 3px solid var(--bs-focus, #fd0); }
    .bs-sent__title { font-weight: 700; font-size: 1.125rem; margin-top: 0; }
  `,
  providers: [MyRequestsStore],
})
export class MyRequestsPage {
  protected readonly store = inject(MyRequestsStore);
  private readonly sentBox = viewChild<ElementRef<HTMLElement>>('sentBox');
  private readonly injector = inject(Injector);

  constructor() {
    void this.store.load();
    // Her confirmation takes focus, so a screen reader reads the answer-by date at once.
    effect(() => {
      if (this.store.justSent()) afterNextRender(() => this.sentBox()?.nativeElement.focus(), { injector: this.injector });
    });
  }
}
