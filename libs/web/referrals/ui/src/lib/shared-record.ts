import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { ContactChannel, ReferralPart, ReferralSharedRecord, SafeTimeWindow } from '@beside/shared/contracts';
import { describeSafeTimes } from '@beside/shared/util';
import { CONTACT_CHANNEL_LABELS } from '@beside/web/journeys/ui';
import { LondonPipe } from '@beside/web/ui';
import { REFERRAL_PART_SHORT } from './labels';

/** The safe-contact rules as they travelled: her channels, times and code word (her consent to be messaged stays behind). */
export interface SharedSafeContact {
  channels: string[];
  safeWindows: SafeTimeWindow[];
  safeTimes: string | null;
  voicemailAllowed: boolean | null;
  codeWord: string | null;
  textNumber: string | null;
}

export function readSharedSafeContact(raw: Record<string, unknown>): SharedSafeContact {
  const text = (key: string): string | null => (typeof raw[key] === 'string' && raw[key] !== '' ? (raw[key] as string) : null);
  return {
    channels: Array.isArray(raw['channels']) ? (raw['channels'] as unknown[]).filter((c): c is string => typeof c === 'string') : [],
    safeWindows: Array.isArray(raw['safeWindows']) ? (raw['safeWindows'] as SafeTimeWindow[]) : [],
    safeTimes: text('safeTimes'),
    voicemailAllowed: typeof raw['voicemailAllowed'] === 'boolean' ? raw['voicemailAllowed'] : null,
    codeWord: text('codeWord'),
    textNumber: text('textNumber'),
  };
}

/**
 * What travelled with a referral: only the parts she agreed to share, copied when it was sent, each labelled as such.
 * Nothing else about her is shown, because nothing else was sent.
 */
@Component({
  selector: 'bs-shared-record',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [LondonPipe],
  template: `
    <p class="bs-shared-record__intro">
      She agreed to share: <strong>{{ agreed() }}</strong>. This is a copy made when the referral was sent.
    </p>
    @if (parts().includes('profile')) {
      <section class="bs-shared-record__part" aria-labelledby="shared-profile-heading">
        <h3 id="shared-profile-heading">Basic profile <span class="bs-shared-record__label">(she agreed to share this)</span></h3>
        @if (record().profile; as p) {
          <dl class="bs-shared-record__facts">
            <div><dt>Name</dt><dd>{{ p.name }}</dd></div>
            <div><dt>Preferred name</dt><dd>{{ p.preferredName || 'Not given' }}</dd></div>
            <div><dt>Pronouns</dt><dd>{{ p.pronouns || 'Not given' }}</dd></div>
            <div><dt>Date of birth</dt><dd>{{ p.dateOfBirth ? (p.dateOfBirth | london: 'date') : 'Not given' }}</dd></div>
          </dl>
        } @else {
          <p>Nothing was recorded for this part.</p>
        }
      </section>
    }
    @if (parts().includes('safe_contact')) {
      <section class="bs-shared-record__part" aria-labelledby="shared-contact-heading">
        <h3 id="shared-contact-heading">Safe-contact rules <span class="bs-shared-record__label">(she agreed to share this)</span></h3>
        @if (safeContact(); as c) {
          <dl class="bs-shared-record__facts">
            <div>
              <dt>Safe ways to contact her</dt>
              <dd>{{ c.channels.length ? channelWords(c.channels) : 'None: only in person or as she has arranged' }}</dd>
            </div>
            <div>
              <dt>Safe times</dt>
              <dd>
                {{ c.safeWindows.length ? times(c.safeWindows) : 'None set' }}
                @if (c.safeTimes) {
                  <span class="bs-shared-record__words">Her words: "{{ c.safeTimes }}"</span>
                }
              </dd>
            </div>
            <div><dt>Number for texts</dt><dd>{{ c.textNumber || 'None' }}</dd></div>
            <div><dt>Voicemail</dt><dd>{{ c.voicemailAllowed === true ? 'A voicemail may be left' : 'Do not leave a voicemail' }}</dd></div>
            <div><dt>Code word</dt><dd>{{ c.codeWord || 'None' }}</dd></div>
          </dl>
          <p class="bs-secondary-text">What she agreed to be sent stayed with her organisation: ask her again before sending her anything.</p>
        } @else {
          <p>Nothing was recorded for this part.</p>
        }
      </section>
    }
    @if (parts().includes('plan_items')) {
      <section class="bs-shared-record__part" aria-labelledby="shared-plan-heading">
        <h3 id="shared-plan-heading">Plan items she chose <span class="bs-shared-record__label">(she agreed to share these)</span></h3>
        <ul class="bs-shared-record__goals">
          @for (goal of record().planItems ?? []; track $index) {
            <li>
              <p class="bs-shared-record__goal">{{ goal.herWords || goal.title }}</p>
              @if (goal.herWords && goal.title !== goal.herWords) {
                <p class="bs-secondary-text">{{ goal.title }}</p>
              }
              @if (goal.steps.length) {
                <ul>
                  @for (step of goal.steps; track $index) {
                    <li>{{ step.title }}{{ step.done ? ' (done)' : '' }}</li>
                  }
                </ul>
              }
            </li>
          } @empty {
            <li>No goals came with this referral.</li>
          }
        </ul>
      </section>
    }
  `,
  styles: `
    .bs-shared-record__part {
      margin: 1.25rem 0;
    }
    .bs-shared-record__part h3 {
      margin: 0 0 0.5rem;
    }
    .bs-shared-record__label {
      font-weight: 400;
      font-size: 0.9375rem;
    }
    .bs-shared-record__facts {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
      gap: 0.5rem 1.5rem;
      margin: 0;
    }
    dt {
      font-weight: 700;
    }
    dd {
      margin: 0;
      overflow-wrap: anywhere;
    }
    .bs-shared-record__words {
      display: block;
    }
    .bs-shared-record__goals {
      padding-left: 1.25rem;
    }
    .bs-shared-record__goal {
      font-weight: 600;
      margin: 0.25rem 0;
    }
  `,
})
export class SharedRecord {
  readonly record = input.required<ReferralSharedRecord>();
  readonly parts = input.required<readonly ReferralPart[]>();
  protected readonly safeContact = computed(() => {
    const raw = this.record().safeContact;
    return raw ? readSharedSafeContact(raw) : null;
  });
  protected readonly times = describeSafeTimes;
  protected readonly agreed = computed(() => this.parts().map((p) => REFERRAL_PART_SHORT[p].toLowerCase()).join(', ') || 'nothing');

  protected channelWords(channels: string[]): string {
    return channels.map((c) => CONTACT_CHANNEL_LABELS[c as ContactChannel] ?? c).join(', ');
  }
}
