/** Error classes that map to exit codes (CONTRACT.md): usage/config → 2; anything else → 3. */
export abstract class PiiscanError extends Error {
  abstract readonly code: string;
  abstract readonly exitCode: number;
  constructor(
    message: string,
    readonly hint?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

export class UsageError extends PiiscanError {
  readonly code = 'USAGE';
  readonly exitCode = 2;
}

export interface ConfigIssue {
  /** Dotted key path inside the file, e.g. `detectors[2]`. */
  path: string;
  message: string;
}

export class ConfigError extends PiiscanError {
  readonly code = 'CONFIG_INVALID';
  readonly exitCode = 2;
  constructor(
    readonly file: string,
    readonly issues: ConfigIssue[],
  ) {
    super(`${file}: invalid configuration\n` + issues.map((i) => `  - ${i.path || '(root)'}: ${i.message}`).join('\n'));
  }
}

export class ReporterError extends PiiscanError {
  readonly code = 'REPORTER';
  readonly exitCode = 3;
}
