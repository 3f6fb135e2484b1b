import { PingceError, UsageError } from '../common/errors.js';
import { didYouMean } from '../common/did-you-mean.js';
import { toolVersion } from './version.js';
import type { CommandContext } from './commands/context.js';

export const MAIN_HELP = `pingce ${toolVersion} — 评测: local LLM evaluation and filing-readiness harness

Usage: pingce COMMAND [options]

Commands:
  run              run suites against models; print a summary, write a report
  report RUN_ID    re-render a stored run (Markdown or JSON) without calling a model
  compare A B      paired comparison of two runs (or two models): differences, tests, flipped items
  rescore RUN_ID   score a run's stored outputs again with today's scorers, into a new run
  suites           list or validate suites
  import FORMAT …  convert public benchmark files (C-Eval, CMMLU, CLUE, …) into a suite folder
  merge STORE…     join the stores of a sharded run into one run
  serve-reference  start the built-in reference endpoint (a scripted stand-in model)

Options:
  -h, --help       help (also: pingce COMMAND --help)
  -v, --version    print the version

Exit codes: 0 ok · 1 run finished with too many item errors (compare: a significant
drop with --fail-on-drop) · 2 usage, config or suite error · 3 internal error ·
130 interrupted.`;

type CommandHandler = (args: readonly string[], context: CommandContext) => Promise<number>;

/**
 * Each command's module is imported only when it is the one run, so `--version`,
 * `--help` and `run` do not load the importers, the report renderers, the
 * reference endpoint or SQLite for commands that are not used.
 */
const COMMANDS: Record<string, () => Promise<CommandHandler>> = {
  run: async () => (await import('./commands/run.js')).runCommand,
  report: async () => (await import('./commands/report.js')).reportCommand,
  suites: async () => (await import('./commands/suites.js')).suitesCommand,
  'serve-reference': async () => (await import('./commands/serve-reference.js')).serveReferenceCommand,
  merge: async () => (await import('./commands/merge.js')).mergeCommand,
  compare: async () => (await import('./commands/compare.js')).compareCommand,
  rescore: async () => (await import('./commands/rescore.js')).rescoreCommand,
  import: async () => (await import('./commands/import.js')).importCommand,
};

/** Runs one command line and returns the exit code; never throws. */
export async function runCli(argv: readonly string[], context: CommandContext): Promise<number> {
  const [command, ...args] = argv;
  try {
    if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
      context.stdout(`${MAIN_HELP}\n`);
      return command === undefined ? 2 : 0;
    }
    if (command === '-v' || command === '--version') {
      context.stdout(`${toolVersion}\n`);
      return 0;
    }
    const load = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
    if (!load) throw new UsageError('USAGE', `unknown command "${command}"${didYouMean(command, Object.keys(COMMANDS))}; run \`pingce --help\``);
    return await (await load())(args, context);
  } catch (error) {
    return reportError(error, context);
  }
}

function reportError(error: unknown, context: CommandContext): number {
  if (error instanceof UsageError) {
    context.stderr(`pingce: ${error.message}\n`);
    return 2;
  }
  if (error instanceof PingceError) {
    context.stderr(`pingce: ${error.message} [${error.code}]\n`);
    return 3;
  }
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  context.stderr(`pingce: internal error (please report it): ${detail}\n`);
  return 3;
}
