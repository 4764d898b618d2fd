import { inject, Injectable, signal } from '@angular/core';
import type { MyRiskAssessment, MySharing } from '@beside/shared/contracts';
import { readInto } from '@beside/web/core';
import type { Observable } from 'rxjs';
import { MySafetyApi } from './my-safety-api';

/** One list of hers, read once a page opens: what came, whether it has come, and the words for a problem. */
abstract class HerList<T> {
  readonly items = signal<T[]>([]);
  readonly loaded = signal(false);
  readonly problem = signal<string | null>(null);

  protected abstract request(): Observable<T[]>;

  async load(): Promise<void> {
    await readInto(this.request(), (items) => this.items.set(items), this.problem);
    this.loaded.set(true);
  }
}

/** Her risk assessments, newest first (never one a manager decided is not safe to show her yet). */
@Injectable()
export class MyRiskAssessmentsStore extends HerList<MyRiskAssessment> {
  private readonly api = inject(MySafetyApi);
  protected request(): Observable<MyRiskAssessment[]> {
    return this.api.assessments();
  }
}

/** What was shared about her, with whom and why (those held back to keep someone safe never arrive). */
@Injectable()
export class MyInformationSharingStore extends HerList<MySharing> {
  private readonly api = inject(MySafetyApi);
  protected request(): Observable<MySharing[]> {
    return this.api.sharing();
  }
}
