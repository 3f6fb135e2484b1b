/**
 * What a command may touch of the outside world. main.ts passes the real
 * process; tests pass their own, so commands run in-process without spawning.
 */
export interface CommandContext {
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  /** Whether stderr is a terminal (live progress) or a log (plain lines). */
  readonly isTTY: boolean;
  readonly columns?: number;
  stdout(text: string): void;
  stderr(text: string): void;
  /** Registers an interrupt (SIGINT/SIGTERM) handler; returns its removal. */
  onInterrupt(handler: () => void): () => void;
}
