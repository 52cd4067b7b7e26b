// `iki ingest <file|folder>... [--replace] [--dry-run]`: validate filled workbooks and take the valid
// ones into the workspace archive, under the workspace lock. The originals are never touched.
import { basename, sep } from 'node:path';
import { problem, type Problem } from '../../problem.js';
import type { Submission } from '../../submission.js';
import { toolVersion } from '../../version.js';
import { acquireLock, archiveSubmission, findWorkspace, releaseLock, type ArchiveAction } from '../../workspace.js';
import { twLabel, type Quarter } from '../../period.js';
import type { CliContext } from '../context.js';
import { EXIT_DATA, EXIT_OK, EXIT_USAGE, UsageError } from '../exit.js';
import { displayPath, requireCatalogue } from '../catalogue-source.js';
import { progress, renderProblemLines } from '../render.js';
import { collectWorkbooks, fileLine, loadExcel, markDuplicates, problemTable, readWorkbookFile, resultJson } from './validate.js';

interface Opts {
  workspace?: string;
  replace?: boolean;
  dryRun?: boolean;
  json?: boolean;
}

type Outcome = 'taken' | 'replaced' | 'unchanged' | 'refused' | 'duplicate';

export async function run(ctx: CliContext, opts: Opts, paths: string[]): Promise<number> {
  const found = findWorkspace(opts.workspace, ctx.env, ctx.cwd);
  const ws = found.layout;
  if (!ws) {
    throw new UsageError(`${displayPath(ctx, found.tried)} is not an iki workspace, and ingest needs one (it keeps the archive).`, [
      problem('usage.no-workspace', `No iki-workspace.json in ${found.tried} (from ${found.source === 'option' ? '--workspace' : found.source === 'env' ? 'IKI_WORKSPACE' : 'the current folder'}).`),
    ]);
  }
  const { index } = requireCatalogue(ctx, { workspace: ws.root });
  const files = collectWorkbooks(ctx, paths, [ws.archive, ws.templates, ws.reports]);
  const excel = await loadExcel();

  const lock = opts.dryRun ? undefined : acquireLock(ws, 'ingest');
  if (lock && !lock.ok) {
    for (const line of renderProblemLines(ctx, [lock.problem])) ctx.err(line);
    ctx.err(`${ctx.color.red('iki:')} the workspace is busy; nothing was read or changed.`);
    return EXIT_USAGE;
  }
  if (lock?.lock.tookOver) {
    ctx.err(ctx.color.dim(`iki: took over a stale lock left by pid ${lock.lock.tookOver.pid} (${lock.lock.tookOver.command}, since ${lock.lock.tookOver.started_at}).`));
  }

  const rows: { result: Awaited<ReturnType<typeof readWorkbookFile>>; outcome: Outcome; action?: ArchiveAction }[] = [];
  try {
    const bar = progress(ctx);
    const results = [];
    for (const [i, f] of files.entries()) {
      bar.update(`checking ${i + 1}/${files.length} ${basename(f)}`);
      results.push(await readWorkbookFile(ctx, f, index, excel));
    }
    bar.done();
    const dups = markDuplicates(results);
    for (const r of results) {
      if (!r.ok || !r.submission || !r.bytes) {
        rows.push({ result: r, outcome: 'refused' });
        continue;
      }
      if (dups.has(r)) {
        rows.push({ result: r, outcome: 'duplicate' });
        continue;
      }
      const action = archiveSubmission(ws, r.bytes, recordFor(r.submission, r.bytes, r.path, index.catalogue.hash), {
        replace: Boolean(opts.replace),
        dryRun: Boolean(opts.dryRun),
      });
      if (action.action === 'conflict') {
        const old = action.existing.record;
        r.problems.push(
          problem(
            'ingest.conflict',
            `The archive already has a different workbook for ${old.jabatan_id}, ${old.year} ${twLabel(old.quarter)} (${old.original_name}, taken ${old.taken_at}); this one was not taken.`,
            { file: r.file },
          ),
        );
        r.ok = false;
        rows.push({ result: r, outcome: 'refused', action });
      } else if (action.action === 'unchanged') {
        r.problems.push(problem('ingest.unchanged', `Already in the archive (same content, taken ${action.entry.record.taken_at}); nothing to do.`, { file: r.file }));
        rows.push({ result: r, outcome: 'unchanged', action });
      } else {
        rows.push({ result: r, outcome: action.action === 'replaced' ? 'replaced' : 'taken', action });
      }
    }
  } finally {
    if (lock?.ok) releaseLock(lock.lock);
  }

  const count = (o: Outcome) => rows.filter((r) => r.outcome === o).length;
  const refused = count('refused');
  const problems: Problem[] = rows.flatMap((r) => r.result.problems);
  if (opts.json) {
    ctx.out(
      JSON.stringify(
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
        },
        null,
        2,
      ),
    );
    return refused ? EXIT_DATA : EXIT_OK;
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
  else if (count('taken') || count('replaced')) ctx.out(`Archive: ${displayPath(ctx, ws.archive)}${sep}. See \`iki status --year ${yearsOf(rows).join(', ')}\`.`);
  return refused ? EXIT_DATA : EXIT_OK;
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
      message: p.message,
      ...(p.location.sheet ? { sheet: p.location.sheet } : {}),
      ...(p.location.cell ? { cell: p.location.cell } : {}),
      ...(p.location.name ? { name: p.location.name } : {}),
    })),
  };
}
