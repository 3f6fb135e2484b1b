import { UsageError, formatLocation, type SourceLocation } from '../../common/errors.js';

/** eval.config.yaml (or a command-line equivalent) is invalid. Exit code 2. */
export class ConfigError extends UsageError {
  readonly location: SourceLocation | undefined;
  constructor(location: SourceLocation | undefined, message: string, options?: { cause?: unknown }) {
    super('CONFIG_INVALID', location ? `${formatLocation(location)}: ${message}` : message, options);
    this.location = location;
  }
}
