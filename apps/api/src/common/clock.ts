import { Injectable } from '@nestjs/common';

/**
 * The time "now" for rules with deadlines (concern triage). Code that compares against a
 * deadline asks the clock and passes the time into its SQL, so tests can move it.
 */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}
