// `iki validate <file|folder>...`: check filled workbooks against the catalogue and change nothing.
import { countBySeverity, type Problem } from '../model/problem.js';
import { requireCatalogue } from '../store/catalogue-source.js';
import { optionalWorkspace, reportOf } from './common.js';
import type { CommandReport, CoreEnv } from './types.js';
import { feedbackFolder, writeFeedback } from './feedback-out.js';
import { addWarnings, archiveQuality, qualityRun } from './quality-check.js';
import { collectWorkbooks, duplicateChecker, fileResult, readWorkbooks, type FileResult } from './workbooks.js';

export interface ValidateOptions {
  /** Workbooks or folders of workbooks. */
  paths: string[];
  /** The workspace (its catalogue; its archive, templates and reports are skipped below named folders). */
  workspace?: string;
  /** A catalogue file instead of the workspace's (or the bundled one outside a workspace). */
  catalogue?: string;
  /** Write a feedback workbook for each workbook with errors or warnings into this folder. */
  feedback?: string;
}

export interface ValidateStats {
  workbooks: number;
  valid: number;
  invalid: number;
  errors: number;
  warnings: number;
}

export interface ValidateReport extends CommandReport {
  command: 'validate';
  /** The catalogue checked against (null when the run stopped before it was read). */
  catalogue: { file: string; id: string; hash: string } | null;
  files: FileResult[];
  stats: ValidateStats;
}

const NO_STATS: ValidateStats = { workbooks: 0, valid: 0, invalid: 0, errors: 0, warnings: 0 };

export function validate(opts: ValidateOptions, env: CoreEnv): Promise<ValidateReport> {
  return reportOf<ValidateReport>({ command: 'validate', catalogue: null, files: [], stats: NO_STATS }, async () => {
    const { index, path, file } = await requireCatalogue({ catalogue: opts.catalogue, workspace: opts.workspace }, env.cwd, env.env);
    const ws = optionalWorkspace(opts.workspace, env.cwd, env.env);
    const paths = collectWorkbooks(opts.paths, env.cwd, ws ? [ws.archive, ws.templates, ws.reports] : []);
    const folder = opts.feedback !== undefined ? feedbackFolder(opts.feedback, paths, ws, env.cwd) : undefined;
    const results = await readWorkbooks(paths, index, path, env);
    const isDuplicate = duplicateChecker();
    const notes: Problem[] = [];
    // Against the workspace's archive, each valid workbook is checked for implausible values (warnings).
    const quality = ws ? await qualityRun(ws, index, env) : undefined;
    if (quality) notes.push(...quality.notes);
    for (const r of results) {
      const duplicate = isDuplicate(r);
      if (quality && r.ok && r.submission && !duplicate) addWarnings(r, await archiveQuality(r.submission, quality.history, index, quality.mutu));
    }
    const written = folder ? await writeFeedback(folder, results.filter((r) => r.problems.some((p) => p.severity !== 'info')), index, env) : new Map<string, string>();
    const files = results.map((r) => {
      const f = fileResult(r);
      const copy = written.get(r.path);
      return copy ? { ...f, feedback: copy } : f;
    });
    return { command: 'validate', catalogue: { file, id: index.catalogue.id, hash: index.catalogue.hash }, files, stats: statsOf(files), problems: notes };
  });
}

function statsOf(files: FileResult[]): ValidateStats {
  const c = countBySeverity(files.flatMap((f) => f.problems));
  const invalid = files.filter((f) => !f.valid).length;
  return { workbooks: files.length, valid: files.length - invalid, invalid, errors: c.error, warnings: c.warning };
}
