import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { JourneyProposalsStore } from '@beside/web/portal/data-access';
import { ProposalCard } from './proposal-card';

/**
 * The changes she asked for from her own screens, waiting ones first. The store is the
 * journey page's, which loads it, so the page can say how many wait for an answer.
 */
@Component({
  selector: 'bs-proposals-section',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ProposalCard],
  template: `
    <section class="bs-section" aria-labelledby="proposals-heading">
      <h2 id="proposals-heading">Changes she asked for</h2>
      <p>She can ask to change what staff wrote about her: a goal, a step, a shared note, an appointment, or a letter shared with her before it is sent. Accept to change the record (a letter keeps every version, hers marked as hers), or decline and tell her why. Either way she sees your answer.</p>
      @if (store.problem(); as problem) {
        <p class="bs-inline-error" role="alert">{{ problem }}</p>
      }
      @for (p of ordered(); track p.id) {
        <bs-proposal-card [proposal]="p" />
      } @empty {
        @if (store.loaded()) {
          <p>She has not asked for any changes.</p>
        }
      }
    </section>
  `,
})
export class ProposalsSection {
  protected readonly store = inject(JourneyProposalsStore);
  /** One list, so a card keeps its place (and its message) when it is answered. */
  protected readonly ordered = computed(() => [...this.store.pending(), ...this.store.answered()]);
}
