#!/usr/bin/env node
import { runCli } from './cli.js';

// The composition root's only job: wire the real process to the CLI.

// `pingce report … | head` closes the pipe early: that is the reader's choice, not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
}
const interruptHandlers = new Set<() => void>();
let interrupts = 0;
const onSignal = (): void => {
  interrupts += 1;
  if (interrupts > 1 || interruptHandlers.size === 0) process.exit(130);
  for (const handler of [...interruptHandlers]) handler();
};
process.on('SIGINT', onSignal);
process.on('SIGTERM', onSignal);

const code = await runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  isTTY: process.stderr.isTTY === true,
  ...(process.stderr.columns === undefined ? {} : { columns: process.stderr.columns }),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  onInterrupt(handler) {
    interruptHandlers.add(handler);
    return () => interruptHandlers.delete(handler);
  },
});
process.exitCode = code;
