import { Ajv, type ValidateFunction } from 'ajv';
import { Ajv2019 } from 'ajv/dist/2019.js';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { PingceError } from '../../common/errors.js';
import { describeSchemaErrors, formatPath } from '../../common/schema.js';

/**
 * JSON Schema validity of a model's JSON, by ajv 8 with ajv-formats. The draft follows
 * the schema's `$schema`: 2020-12 and 2019-09 get their ajv classes, anything else
 * draft-07 (ajv's default, which also reads draft-06 schemas).
 *
 * Strict about the schema itself (an unknown keyword or format is a suite bug and
 * fails when the scorer is created) but not about style: strictTypes/strictTuples
 * only warn in ajv, and warnings are switched off so validation never writes to the
 * console from a worker.
 */

export interface SchemaCheck {
  readonly valid: boolean;
  /** Readable problems, most specific first ("address.city: must be string"). */
  readonly problems: readonly string[];
}

export type JsonSchemaValidator = (value: unknown) => SchemaCheck;

const OPTIONS = { allErrors: true, strict: true, strictTypes: false, strictTuples: false, allowUnionTypes: true, logger: false } as const;

/** Compiles a schema once; throws PingceError `METRIC_SCHEMA` when ajv rejects it. */
export function compileJsonSchema(schema: Readonly<Record<string, unknown>>): JsonSchemaValidator {
  const draft = typeof schema['$schema'] === 'string' ? schema['$schema'] : '';
  const ajv = draft.includes('2020-12') ? new Ajv2020(OPTIONS) : draft.includes('2019-09') ? new Ajv2019(OPTIONS) : new Ajv(OPTIONS);
  // ajv-formats is CommonJS: under Node's ESM loader its plugin is the `default` property.
  addFormats.default(ajv);
  let validate: ValidateFunction;
  try {
    validate = ajv.compile(schema);
  } catch (error) {
    throw new PingceError('METRIC_SCHEMA', `invalid JSON Schema: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  return (value) => {
    let valid: boolean;
    try {
      valid = validate(value);
    } catch (error) {
      // ajv validates recursively: JSON nested thousands deep overflows the stack. Such a value fails.
      if (error instanceof RangeError) return { valid: false, problems: ['(root): nested too deeply to validate'] };
      throw error;
    }
    // Read the errors at once: ajv keeps them on the shared validate function until the next call.
    const problems = valid ? [] : describeSchemaErrors(validate.errors).map((problem) => `${formatPath(problem.path) || '(root)'}: ${problem.message}`);
    return { valid, problems };
  };
}

