import { inject, Injectable, signal } from '@angular/core';
import type { HerStatementBody, HerStatementSharingRequest, HerStatementView, MyAppointment, MyChallenge } from '@beside/shared/contracts';
import { attemptWrite, toApiProblem, type WriteResult } from '@beside/web/core';
import { PortalApi } from '@beside/web/portal/data-access';
import { firstValueFrom } from 'rxjs';
import { type FileDownload, fetchHerFile } from './file-download';
import { MyChallengesApi } from './my-challenges-api';

/** Her statement for professionals ("About me"), and the appointments and challenges she chose to share it with. */
@Injectable()
export class MyStatementStore {
  private readonly api = inject(MyChallengesApi);
  private readonly portal = inject(PortalApi);
  readonly statement = signal<HerStatementView | null>(null);
  /** What she may share it with: her appointments still to come, and her open challenges. */
  readonly appointments = signal<MyAppointment[]>([]);
  readonly challenges = signal<MyChallenge[]>([]);
  readonly problem = signal<string | null>(null);

  async load(): Promise<void> {
    try {
      const [statement, appointments, challenges] = await Promise.all([
        firstValueFrom(this.api.statement()),
        firstValueFrom(this.portal.appointments()),
        firstValueFrom(this.api.challenges()),
      ]);
      this.statement.set(statement);
      this.appointments.set(shareable(appointments.upcoming, appointments.past, statement.sharedWith.appointmentIds));
      this.challenges.set(challenges.filter((c) => c.status === 'open' || statement.sharedWith.challengeIds.includes(c.id)));
      this.problem.set(null);
    } catch (error) {
      this.problem.set(toApiProblem(error).messages.join(' '));
    }
  }

  /** Saves her words with the version she read; a newer one saved elsewhere comes back as the conflict's `current`. */
  async save(body: HerStatementBody): Promise<WriteResult<HerStatementView>> {
    const version = this.statement()?.version ?? 0;
    const result = await attemptWrite<HerStatementView>(this.api.saveStatement({ ...body, version }));
    const fresh = result.ok ? result.value : result.conflict?.current;
    if (fresh) this.statement.set(fresh);
    return result;
  }

  async share(request: HerStatementSharingRequest): Promise<WriteResult<HerStatementView>> {
    const result = await attemptWrite<HerStatementView>(this.api.shareStatement(request));
    if (result.ok) this.statement.set(result.value);
    return result;
  }

  downloadPdf(): Promise<FileDownload> {
    return fetchHerFile(this.api.statementPdf(), 'about-me.pdf');
  }
}

/** Appointments to come, and any past one it is already shared with (so un-ticking it stays possible). */
function shareable(upcoming: MyAppointment[], past: MyAppointment[], chosen: string[]): MyAppointment[] {
  return [...upcoming.filter((a) => a.status === 'planned' || chosen.includes(a.id)), ...past.filter((a) => chosen.includes(a.id))];
}
