import type { FormatIssue, OnIssue } from './types.js';

/**
 * Passes issues on, at most `perCode` of each code, so a file with a million ragged rows gives
 * twenty useful issues and one count instead of a million callbacks. `finish()` reports the rest.
 */
export class IssueSink {
  private readonly seen = new Map<string, number>();
  constructor(
    private readonly onIssue: OnIssue | undefined,
    private readonly perCode: number,
  ) {}

  report(issue: FormatIssue): void {
    const n = (this.seen.get(issue.code) ?? 0) + 1;
    this.seen.set(issue.code, n);
    if (n <= this.perCode) this.onIssue?.(issue);
  }

  count(code: string): number {
    return this.seen.get(code) ?? 0;
  }

  finish(): void {
    for (const [code, n] of this.seen) {
      if (n > this.perCode) this.onIssue?.({ code, message: `${n - this.perCode} more ${code} issues not listed (${n} in all)` });
    }
  }
}
