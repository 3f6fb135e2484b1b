import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { packageRoot } from './package-root.js';

const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
const compiled = new Map<string, ValidateFunction>();

/** The validator for one of the JSON Schemas shipped in `schemas/`, compiled once. */
export function schemaValidator(name: 'eval-config' | 'suite' | 'sample'): ValidateFunction {
  let validate = compiled.get(name);
  if (!validate) {
    const schema: unknown = JSON.parse(readFileSync(join(packageRoot, 'schemas', `${name}.schema.json`), 'utf8'));
    validate = ajv.compile(schema as object);
    compiled.set(name, validate);
  }
  return validate;
}

/** Where an error points, as a list of keys/indices, and a readable one-line message. */
export interface SchemaProblem {
  readonly path: (string | number)[];
  readonly message: string;
}

/** Turns ajv's errors into problems that name the offending key, most specific first. */
export function describeSchemaErrors(errors: readonly ErrorObject[] | null | undefined): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  const seen = new Set<string>();
  for (const error of errors ?? []) {
    // oneOf reports every branch; the branch errors already say what is wrong.
    if (error.keyword === 'oneOf' && (errors?.length ?? 0) > 1) continue;
    const path = pointerToPath(error.instancePath);
    let message: string;
    if (error.keyword === 'additionalProperties') {
      const key = String(error.params['additionalProperty']);
      path.push(key);
      message = `unknown key "${key}"`;
    } else if (error.keyword === 'required') {
      const key = String(error.params['missingProperty']);
      path.push(key);
      message = `missing required key "${key}"`;
    } else if (error.keyword === 'enum') {
      const allowed = (error.params['allowedValues'] as unknown[]).map((value) => JSON.stringify(value)).join(', ');
      message = `must be one of ${allowed}`;
    } else {
      message = error.message ?? 'is invalid';
    }
    const id = `${path.join('.')}|${message}`;
    if (seen.has(id)) continue;
    seen.add(id);
    problems.push({ path, message });
  }
  return problems;
}

function pointerToPath(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

export function formatPath(path: readonly (string | number)[]): string {
  return path.reduce<string>((text, part) => (typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${part}` : part), '');
}
