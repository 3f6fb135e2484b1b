/**
 * The `import:` prefix of a suites entry, apart from the importers themselves, so
 * resolving ordinary suites (every `pingce run`) does not load them.
 */
export const IMPORT_PREFIX = 'import:';

/** `import:ceval:../data/ceval` — a suites entry that imports at run time, writing nothing. */
export function isImportSelector(selector: string): boolean {
  return selector.startsWith(IMPORT_PREFIX);
}
