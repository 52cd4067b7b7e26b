// The small YAML files a person maintains (the catalogue, targets, history): read whole, or a problem
// saying why not (exit 2), never an fs error with a stack trace.
import { readFileSync, statSync } from 'node:fs';
import { relative } from 'node:path';
import { problem, ProblemError } from '../model/problem.js';
import { fsFailure } from './fs-failure.js';

/** A configuration file is a small text file; anything larger is not one. */
export const MAX_CONFIG_BYTES = 5 * 1024 * 1024;

/** `file` as a person sees it: relative to the folder they are in when it is below it. */
export function displayPath(cwd: string, file: string): string {
  const rel = relative(cwd, file);
  return rel && !rel.startsWith('..') ? rel : file;
}

/** The text of a configuration file, or a ProblemError with `code` (catalogue.unreadable, target.unreadable …). */
export function readConfigText(file: string, shown: string, code: 'catalogue.unreadable' | 'target.unreadable' | 'config.unreadable'): string {
  try {
    const st = statSync(file);
    if (!st.isFile()) throw Object.assign(new Error('not a file'), { code: 'EISDIR' });
    if (st.size > MAX_CONFIG_BYTES) {
      throw new ProblemError([problem(code, { file: shown, reason: 'too-large', size: st.size, max: MAX_CONFIG_BYTES }, { file: shown })]);
    }
    return readFileSync(file, 'utf8');
  } catch (err) {
    if (err instanceof ProblemError) throw err;
    throw new ProblemError([problem(code, { file: shown, ...fsFailure(err) }, { file: shown })]);
  }
}
