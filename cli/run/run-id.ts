import { randomBytes } from 'node:crypto';

/** Sortable and unique enough for one store: `20261129-031502-3fa9c1`. */
export function newRunId(now: Date = new Date()): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  return `${stamp}-${randomBytes(3).toString('hex')}`;
}
