import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Ajv as AjvInstance, ErrorObject, Options, ValidateFunction } from 'ajv';
import { sha256 } from './hash.js';
import { packageRoot } from './package-root.js';

export const SCHEMA_NAMES = ['eval-config', 'suite', 'sample'] as const;
export type SchemaName = (typeof SCHEMA_NAMES)[number];

/** One set of options for the validators compiled at build time and at run time, so both report alike. */
export const AJV_OPTIONS: Options = { allErrors: true, strict: true, allowUnionTypes: true };

const require = createRequire(import.meta.url);
const compiled = new Map<SchemaName, ValidateFunction>();
let runtimeAjv: AjvInstance | undefined;

export function schemaFile(name: SchemaName): string {
  return join(packageRoot, 'schemas', `${name}.schema.json`);
}

/** Where `npm run build` writes a schema's validator as standalone code (common/schema-build.ts). */
export function compiledSchemaFile(name: SchemaName): string {
  return join(packageRoot, 'dist', 'schemas', `${name}.validate.cjs`);
}

/**
 * The validator for one of the JSON Schemas shipped in `schemas/`, made once per
 * process. It is the one compiled at build time when that was compiled from this
 * very schema text; otherwise (sources edited since the build, or no build) ajv
 * compiles it now. Loading ajv and compiling the config and suite schemas took
 * about 200 ms of every run's start-up.
 */
export function schemaValidator(name: SchemaName): ValidateFunction {
  let validate = compiled.get(name);
  if (!validate) {
    const text = readFileSync(schemaFile(name), 'utf8');
    validate = prebuiltValidator(name, text) ?? compileAtRunTime(text);
    compiled.set(name, validate);
  }
  return validate;
}

/** The build-time validator of `name` when it was compiled from exactly `schemaText`. */
export function prebuiltValidator(name: SchemaName, schemaText: string): ValidateFunction | undefined {
  const file = compiledSchemaFile(name);
  if (!existsSync(file)) return undefined;
  const module = require(file) as { readonly schemaHash?: unknown; readonly default?: unknown };
  return module.schemaHash === sha256(schemaText) && typeof module.default === 'function' ? (module.default as ValidateFunction) : undefined;
}

export function compileAtRunTime(schemaText: string): ValidateFunction {
  // ajv itself loads only here: a built pingce never needs it to start a run.
  if (!runtimeAjv) {
    const { Ajv } = require('ajv') as typeof import('ajv');
    runtimeAjv = new Ajv(AJV_OPTIONS);
  }
  return runtimeAjv.compile(JSON.parse(schemaText) as object);
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
