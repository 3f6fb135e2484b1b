import { readFileSync } from 'node:fs';
import { LineCounter, isMap, isNode, isScalar, parseDocument } from 'yaml';
import { PingceError, formatLocation, type SourceLocation } from './errors.js';
import { describeSchemaErrors, formatPath, type SchemaProblem } from './schema.js';
import type { ValidateFunction } from 'ajv';

/** A YAML file parsed with positions kept, so problems can name their line. */
export interface LocatedYaml {
  readonly file: string;
  readonly value: unknown;
  locate(path: readonly (string | number)[]): SourceLocation;
}

/** Error factory so config and suite loaders raise their own typed errors. */
export type LocatedErrorFactory = (location: SourceLocation, message: string, cause?: unknown) => PingceError;

/**
 * Reads and parses a YAML file. YAML never runs code here: custom tags are
 * rejected and aliases are capped, so a hostile file cannot expand forever.
 */
export function readLocatedYaml(file: string, makeError: LocatedErrorFactory): LocatedYaml {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (cause) {
    throw makeError({ file }, `cannot read file: ${(cause as Error).message}`, cause);
  }
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true });
  const first = document.errors[0];
  if (first) {
    const position = lineCounter.linePos(first.pos[0]);
    throw makeError({ file, line: position.line, column: position.col }, `YAML syntax error: ${first.message.split('\n')[0] ?? ''}`, first);
  }
  const value: unknown = document.toJS({ maxAliasCount: 100 });
  /** The key of a mapping entry, so a problem with `key: value` points at the key's column. */
  const keyNode = (path: readonly (string | number)[]) => {
    const last = path.at(-1);
    if (typeof last !== 'string') return undefined;
    const parent = document.getIn(path.slice(0, -1), true) ?? (path.length === 1 ? document.contents : undefined);
    if (!isMap(parent)) return undefined;
    const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === last);
    return pair?.key;
  };
  return {
    file,
    value,
    locate(path) {
      // Walk up until a node with a position is found (a missing key points at its parent).
      for (let depth = path.length; depth >= 0; depth -= 1) {
        const node = keyNode(path.slice(0, depth)) ?? document.getIn(path.slice(0, depth), true);
        if (isNode(node) && node.range) {
          const position = lineCounter.linePos(node.range[0]);
          return { file, line: position.line, column: position.col, path: formatPath(path) || undefined };
        }
      }
      return { file, path: formatPath(path) || undefined };
    },
  };
}

/** Validates a located YAML value; throws one error listing every problem with its line. */
export function validateLocated(yaml: LocatedYaml, validate: ValidateFunction, makeError: LocatedErrorFactory): void {
  if (validate(yaml.value)) return;
  const problems: SchemaProblem[] = describeSchemaErrors(validate.errors);
  const located = problems.map((problem) => ({ location: yaml.locate(problem.path), message: problem.message }));
  const [first, ...rest] = located;
  if (!first) throw makeError({ file: yaml.file }, 'is invalid');
  const extra = rest.map((entry) => `\n  ${formatLocation(entry.location)}: ${entry.message}`).join('');
  throw makeError(first.location, `${first.message}${extra}`);
}
