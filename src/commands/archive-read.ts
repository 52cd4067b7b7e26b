// The report's input: every current archived submission of the period, read again (on both cores when
// there are many) and checked to be byte for byte the file that was accepted (its sha256 against the
// archive record). A workbook that fails either check is left out with an error: the report must not
// stand on a file nobody validated.
import { basename, relative, sep } from 'node:path';
import type { CatalogueIndex } from '../model/catalogue.js';
import type { Quarter } from '../model/period.js';
import { problem, type Problem } from '../model/problem.js';
import { readMany } from '../read/read-pool.js';
import type { Submission } from '../read/submission.js';
import { listArchive, type ArchiveListing } from '../store/archive.js';
import type { WorkspaceLayout } from '../store/workspace.js';
import type { CoreEnv } from './types.js';

export interface ArchiveRead {
  /** The year's archive as listed once, for what else the report needs of it (timeliness, history). */
  listing: ArchiveListing;
  submissions: Submission[];
  /** Archive listing problems, each unreadable or changed workbook's own problems and its error. */
  problems: Problem[];
}

/** A path inside the workspace as every computer shows it: relative to the workspace, with "/". */
function workspacePath(ws: WorkspaceLayout, path: string): string {
  return relative(ws.root, path).split(sep).join('/');
}

export async function readArchived(ws: WorkspaceLayout, index: CatalogueIndex, year: number, through: Quarter, env: CoreEnv): Promise<ArchiveRead> {
  const listing = listArchive(ws, year);
  const problems: Problem[] = listing.problems.map((p) => (p.location.file?.startsWith(ws.root) ? { ...p, location: { ...p.location, file: workspacePath(ws, p.location.file) } } : p));
  const entries = listing.current.filter((e) => e.record.quarter <= through);
  const results = await readMany(
    entries.map((e) => ({ path: e.xlsx, shown: workspacePath(ws, e.xlsx), expect: { year, quarter: e.record.quarter, jabatanId: e.record.jabatan_id }, pathHints: false })),
    { index, catalogueFile: ws.catalogue, onProgress: (done, t) => env.onProgress?.({ phase: 'read', done, total: entries.length, file: t.shown }) },
  );
  const submissions: Submission[] = [];
  results.forEach((read, i) => {
    const e = entries[i]!;
    if (!read.ok || !read.submission) {
      problems.push(...read.problems, problem('rollup.archive-unreadable', { why: 'invalid' }, { file: read.file }));
    } else if (read.sha256 !== e.record.sha256) {
      problems.push(problem('rollup.archive-unreadable', { why: 'changed', takenAt: e.record.taken_at, record: basename(e.recordPath) }, { file: read.file }));
    } else submissions.push(read.submission);
  });
  return { listing, submissions, problems };
}
