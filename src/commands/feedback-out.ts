// `--feedback DIR` of validate and ingest: a feedback workbook (src/write/feedback.ts) for each workbook
// chosen, written under DIR with the workbook's own name. The originals are never changed: a DIR that
// holds one of them is refused before anything is read, and each copy is written to a temp name first.
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';
import type { CatalogueIndex } from '../model/catalogue.js';
import { problem, ProblemError, type Problem } from '../model/problem.js';
import { writeFileAtomic } from '../store/atomic.js';
import { fsFailure } from '../store/fs-failure.js';
import type { WorkspaceLayout } from '../store/workspace.js';
import { sha256Hex } from '../read/submission.js';
import { displayPath } from './common.js';
import type { CoreEnv } from './types.js';

/** DIR/name, or DIR/name-2… when another workbook of this run had that name already (from another folder). */
function freeName(folder: string, name: string, used: Set<string>): string {
  const dot = name.lastIndexOf('.');
  const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
  let dest = join(folder, name);
  for (let n = 2; used.has(dest); n++) dest = join(folder, `${stem}-${n}${ext}`);
  used.add(dest);
  return dest;
}

/** The folder for feedback copies, checked before any workbook is read (a usage error otherwise). */
export function feedbackFolder(dir: string, paths: readonly string[], ws: WorkspaceLayout | undefined, cwd: string): string {
  const folder = resolve(cwd, dir);
  const shown = displayPath(cwd, folder);
  if (ws && (folder + sep).startsWith(resolve(ws.archive) + sep)) throw new ProblemError([problem('usage.archive-target', { path: shown, what: 'feedback' }, { file: shown })]);
  if (existsSync(folder) && !statSync(folder).isDirectory()) throw new ProblemError([problem('usage.folder-in-the-way', { path: shown }, { file: shown })]);
  const over = paths.find((p) => resolve(dirname(p)) === folder);
  if (over) throw new ProblemError([problem('usage.feedback-over-original', { folder: shown, file: displayPath(cwd, over) }, { file: shown })]);
  return folder;
}

export interface FeedbackTarget {
  /** Absolute path of the workbook as given. */
  path: string;
  /** Its display path (the file its problems name). */
  file: string;
  /** The content that was checked: a file changed since gets no copy (its problems would not fit it). */
  sha256: string;
  problems: Problem[];
}

/**
 * Write the feedback copy of each target; each target's problems get a note saying where it went (or why
 * there is none), and the display path of each copy comes back by target path.
 */
export async function writeFeedback(folder: string, targets: readonly FeedbackTarget[], index: CatalogueIndex, env: CoreEnv): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  if (targets.length === 0) return out;
  const { feedbackWorkbook } = await import('../write/feedback.js');
  const used = new Set<string>();
  for (const t of targets) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(t.path);
    } catch {
      t.problems.push(problem('feedback.not-written', { reason: 'unreadable' }, { file: t.file }));
      continue;
    }
    if (t.sha256 && sha256Hex(bytes) !== t.sha256) {
      t.problems.push(problem('feedback.not-written', { reason: 'changed' }, { file: t.file }));
      continue;
    }
    // Problems name the file as it was given; the copy's sheet lists them without that prefix.
    const made = await feedbackWorkbook(bytes, t.problems, { lang: env.lang, fileName: basename(t.path), at: env.now(), index });
    if (!made.ok) {
      t.problems.push(problem('feedback.not-written', { reason: made.reason }, { file: t.file }));
      continue;
    }
    const dest = freeName(folder, basename(t.path), used);
    const shown = displayPath(env.cwd, dest);
    try {
      mkdirSync(folder, { recursive: true });
      writeFileAtomic(dest, made.bytes);
    } catch (err) {
      throw new ProblemError([problem('usage.unwritable', { path: shown, what: 'feedback', ...fsFailure(err) }, { file: shown })]);
    }
    t.problems.push(problem('feedback.written', { path: shown, marked: made.marked, listed: made.listed }, { file: t.file }));
    out.set(t.path, shown);
  }
  return out;
}
