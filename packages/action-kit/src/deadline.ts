import { UserError } from './errors.ts';

/**
 * An overall deadline for one run of an action: every network call and wait takes its signal, so
 * a hung server ends the run with a clear failure instead of holding the job until GitHub kills it.
 */
export class Deadline {
  readonly at: number;
  readonly seconds: number;
  private abort: AbortSignal | undefined;

  constructor(seconds: number, now = Date.now()) {
    this.seconds = seconds;
    this.at = now + seconds * 1000;
  }

  /** Aborts when the deadline passes; made on first use, so runs without network calls skip the timer. */
  get signal(): AbortSignal {
    this.abort ??= AbortSignal.timeout(Math.max(1, this.remainingMs()));
    return this.abort;
  }

  remainingMs(): number {
    return Math.max(0, this.at - Date.now());
  }

  /** Throws when the deadline has passed; `doing` says what was cut short. */
  check(doing: string): void {
    if (this.remainingMs() <= 0) throw new DeadlineError(this.seconds, doing);
  }
}

export class DeadlineError extends UserError {
  override name = 'DeadlineError';
  constructor(seconds: number, doing: string) {
    super(`the action's deadline of ${seconds} s (input timeout-seconds) passed while ${doing}`);
  }
}
