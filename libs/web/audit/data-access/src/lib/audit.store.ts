import { inject, Injectable, signal } from '@angular/core';
import type { AccessLogEntry, AuditEventView, AuditPerson, ChainVerification } from '@beside/shared/contracts';
import { KeysetList, toApiProblem } from '@beside/web/core';
import { firstValueFrom } from 'rxjs';
import { AuditApi, AuditFilters, AuditScope, BreakGlassGrant } from './audit-api';

/** The manager's (or, for account events, the admin's) view of the audit trail. */
@Injectable()
export class AuditStore {
  private readonly api = inject(AuditApi);
  private readonly filtersState = signal<AuditFilters>({});
  private scope: AuditScope = 'all';

  readonly filters = this.filtersState.asReadonly();
  readonly events = new KeysetList<AuditEventView>((cursor) => this.api.search(this.scope, this.filtersState(), cursor));
  readonly verification = signal<ChainVerification | null>(null);
  readonly verifying = signal(false);
  readonly grants = signal<BreakGlassGrant[]>([]);
  readonly problem = signal<string | null>(null);

  useScope(scope: AuditScope): void {
    this.scope = scope;
  }

  search(filters: AuditFilters): Promise<void> {
    this.filtersState.set(filters);
    return this.events.reload();
  }

  csvUrl(): string {
    return this.api.csvUrl(this.filtersState());
  }

  async verify(): Promise<void> {
    this.verifying.set(true);
    try {
      this.verification.set(await firstValueFrom(this.api.verify()));
    } catch (error) {
      this.problem.set(toApiProblem(error).messages.join(' '));
    } finally {
      this.verifying.set(false);
    }
  }

  /** People whose name contains the text; none when the look-up fails (the form says so). */
  async findPeople(as: 'actor' | 'subject', q: string): Promise<AuditPerson[] | null> {
    try {
      return await firstValueFrom(this.api.people(as, q));
    } catch {
      return null;
    }
  }

  async loadGrants(): Promise<void> {
    try {
      this.grants.set(await firstValueFrom(this.api.breakGlassToReview()));
    } catch (error) {
      this.problem.set(toApiProblem(error).messages.join(' '));
    }
  }

  async review(grantId: string, comment: string): Promise<string | null> {
    try {
      await firstValueFrom(this.api.review(grantId, comment));
      this.grants.update((grants) => grants.filter((g) => g.id !== grantId));
      return null;
    } catch (error) {
      return toApiProblem(error).messages.join(' ');
    }
  }
}

/** "Who has looked at my record", a page at a time. */
@Injectable()
export class AccessLogStore {
  private readonly api = inject(AuditApi);
  readonly entries = new KeysetList<AccessLogEntry>((cursor) => this.api.accessLog(cursor));
}
