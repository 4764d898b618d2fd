import { ChangeDetectionStrategy, Component, inject, Injector, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import type { ChallengeStageView, ChallengeView } from '@beside/shared/contracts';
import { SUPPORT_LEVEL_LABELS } from '@beside/web/journeys/ui';
import { LondonPipe } from '@beside/web/ui';
import { limitWords } from './challenge-words';
import { DeadlineTag } from './deadline-tag';
import { focusSoon } from './focus-soon';
import { StageSpeakerForm } from './stage-speaker-form';

/** The stages so far, in order (dates, deadline and its rule, who spoke at each), and the stages still ahead. */
@Component({
  selector: 'bs-challenge-stages',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, LondonPipe, DeadlineTag, StageSpeakerForm],
  template: `
    @let c = challenge();
    <h3 id="stages-heading">Stages</h3>
    <ol class="bs-stages" aria-labelledby="stages-heading">
      @for (s of c.stages; track s.id) {
        <li class="bs-stage" [class.bs-stage--current]="isCurrent(s)">
          <p class="bs-stage__name">
            {{ s.name }}
            @if (isCurrent(s)) {
              <span class="bs-tag">Current stage</span>
            }
          </p>
          <dl class="bs-card-facts">
            <div>
              <dt>Started</dt>
              <dd>{{ s.startedOn | london: 'date' }}</dd>
            </div>
            @if (s.endedOn) {
              <div>
                <dt>Ended</dt>
                <dd>{{ s.endedOn | london: 'date' }}</dd>
              </div>
            }
            <div>
              <dt>Deadline</dt>
              <dd>
                @if (!s.deadlineOn) {
                  No time limit
                } @else if (isCurrent(s) && c.nextDeadline) {
                  <bs-deadline-tag [on]="c.nextDeadline.on" [daysLeft]="c.nextDeadline.daysLeft" />
                } @else {
                  {{ s.deadlineOn | london: 'date' }}
                  @if (s.endedOn && s.endedOn > s.deadlineOn) {
                    <strong class="bs-late">(ended after its deadline)</strong>
                  }
                }
                @if (s.limitSource) {
                  <span class="bs-source">Rule: {{ s.limitSource }}</span>
                }
              </dd>
            </div>
            <div>
              <dt>Who spoke</dt>
              <dd>
                {{ s.supportLevel ? levelLabels[s.supportLevel] : 'Not recorded yet' }}
                @if (s.note) {
                  <span class="bs-stage__note">{{ s.note }}</span>
                }
              </dd>
            </div>
          </dl>
          @if (editable()) {
            @if (editing() === s.id) {
              <bs-stage-speaker-form [challenge]="c" [stage]="s" (done)="editing.set(null)" (reloaded)="onReloaded($event)" />
            } @else {
              <button mat-stroked-button type="button" (click)="startEditing(s.id)" [attr.aria-label]="'Record who spoke at ' + s.name">Record who spoke</button>
            }
          }
        </li>
      }
    </ol>
    @if (c.stagesAhead.length) {
      <h3 id="stages-ahead-heading">Stages ahead</h3>
      <ol class="bs-ahead" aria-labelledby="stages-ahead-heading">
        @for (s of c.stagesAhead; track s.key) {
          <li>
            <strong>{{ s.name }}</strong>: {{ limit(s.limit) }}
            @if (s.limit) {
              <span class="bs-source">Rule: {{ s.limit.source }}</span>
            }
          </li>
        }
      </ol>
    }
  `,
  styles: `
    .bs-stages,
    .bs-ahead {
      margin: 0;
      padding-left: 1.5rem;
      max-width: 52rem;
    }
    .bs-stage {
      padding: 0.5rem 0 0.75rem;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
      overflow-wrap: anywhere;
    }
    .bs-stage--current {
      border-left: 4px solid var(--mat-sys-primary);
      padding-left: 0.75rem;
    }
    .bs-stage__name {
      font-weight: 700;
      margin: 0 0 0.25rem;
    }
    .bs-source,
    .bs-stage__note {
      display: block;
      color: var(--bs-text-secondary);
      font-size: 0.9375rem;
    }
    .bs-stage__note {
      white-space: pre-line;
    }
    .bs-late {
      color: var(--bs-error, #b3261e);
    }
    .bs-ahead li {
      margin-bottom: 0.5rem;
    }
    .bs-card-facts {
      --bs-card-term-width: 6.5rem;
    }
  `,
})
export class ChallengeStages {
  readonly challenge = input.required<ChallengeView>();
  /** False once it has ended, or under a read-only emergency grant. */
  readonly editable = input(true);
  readonly reloaded = output<string>();
  protected readonly editing = signal<string | null>(null);
  protected readonly levelLabels = SUPPORT_LEVEL_LABELS;
  protected readonly limit = limitWords;

  private readonly injector = inject(Injector);

  protected startEditing(stageId: string): void {
    this.editing.set(stageId);
    focusSoon(this.injector, `stage-support-${stageId}`);
  }

  protected isCurrent(stage: ChallengeStageView): boolean {
    return this.challenge().status === 'open' && !stage.endedOn;
  }

  protected onReloaded(message: string): void {
    this.editing.set(null);
    this.reloaded.emit(message);
  }
}
