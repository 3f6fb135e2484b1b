import { PingceError, UsageError, formatLocation, type SourceLocation } from '../common/errors.js';

/** A suite file or its data is invalid. The message starts with `file:line`. */
export class SuiteError extends UsageError {
  readonly location: SourceLocation;
  constructor(location: SourceLocation, message: string, options?: { cause?: unknown }) {
    super('SUITE_INVALID', `${formatLocation(location)}: ${message}`, options);
    this.location = location;
  }
}

/** A template names a field the sample does not have: a bug in the suite, not the model. */
export class TemplateError extends PingceError {
  constructor(message: string) {
    super('TEMPLATE_FIELD_MISSING', message);
  }
}
