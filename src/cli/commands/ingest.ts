// `iki ingest <file|folder>... [--replace] [--dry-run]`: validate filled workbooks and take the valid
// ones into the workspace archive, under the workspace lock. The originals are never touched.
import { fsFailure } from '../../store/fs-failure.js';
import { basename, sep } from 'node:path';
import { legacyProblem, type Problem, problem, ProblemError } from '../../model/problem.js';
import type { Submission } from '../../read/submission.js';
import { toolVersion } from '../../store/version.js';
import { acquireLock, archiveSubmissionAsync, releaseLock, type ArchiveAction } from '../../store/workspace.js';
import { twLabel, type Quarter } from '../../model/period.js';
import { recoverInterruptedRun, requireWorkspace } from '../args.js';
import type { CliContext } from '../context.js';
import { EXIT_DATA, EXIT_OK, EXIT_USAGE } from '../exit.js';
import { requireCatalogue } from '../../store/catalogue-source.js';
import { displayPath } from '../../store/config-file.js';
import { renderProblemLines, jsonText } from '../render.js';
import { collectWorkbooks, duplicateChecker, fileLine, problemTable, readWorkbookFiles, resultJson } from './validate.js';
import type { PathReadResult } from '../../read/read-pool.js';
import { sha256Hex } from '../../read/submission.js';
import { readFileSync } from 'node:fs';

interface Opts {
  workspace?: string;
  replace?: boolean;
  dryRun?: boolean;
  json?: boolean;
}

type Outcome = 'taken' | 'replaced' | 'unchanged' | 'refused' | 'duplicate';

export async function run(ctx: CliContext, opts: Opts, paths: string[]): Promise<number> {
  const ws = requireWorkspace(ctx, opts.workspace, 'ingest needs one (it keeps the archive)');
  const { index } = await requireCatalogue({ workspace: ws.root }, ctx.cwd, ctx.env);
  const files = collectWorkbooks(ctx, paths, [ws.archive, ws.templates, ws.reports]);

  let lock: ReturnType<typeof acquireLock> | undefined;
  try {
    lock = opts.dryRun ? undefined : acquireLock(ws, 'ingest');
  } catch (err) {
    throw new ProblemError([problem('usage.unwritable', { path: displayPath(ctx.cwd, ws.lock), what: 'lock', ...fsFailure(err) }, { file: displayPath(ctx.cwd, ws.lock) })]);
  }
  if (lock && !lock.ok) {
    for (const line of renderProblemLines(ctx, [lock.problem])) ctx.err(line);
    ctx.err(`${ctx.color.red('iki:')} the workspace is busy; nothing was read or changed.`);
    return EXIT_USAGE;
  }
  if (lock?.ok) {
    recoverInterruptedRun(ctx, ws);
  }
  if (lock?.lock.tookOver) {
    ctx.err(ctx.color.dim(`iki: took over a stale lock left by pid ${lock.lock.tookOver.pid} (${lock.lock.tookOver.command}, since ${lock.lock.tookOver.started_at}).`));
  }

  const rows: { result: PathReadResult; outcome: Outcome; action?: ArchiveAction }[] = [];
  let archiveFailed = false;
  try {
    const isDuplicate = duplicateChecker();
    // Each result is archived as soon as it and every earlier one are read (in the order given, so the
    // first of two workbooks for one jabatan wins), while the worker threads read the next files.
    // Archive writes (two fsynced files each) go to the thread pool, several at once: a different
    // (triwulan, jabatan) each, since a second workbook for the same one is a duplicate and never gets here.
    const inFlight = new Set<Promise<void>>();
    const slots: (typeof rows)[number][] = [];
    const take = (r: PathReadResult, i: number) => {
      const put = (row: (typeof rows)[number]) => {
        slots[i] = row;
      };
      // A different second workbook for the same jabatan and triwulan is refused; an identical copy skipped.
      const duplicate = isDuplicate(r);
      if (!r.ok || !r.submission) return put({ result: r, outcome: 'refused' });
      if (duplicate) return put({ result: r, outcome: 'duplicate' });
      queue.push(() => archiveOne(r, put));
      pump();
    };
    // At most 8 archive writes at once; the rest wait as small results (their bytes are read when they start).
    const queue: (() => Promise<void>)[] = [];
    const pump = () => {
      while (inFlight.size < 8 && queue.length) {
        const job = queue.shift()!();
        const tracked: Promise<void> = job.finally(() => {
          inFlight.delete(tracked);
          pump();
        });
        inFlight.add(tracked);
      }
    };
    const archiveOne = (r: PathReadResult, put: (row: (typeof rows)[number]) => void): Promise<void> => {
      // The bytes archived are the bytes validated: read again (results keep no bytes, so memory does
      // not grow with the number of files) and compare their sha256.
      const bytes = rereadSame(r);
      if (!bytes) {
        r.ok = false;
        put({ result: r, outcome: 'refused' });
        return Promise.resolve();
      }
      const submission = r.submission!;
      return archiveSubmissionAsync(ws, bytes, recordFor(submission, bytes, r.path, index.catalogue.hash), {
        replace: Boolean(opts.replace),
        dryRun: Boolean(opts.dryRun),
      }).then(
        (action) => {
          if (action.action === 'conflict') {
            const old = action.existing.record;
            r.problems.push(
              legacyProblem(
                'ingest.conflict',
                `The archive already has a different workbook for ${old.jabatan_id}, ${old.year} ${twLabel(old.quarter)} (${old.original_name}, taken ${old.taken_at}); this one was not taken.`,
                { file: r.file },
              ),
            );
            r.ok = false;
            put({ result: r, outcome: 'refused', action });
          } else if (action.action === 'unchanged') {
            r.problems.push(legacyProblem('ingest.unchanged', `Already in the archive (same content, taken ${action.entry.record.taken_at}); nothing to do.`, { file: r.file }));
            put({ result: r, outcome: 'unchanged', action });
          } else {
            put({ result: r, outcome: action.action === 'replaced' ? 'replaced' : 'taken', action });
          }
        },
        (err: unknown) => {
          // The archive cannot be written (read-only, full, a file where a folder should be): this file
          // is not taken, the archive keeps what it had (every write goes to a temp name first).
          archiveFailed = true;
          r.problems.push(problem('usage.unwritable', { path: displayPath(ctx.cwd, ws.archive), what: 'archive', ...fsFailure(err) }, { file: r.file }));
          r.ok = false;
          put({ result: r, outcome: 'refused' });
        },
      );
    };
    await readWorkbookFiles(ctx, files, index, ws.catalogue, take);
    while (inFlight.size) await Promise.all([...inFlight]);
    rows.push(...slots);
  } finally {
    if (lock?.ok) releaseLock(lock.lock);
  }

  const count = (o: Outcome) => rows.filter((r) => r.outcome === o).length;
  const refused = count('refused');
  const problems: Problem[] = rows.flatMap((r) => r.result.problems);
  if (opts.json) {
    ctx.out(
      jsonText(ctx, 
        {
          workspace: ws.root,
          dry_run: Boolean(opts.dryRun),
          files: rows.map((r) => ({
            ...resultJson(r.result),
            outcome: r.outcome,
            ...(r.action && r.action.action !== 'conflict' ? { archived: r.action.entry.xlsx } : {}),
            ...(r.action?.action === 'replaced' ? { replaced: r.action.previous.xlsx } : {}),
          })),
          summary: { workbooks: rows.length, taken: count('taken'), replaced: count('replaced'), unchanged: count('unchanged'), duplicate: count('duplicate'), refused },
        }
      ),
    );
    return archiveFailed ? EXIT_USAGE : refused ? EXIT_DATA : EXIT_OK;
  }
  const would = opts.dryRun ? 'would be ' : '';
  for (const r of rows) {
    const verdict = opts.dryRun && (r.outcome === 'taken' || r.outcome === 'replaced') ? `${r.outcome}?` : r.outcome;
    ctx.out(fileLine(ctx, r.result, verdict));
  }
  const shown = problems.filter((p) => p.severity !== 'info' || p.code !== 'ingest.unchanged');
  if (shown.length) ctx.out(problemTable(ctx, shown));
  const parts = [
    `${count('taken')} ${would}taken`,
    ...(count('replaced') ? [`${count('replaced')} ${would}replaced (the earlier ones kept under archive/<period>/replaced/)`] : []),
    ...(count('unchanged') ? [`${count('unchanged')} unchanged`] : []),
    ...(count('duplicate') ? [`${count('duplicate')} identical copies skipped`] : []),
    refused ? ctx.color.red(`${refused} refused`) : '0 refused',
  ];
  ctx.out(`${rows.length} workbook${rows.length === 1 ? '' : 's'}: ${parts.join(', ')}.`);
  if (refused && (count('taken') || count('replaced'))) {
    ctx.out(`The valid workbooks ${opts.dryRun ? 'would be' : 'were'} archived; fix the refused ones (see the table above) and ingest them again.`);
  }
  if (opts.dryRun) ctx.out('Dry run: nothing was changed.');
  else if (count('taken') || count('replaced')) ctx.out(`Archive: ${displayPath(ctx.cwd, ws.archive)}${sep}. See \`iki status --year ${yearsOf(rows).join(', ')}\`.`);
  if (archiveFailed) {
    ctx.err(`${ctx.color.red('iki:')} the archive could not be written; the workbooks marked usage.unwritable were not taken (nothing else changed).`);
    return EXIT_USAGE;
  }
  return refused ? EXIT_DATA : EXIT_OK;
}

/** The file's bytes again, if they are still the ones validated; else a problem on the result. */
function rereadSame(r: PathReadResult): Buffer | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(r.path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    r.problems.push(
      legacyProblem('file.unreadable', `The file ${code === 'ENOENT' ? 'was moved or deleted' : `became unreadable (${code ?? (err as Error).message})`} while iki was checking it; it was not taken.`, { file: r.file }, { hint: 'Put it back and ingest it again.' }),
    );
    return undefined;
  }
  if (sha256Hex(bytes) !== r.sha256) {
    r.problems.push(legacyProblem('file.unreadable', 'The file changed while iki was checking it (it is being saved or copied right now?); it was not taken.', { file: r.file }, { hint: 'Wait until it is saved, then ingest it again.' }));
    return undefined;
  }
  return bytes;
}

function yearsOf(rows: { result: { submission?: Submission } }[]): number[] {
  return [...new Set(rows.flatMap((r) => (r.result.submission ? [r.result.submission.meta.year] : [])))].sort();
}

function recordFor(s: Submission, bytes: Buffer, path: string, checkedAgainst: string) {
  const warnings = s.problems.filter((p) => p.severity === 'warning');
  return {
    jabatan_id: s.meta.jabatanId,
    year: s.meta.year,
    quarter: s.meta.quarter as Quarter,
    sha256: s.sha256,
    size: bytes.length,
    taken_at: new Date().toISOString(),
    original_name: basename(path),
    original_path: path,
    catalogue_id: s.meta.catalogueId,
    catalogue_hash: s.meta.catalogueHash,
    generated_at: s.meta.generatedAt,
    checked_against: checkedAgainst,
    tool_version: toolVersion(),
    counts: {
      elements: s.readings.length,
      values: s.readings.filter((r) => r.status === 'value').length,
      blank: s.readings.filter((r) => r.status === 'blank').length,
      notes: s.notes.length,
      warnings: warnings.length,
    },
    missing: s.readings.filter((r) => r.status === 'blank').map((r) => r.elementId),
    warnings: warnings.map((p) => ({
      code: p.code,
      args: p.args,
      ...(p.location.sheet ? { sheet: p.location.sheet } : {}),
      ...(p.location.cell ? { cell: p.location.cell } : {}),
      ...(p.location.name ? { name: p.location.name } : {}),
    })),
  };
}
