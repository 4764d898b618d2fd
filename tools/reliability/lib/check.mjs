// What every check does at the end: print its figures, list what failed, and exit 0 or 1.
import { reportFigures } from './api-instance.mjs';

export class Verdict {
  constructor(check) {
    this.check = check;
    this.failures = [];
  }

  /** Records a failure unless `ok`. */
  expect(ok, message) {
    if (!ok) this.failures.push(message);
    return ok;
  }

  /** The check stopped on an error it did not expect: prints it, counts it as a failure, and finishes with the figures it has. */
  crashed(error, figures) {
    console.error(`[${this.check}] FAILED: ${error.stack ?? error}`);
    this.expect(false, error.message);
    return this.finish(figures);
  }

  finish(figures) {
    reportFigures(this.check, { passed: this.failures.length === 0, ...figures, failures: this.failures });
    for (const f of this.failures) console.error(`[${this.check}] FAILED: ${f}`);
    if (!this.failures.length) console.log(`[${this.check}] passed`);
    return this.failures.length ? 1 : 0;
  }
}

export const say = (check) => (message) => console.log(`[${check}] ${message}`);
