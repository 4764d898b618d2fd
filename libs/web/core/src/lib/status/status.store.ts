import { inject, Injectable } from '@angular/core';
import type { StatusResponse } from '@beside/shared/contracts';
import { catchError, map, of, startWith, type Observable } from 'rxjs';
import { toApiProblem } from '../http/api-problem';
import { StatusApi } from './status-api';

export type StatusState = { kind: 'loading' } | { kind: 'ok'; status: StatusResponse } | { kind: 'error'; message: string };

/** The service's status for the public status page: loading first, then the answer or what went wrong. */
@Injectable({ providedIn: 'root' })
export class StatusStore {
  private readonly api = inject(StatusApi);

  read(): Observable<StatusState> {
    return this.api.status().pipe(
      map((status): StatusState => ({ kind: 'ok', status })),
      catchError((error: unknown) => of<StatusState>({ kind: 'error', message: toApiProblem(error).messages.join(' ') })),
      startWith<StatusState>({ kind: 'loading' }),
    );
  }
}
