// Runs the command line as a seller would, in a child process (Node + tsx), and measures its peak memory.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The parts of a `read` document these tests look at. */
export interface Reading { kind: string; orders: { orderId: string }[]; claims: unknown[]; missing: string[]; notes?: string[] }

export interface Run { status: number | null; stdout: string; stderr: string }

export function cli(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args],
      { cwd: REPO_ROOT, encoding: 'utf8', timeout: 120_000, maxBuffer: 64 << 20 },
      (error, stdout, stderr) => resolve({ status: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr }));
  });
}
