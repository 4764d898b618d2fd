import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { CONTACT_CHANNELS, type SafeContact } from '@beside/shared/contracts';
import { CONTACT_CHANNEL_LABELS } from './labels';

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
          <dd>{{ contact().safeTimes || 'Not given' }}</dd>
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
}
