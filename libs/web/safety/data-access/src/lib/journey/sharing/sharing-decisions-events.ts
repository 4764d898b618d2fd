import { Injectable, signal } from '@angular/core';

/** Which decision was last recorded or reviewed, on which journey: ids only, never what was shared. */
export interface SharingDecisionChange {
  journeyId: string;
  decisionId: string;
  version: number;
}

/**
 * Tells every sharing-decisions store on the page that a decision changed, so one recorded inline while marking a
 * referral sent shows at once in the sharing decisions panel beside it (each panel keeps its own store).
 */
@Injectable({ providedIn: 'root' })
export class SharingDecisionsEvents {
  readonly changed = signal<SharingDecisionChange | null>(null);
}
