// `iki generate`: one input workbook per jabatan for a triwulan. The workbook itself is built in
// src/template.ts; this file owns the edges: flags, the output folder, refusing to overwrite or to
// write into the archive, and all-or-nothing writes (temp files, then renames).
import { optionalWorkspace, periodOf } from '../../commands/common.js';
import { fsFailure } from '../../store/fs-failure.js';
import { existsSync, mkdirSync, realpathSync, renameSync, rmdirSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { periodKey, type Period } from '../../model/period.js';
import { type Problem, problem, ProblemError } from '../../model/problem.js';
import { templateFileName } from '../../model/contract.js';
import { buildTemplate, templateBytes, type ExcelModule, type TemplateSummary } from '../../write/template.js';
import { toolVersion } from '../../store/version.js';
import { isWorkspace, layout } from '../../store/workspace.js';
import { requireCatalogue } from '../../store/catalogue-source.js';
import { displayPath } from '../../store/config-file.js';
import { readTargets } from '../../store/targets-source.js';
import type { CliContext } from '../context.js';
import { EXIT_OK, UsageError } from '../exit.js';
import { progress, table, jsonText } from '../render.js';

interface Opts {
  year?: string;
  quarter?: string;
  jabatan?: string[];
  out?: string;
  force?: boolean;
  catalogue?: string;
  workspace?: string;
  json?: boolean;
}

interface Written extends TemplateSummary {
  nama: string;
  path: string;
}

export async function run(ctx: CliContext, opts: Opts): Promise<number> {
  const period = parsePeriod(opts);
  // A workspace is optional here (templates can be made anywhere), but one named with --workspace must be one.
  const ws = { layout: optionalWorkspace(opts.workspace, ctx.cwd, ctx.env) };
  const { index, file: catalogueFile } = await requireCatalogue(opts, ctx.cwd, ctx.env);
  const jabatan = pickJabatan(index.subtree(index.root.id).map((j) => j.id), opts.jabatan);
  const yearTargets = await readTargets(ws.layout, index, period.year, ctx.cwd);

  let outDir: string;
  let defaulted = false;
  if (opts.out) outDir = resolve(ctx.cwd, opts.out);
  else if (ws.layout) outDir = join(ws.layout.templates, periodKey(period));
  else {
    outDir = resolve(ctx.cwd, `IKI_${period.year}_TW${period.quarter}`);
    defaulted = true;
  }
  const shownDir = outDir === resolve(ctx.cwd) ? '.' : displayPath(ctx.cwd, outDir);
  refuseArchive(outDir, shownDir, ws.layout?.archive);
  checkFolder(outDir, shownDir);

  const targets = jabatan.map((id) => ({ id, file: templateFileName(period.year, period.quarter, id) }));
  const existing: Problem[] = [];
  for (const t of targets) {
    const path = join(outDir, t.file);
    if (!existsSync(path)) continue;
    if (!statSync(path).isFile()) {
      throw new ProblemError([problem('usage.folder-in-the-way', { path: displayPath(ctx.cwd, path) }, { file: displayPath(ctx.cwd, path) })]);
    }
    if (!opts.force) existing.push(problem('usage.output-exists', { path: displayPath(ctx.cwd, path), what: 'template', flag: '--force' }, { file: displayPath(ctx.cwd, path) }));
  }
  if (existing.length > 0) {
    throw new UsageError(
      `${existing.length} of ${targets.length} template files already exist in ${shownDir}; nothing was written. Pass --force to overwrite them.`,
      existing,
    );
  }

  if (defaulted && !opts.json) ctx.err(`Not in an iki workspace: writing to ${shownDir}${sep} (use --out to choose another folder).`);

  const createdDir = makeFolder(outDir, shownDir);
  const excel = await loadExcel();
  const generatedAt = generationTime(ctx.env);
  const version = toolVersion();
  const bar = progress(ctx);
  const temps: string[] = [];
  const written: Written[] = [];
  let renamed = 0;
  try {
    let done = 0;
    // A small pool overlaps exceljs's asynchronous packing of one workbook with building the next,
    // without holding all 30 workbooks in memory.
    const queue = [...targets];
    const worker = async () => {
      for (let t = queue.shift(); t; t = queue.shift()) {
        const { workbook, summary } = await buildTemplate(excel, index, t.id, period, {
          generatedAt,
          toolVersion: version,
          ...(yearTargets ? { targets: yearTargets } : {}),
        });
        const buffer = await templateBytes(workbook);
        const temp = join(outDir, `.${t.file}.${process.pid}.tmp`);
        temps.push(temp);
        writeFileSync(temp, buffer, { flag: 'wx' });
        written.push({ ...summary, nama: index.jabatan.get(t.id)?.nama ?? t.id, path: join(outDir, t.file) });
        bar.update(`Generating templates: ${++done}/${targets.length} ${t.id}`);
      }
    };
    await Promise.all(Array.from({ length: Math.min(3, targets.length) }, worker));
    // Every file is complete on disk before any takes its real name: no partial set on failure.
    for (const w of written) {
      renameSync(join(outDir, `.${w.fileName}.${process.pid}.tmp`), w.path);
      renamed++;
    }
  } catch (err) {
    for (const t of temps) rmQuiet(t);
    if (createdDir && renamed === 0) removeEmptyDirs(createdDir, outDir);
    // Only the file system's refusals are the user's to fix; anything else is a bug and says so.
    if (typeof (err as NodeJS.ErrnoException)?.code !== 'string') throw err;
    throw new ProblemError([
      problem('usage.unwritable', { path: shownDir, what: 'templates', ...fsFailure(err), ...(renamed ? { written: renamed, total: targets.length } : {}) }, { file: shownDir }),
    ]);
  } finally {
    bar.done();
  }

  const order = new Map(targets.map((t, i) => [t.id, i]));
  written.sort((a, b) => order.get(a.jabatanId)! - order.get(b.jabatanId)!);
  const numbers = written.reduce((n, w) => n + w.elementInputs, 0);
  const texts = written.reduce((n, w) => n + w.noteInputs, 0);
  if (opts.json) {
    ctx.out(
      jsonText(ctx, 
        {
          year: period.year,
          quarter: period.quarter,
          period: periodKey(period),
          folder: outDir,
          catalogue: { id: index.catalogue.id, hash: index.catalogue.hash, file: catalogueFile },
          templates: written.map((w) => ({
            jabatan_id: w.jabatanId,
            nama: w.nama,
            file: w.fileName,
            path: w.path,
            element_inputs: w.elementInputs,
            note_inputs: w.noteInputs,
          })),
        }
      ),
    );
    return EXIT_OK;
  }
  ctx.out(
    table(
      ctx,
      ['jabatan', 'file', 'number inputs', 'text inputs'],
      written.map((w) => [w.jabatanId, w.fileName, w.elementInputs, w.noteInputs]),
    ),
  );
  ctx.out(
    `${ctx.color.green('Wrote')} ${written.length} template${written.length === 1 ? '' : 's'} for ${periodKey(period)} to ${shownDir}${sep} ` +
      `(${numbers} number inputs, ${texts} text inputs; catalogue ${index.catalogue.id}). Send each jabatan its file and collect the filled files back.`,
  );
  return EXIT_OK;
}

function parsePeriod(opts: Opts): Period {
  return periodOf(opts.year, opts.quarter);
}

function pickJabatan(all: string[], wanted: string[] | undefined): string[] {
  if (!wanted || wanted.length === 0) return all;
  const ids = new Set(wanted.flatMap((w) => w.split(',')).map((w) => w.trim()).filter(Boolean));
  const unknown = [...ids].filter((id) => !all.includes(id));
  if (unknown.length > 0) {
    throw new ProblemError(
      unknown.map((id) => {
        const near = all.filter((k) => k.includes(id) || id.includes(k) || sharedWords(k, id) >= 2).slice(0, 4);
        return problem('usage.unknown-jabatan', { id, suggestions: near });
      }),
    );
  }
  return all.filter((id) => ids.has(id));
}

function sharedWords(a: string, b: string): number {
  const wa = new Set(a.split('_'));
  return b.split('_').filter((w) => w.length > 2 && wa.has(w)).length;
}

/** The real path of `p`, resolving symlinks of its nearest existing ancestor. */
function realish(p: string): string {
  let cur = resolve(p);
  const rest: string[] = [];
  while (!existsSync(cur)) {
    const parent = dirname(cur);
    if (parent === cur) break;
    rest.unshift(cur.slice(parent.length + (parent.endsWith(sep) ? 0 : 1)));
    cur = parent;
  }
  try {
    cur = realpathSync(cur);
  } catch {
    // keep the resolved path
  }
  return join(cur, ...rest);
}

function inside(child: string, parent: string): boolean {
  const rel = relative(parent, child);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/** The archive holds accepted submissions; templates must never land there. */
function refuseArchive(outDir: string, shown: string, knownArchive: string | undefined): void {
  const out = realish(outDir);
  const archives = new Set<string>();
  if (knownArchive) archives.add(realish(knownArchive));
  // Any workspace above the folder counts, not just the one we are in.
  for (let cur = out; ; cur = dirname(cur)) {
    if (isWorkspace(cur)) archives.add(realish(layout(cur).archive));
    if (dirname(cur) === cur) break;
  }
  for (const a of archives) {
    if (inside(out, a)) {
      throw new ProblemError([problem('usage.archive-target', { path: shown, what: 'templates' }, { file: shown })]);
    }
  }
}

/** Refuse up front when the folder cannot be a folder: a file in its place or along its path. */
function checkFolder(outDir: string, shown: string): void {
  for (let cur = resolve(outDir); ; cur = dirname(cur)) {
    if (existsSync(cur)) {
      if (!statSync(cur).isDirectory()) {
        throw new ProblemError([problem('usage.file-in-the-way', { path: shown, blocker: cur === resolve(outDir) ? shown : cur }, { file: shown })]);
      }
      return;
    }
    if (dirname(cur) === cur) return;
  }
}

/** mkdir -p; returns the first folder it created (to remove again on failure), or undefined. */
function makeFolder(outDir: string, shown: string): string | undefined {
  try {
    return mkdirSync(outDir, { recursive: true });
  } catch (err) {
    throw new ProblemError([problem('usage.unwritable', { path: shown, what: 'folder', ...fsFailure(err) }, { file: shown })]);
  }
}

function removeEmptyDirs(top: string, deepest: string): void {
  for (let cur = deepest; inside(cur, top); cur = dirname(cur)) {
    try {
      rmdirSync(cur);
    } catch {
      return;
    }
    if (cur === top) return;
  }
}

function rmQuiet(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // already gone
  }
}


/**
 * The exceljs Workbook class. Its package entry also loads the streaming reader and writer, which
 * generate never uses and which cost about 0.12 s of a 0.8 s run; exceljs is pinned (4.4.0), so load
 * the class's own module, and fall back to the package entry if a later version moves it.
 */
async function loadExcel(): Promise<ExcelModule> {
  const direct = 'exceljs/lib/doc/workbook.js';
  try {
    const m = (await import(direct)) as { default?: ExcelModule['Workbook'] };
    if (typeof m.default === 'function') return { Workbook: m.default };
  } catch {
    // fall through to the package entry
  }
  // exceljs is CommonJS: under ESM its API is the default export (its typings do not say so).
  const mod = (await import('exceljs')) as unknown as { default?: ExcelModule } & ExcelModule;
  return mod.default ?? mod;
}

/** When the templates were made; SOURCE_DATE_EPOCH makes runs reproducible. */
function generationTime(env: NodeJS.ProcessEnv): string {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000).toISOString();
  return new Date().toISOString();
}
