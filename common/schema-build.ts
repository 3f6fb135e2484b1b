import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { sha256 } from './hash.js';
import { AJV_OPTIONS, compiledSchemaFile, SCHEMA_NAMES, schemaFile } from './schema.js';

/**
 * Build step (`npm run build`, after tsc): each JSON Schema in `schemas/` as an
 * ajv standalone validator in `dist/schemas/NAME.validate.cjs`, stamped with the
 * hash of the schema text it was made from (common/schema.ts uses it only when
 * the hash still matches).
 */
const require = createRequire(import.meta.url);
const { Ajv } = require('ajv') as typeof import('ajv');
const standaloneCode = require('ajv/dist/standalone') as typeof import('ajv/dist/standalone/index.js').default;

for (const name of SCHEMA_NAMES) {
  const text = readFileSync(schemaFile(name), 'utf8');
  const ajv = new Ajv({ ...AJV_OPTIONS, code: { source: true } });
  const code = `${standaloneCode(ajv, ajv.compile(JSON.parse(text) as object))}\nmodule.exports.schemaHash = ${JSON.stringify(sha256(text))};\n`;
  const file = compiledSchemaFile(name);
  mkdirSync(dirname(file), { recursive: true });
  // Written whole, then renamed: a build stopped half-way leaves no half a validator.
  writeFileSync(`${file}.tmp`, code);
  renameSync(`${file}.tmp`, file);
}
