// Shared test helpers: run the real bin/iki, make temporary folders.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const BIN = join(ROOT, 'bin', 'iki.js');
export const BUNDLED = join(ROOT, 'templates', 'catalogue.yaml');

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run the built CLI as a user would, colour off. */
export function iki(args: string[], opts: { cwd?: string; env?: Record<string, string | undefined>; input?: string } = {}): RunResult {
  // Transitional: tests written before Indonesian became the default read English; new ones set IKI_LANG.
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, IKI_WORKSPACE: undefined, IKI_LANG: 'en', ...opts.env };
  for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: opts.cwd ?? ROOT,
    env: env as NodeJS.ProcessEnv,
    encoding: 'utf8',
    input: opts.input ?? '',
    timeout: 120_000,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

export function tempDir(prefix = 'iki-test-'): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Transitional: a problem's English message, for tests not yet asserting on args. */
export { renderProblem } from '../src/model/problems/text.js';
import { renderProblem as render } from '../src/model/problems/text.js';
import type { Problem } from '../src/model/problem.js';
export const msg = (p: Problem): string => render(p, 'en').message;
export const hintOf = (p: Problem): string | undefined => render(p, 'en').hint;
