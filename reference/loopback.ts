import { isIP } from 'node:net';
import { UsageError } from '../common/errors.js';

/**
 * The reference endpoint answers anyone who asks and gives away gold answers
 * by design, so it must never be reachable from another machine.
 */
export function isLoopbackHost(host: string): boolean {
  const bare = host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
  if (bare.toLowerCase() === 'localhost') return true;
  const version = isIP(bare);
  if (version === 4) return bare.startsWith('127.');
  if (version === 6) {
    const lower = bare.toLowerCase();
    return lower === '::1' || lower === '0:0:0:0:0:0:0:1' || /^::ffff:127\./.test(lower);
  }
  return false;
}

export function assertLoopbackHost(host: string): void {
  if (!isLoopbackHost(host)) {
    throw new UsageError(
      'REFERENCE_HOST_NOT_LOOPBACK',
      `the reference endpoint only listens on a loopback address (127.0.0.1, ::1 or localhost), not "${host}": it serves answers to anyone who can reach it`,
    );
  }
}
