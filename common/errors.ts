/**
 * Base of pingce's typed errors. Every error carries a stable machine-readable
 * `code` so the CLI can map it to an exit code and tests can assert on it
 * without matching message text.
 */
export class PingceError extends Error {
  readonly code: string;
  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
  }
}

/** Usage, configuration or input-file problems: the CLI exits 2 on these. */
export class UsageError extends PingceError {}

/** Where in a text file a problem is: printed as `file:line key.path`. */
export interface SourceLocation {
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
  readonly path?: string;
}

export function formatLocation(location: SourceLocation): string {
  const position = location.line === undefined ? location.file : `${location.file}:${location.line}${location.column === undefined ? '' : `:${location.column}`}`;
  return location.path ? `${position} (${location.path})` : position;
}
