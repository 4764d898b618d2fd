import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { CONSENTED_PURPOSE_WORDS, CONSENTED_PURPOSES, CONTACT_CHANNELS, type SafeContact } from '@beside/shared/contracts';
import { describeSafeTimes } from '@beside/shared/util';
import { CONTACT_CHANNEL_LABELS, REMINDER_LEAD_LABELS } from './labels';

/** How it is safe to contact her: shown before anything else on her journey, because getting it wrong can put her at risk. */
@Component({
  selector: 'bs-safe-contact-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="bs-safe-contact" aria-labelledby="safe-contact-heading">
      <h2 id="safe-contact-heading">Safe contact</h2>
      <dl class="bs-safe-contact__list">
        <div>
          <dt>Safe ways to contact her</dt>
          <dd>
            @if (safe().length) {
              <ul class="bs-safe-contact__channels">
                @for (channel of channels; track channel) {
                  <li [class.bs-safe-contact__no]="!safe().includes(channel)">
                    <span aria-hidden="true">{{ safe().includes(channel) ? '✓' : '✗' }}</span>
                    {{ labels[channel] }}: {{ safe().includes(channel) ? 'safe' : 'not safe' }}
                  </li>
                }
              </ul>
            } @else {
              <strong>No channel is safe. Do not contact her except in person or as she has arranged.</strong>
            }
          </dd>
        </div>
        <div>
          <dt>Safe times</dt>
          <dd>
            @if (contact().safeWindows.length) {
              {{ windows() }}
            } @else {
              <strong>None set: Beside sends her nothing</strong>
            }
            @if (contact().safeTimes) {
              <span class="bs-safe-contact__words">Her words: "{{ contact().safeTimes }}"</span>
            }
            @if (contact().safeTimes && !contact().safeWindowsReviewed) {
              <strong class="bs-safe-contact__words">Not yet gone through with her: edit her details to set the times.</strong>
            }
          </dd>
        </div>
        <div>
          <dt>Number for texts</dt>
          <dd>{{ contact().textNumber || 'None' }}</dd>
        </div>
        <div>
          <dt>What she agreed to be sent</dt>
          <dd>
            <ul class="bs-safe-contact__channels">
              @for (line of agreed(); track line) {
                <li>{{ line }}</li>
              }
            </ul>
          </dd>
        </div>
        <div>
          <dt>Voicemail</dt>
          <dd>
            @if (contact().voicemailAllowed) {
              You may leave a voicemail
            } @else {
              <strong>Do not leave a voicemail</strong>
            }
          </dd>
        </div>
        <div>
          <dt>Code word</dt>
          <dd>{{ contact().codeWord || 'None' }}</dd>
        </div>
      </dl>
    </section>
  `,
  styles: `
    .bs-safe-contact {
      border: 3px solid #6b4f00;
      background: #fff8e0;
      border-radius: 8px;
      padding: 1rem 1.25rem;
      margin: 0 0 2rem;
    }
    .bs-safe-contact__list {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(13rem, 1fr));
      gap: 0.75rem 1.5rem;
      margin: 0;
    }
    dt {
      font-weight: 700;
    }
    dd {
      margin: 0;
    }
    .bs-safe-contact__channels {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .bs-safe-contact__words {
      display: block;
      margin-top: 0.25rem;
    }
    .bs-safe-contact__no {
      color: #5c4f3d;
    }
  `,
})
export class SafeContactPanel {
  readonly contact = input.required<SafeContact>();
  protected readonly channels = CONTACT_CHANNELS;
  protected readonly labels = CONTACT_CHANNEL_LABELS;
  protected readonly safe = computed(() => this.contact().channels ?? []);
  protected readonly windows = computed(() => describeSafeTimes(this.contact().safeWindows ?? []));
  /** Each purpose with the ways she agreed to, and the reminder lead time. */
  protected readonly agreed = computed(() => {
    const consent = this.contact().messageConsent;
    const lines = CONSENTED_PURPOSES.map((p) => {
      const ways = consent?.[p] ?? [];
      return `${CONSENTED_PURPOSE_WORDS[p]}: ${ways.length ? ways.map((c) => (c === 'text' ? 'by text' : 'by email')).join(' and ') : 'no'}`;
    });
    const lead = REMINDER_LEAD_LABELS.find((l) => l.hours === (this.contact().reminderLeadHours ?? null));
    if (lead && lead.hours !== null) lines.push(`Reminders ${lead.label.toLowerCase()}`);
    return lines;
  });
}
