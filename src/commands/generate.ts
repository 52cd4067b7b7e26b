// `iki generate`: one input workbook per jabatan for a triwulan. The workbook itself is laid out and
// built in src/write/; this file owns the edges: the output folder, refusing to overwrite or to write
// into the archive, and all-or-nothing writes (every file complete under a temporary name, then renamed).
import { existsSync, mkdirSync, realpathSync, renameSync, rmdirSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { CatalogueIndex } from '../model/catalogue.js';
import { templateFileName } from '../model/contract.js';
import { periodKey, type Period, type Quarter } from '../model/period.js';
import { problem, ProblemError, type Problem } from '../model/problem.js';
import type { Targets } from '../compute/target.js';
import { requireCatalogue } from '../store/catalogue-source.js';
import { fsFailure } from '../store/fs-failure.js';
import { readTargets } from '../store/targets-source.js';
import { toolVersion } from '../store/version.js';
import { isWorkspace, layout, type WorkspaceLayout } from '../store/workspace.js';
import { buildTemplate, type ExcelModule } from '../write/template.js';
import { xlsxBytes } from '../write/xlsx-bytes.js';
import { displayPath, optionalWorkspace, periodOf, reportOf } from './common.js';
import type { CommandReport, CoreEnv } from './types.js';

export interface GenerateOptions {
  year?: string | number;
  quarter?: string | number;
  /** Only these jabatan ids (each item may be a comma-separated list); all when empty. */
  jabatan?: string[];
  /** The output folder (default: the workspace's templates/<year>-TW<q>/, else ./IKI_<year>_TW<q>/). */
  out?: string;
  /** Overwrite existing template files. */
  force?: boolean;
  catalogue?: string;
  workspace?: string;
}

export interface GeneratedTemplate {
  jabatan_id: string;
  nama: string;
  /** The file name, IKI_<year>_TW<q>_<jabatan_id>.xlsx. */
  file: string;
  /** Display path of the file. */
  path: string;
  element_inputs: number;
  note_inputs: number;
}

export interface GenerateReport extends CommandReport {
  command: 'generate';
  year: number | null;
  quarter: Quarter | null;
  /** "2017-TW1" */
  period: string | null;
  /** Display path of the output folder ("." for the current one). */
  folder: string | null;
  catalogue: { id: string; hash: string; file: string } | null;
  templates: GeneratedTemplate[];
  stats: { templates: number; element_inputs: number; note_inputs: number };
}

const EMPTY: Omit<GenerateReport, 'ok' | 'problems'> = {
  command: 'generate',
  year: null,
  quarter: null,
  period: null,
  folder: null,
  catalogue: null,
  templates: [],
  stats: { templates: 0, element_inputs: 0, note_inputs: 0 },
};

/** What a run writes, decided before anything is written. */
interface Job {
  period: Period;
  index: CatalogueIndex;
  catalogueFile: string;
  jabatan: string[];
  targets: Targets | undefined;
  /** By jabatan: its accepted values of the previous triwulan, shown read only in its template. */
  previous: Map<string, { year: number; quarter: Quarter; values: Record<string, number | null> }>;
  /** Absolute output folder, and as shown. */
  dir: string;
  shown: string;
  /** The archive of the workspace in use, if any. */
  archive: string | undefined;
  notes: Problem[];
}

export async function generate(opts: GenerateOptions, env: CoreEnv): Promise<GenerateReport> {
  return reportOf<GenerateReport>(EMPTY, async () => {
    const job = await prepare(opts, env);
    refuseArchive(job);
    checkFolder(job.dir, job.shown);
    const existing = existingFiles(job, env.cwd, opts.force === true);
    if (existing.length > 0) throw new ProblemError([...job.notes, ...existing]);
    const templates = await writeAll(job, env);
    const { index, period } = job;
    return {
      command: 'generate',
      year: period.year,
      quarter: period.quarter,
      period: periodKey(period),
      folder: job.shown,
      catalogue: { id: index.catalogue.id, hash: index.catalogue.hash, file: job.catalogueFile },
      templates,
      stats: {
        templates: templates.length,
        element_inputs: templates.reduce((n, t) => n + t.element_inputs, 0),
        note_inputs: templates.reduce((n, t) => n + t.note_inputs, 0),
      },
      problems: job.notes,
    };
  });
}

async function prepare(opts: GenerateOptions, env: CoreEnv): Promise<Job> {
  const period = periodOf(opts.year, opts.quarter);
  // A workspace is optional here (templates can be made anywhere), but one named with --workspace must be one.
  const ws = optionalWorkspace(opts.workspace, env.cwd, env.env);
  const { index, file: catalogueFile } = await requireCatalogue(opts, env.cwd, env.env);
  const jabatan = pickJabatan(index.subtree(index.root.id).map((j) => j.id), opts.jabatan);
  const targets = await readTargets(ws, index, period.year, env.cwd);
  const notes: Problem[] = [];
  let dir: string;
  if (opts.out) dir = resolve(env.cwd, opts.out);
  else if (ws) dir = join(ws.templates, periodKey(period));
  else dir = resolve(env.cwd, `IKI_${period.year}_TW${period.quarter}`);
  const shown = dir === resolve(env.cwd) ? '.' : displayPath(env.cwd, dir);
  if (!opts.out && !ws) notes.push(problem('generate.default-folder', { folder: `${shown}${sep}` }));
  const previous = ws ? await previousValues(ws, index, jabatan, period, env) : new Map();
  return { period, index, catalogueFile, jabatan, targets, previous, dir, shown, archive: ws?.archive, notes };
}

/** Each jabatan's accepted workbook of the triwulan before `period`, from the archive, when there is one. */
async function previousValues(ws: WorkspaceLayout, index: CatalogueIndex, jabatan: readonly string[], period: Period, env: CoreEnv): Promise<Job['previous']> {
  const { ArchiveHistory } = await import('./quality-check.js');
  const { previousQuarter } = await import('../compute/quality-input.js');
  const history = new ArchiveHistory(ws, index, env);
  const prev = previousQuarter(period.year, period.quarter as Quarter);
  const out: Job['previous'] = new Map();
  for (const id of jabatan) {
    const v = await history.valuesOf(id, prev.year, prev.quarter);
    if (v) out.set(id, { ...prev, values: Object.fromEntries(v) });
  }
  return out;
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

/** Files that would be overwritten (without --force); a folder in a file's place is refused outright. */
function existingFiles(job: Job, cwd: string, force: boolean): Problem[] {
  const existing: Problem[] = [];
  for (const id of job.jabatan) {
    const path = join(job.dir, templateFileName(job.period.year, job.period.quarter, id));
    if (!existsSync(path)) continue;
    const shown = displayPath(cwd, path);
    if (!statSync(path).isFile()) throw new ProblemError([problem('usage.folder-in-the-way', { path: shown }, { file: shown })]);
    if (!force) existing.push(problem('usage.output-exists', { path: shown, what: 'template', flag: '--force' }, { file: shown }));
  }
  return existing;
}

// ---------------------------------------------------------------- writing

/** Build and write every template under a temporary name, then rename them all; on failure, none stays. */
async function writeAll(job: Job, env: CoreEnv): Promise<GeneratedTemplate[]> {
  const { dir, shown, period, index } = job;
  const total = job.jabatan.length;
  const createdDir = makeFolder(dir, shown);
  const excel = await loadExcel();
  const build = { generatedAt: env.now().toISOString(), toolVersion: toolVersion(), lang: env.lang, ...(job.targets ? { targets: job.targets } : {}) };
  const temps: string[] = [];
  const written: GeneratedTemplate[] = [];
  let renamed = 0;
  try {
    // A small pool overlaps exceljs's asynchronous packing of one workbook with building the next,
    // without holding all 30 workbooks in memory.
    const queue = [...job.jabatan];
    const worker = async () => {
      for (let id = queue.shift(); id; id = queue.shift()) {
        const before = job.previous.get(id);
        const { workbook, summary } = await buildTemplate(excel, index, id, period, before ? { ...build, previous: before } : build);
        const bytes = await xlsxBytes(workbook);
        const temp = tempName(dir, summary.fileName);
        temps.push(temp);
        writeFileSync(temp, bytes, { flag: 'wx' });
        const path = displayPath(env.cwd, join(dir, summary.fileName));
        written.push({ jabatan_id: id, nama: index.jabatan.get(id)?.nama ?? id, file: summary.fileName, path, element_inputs: summary.elementInputs, note_inputs: summary.noteInputs });
        env.onProgress?.({ phase: 'write', done: written.length, total, file: path });
      }
    };
    await Promise.all(Array.from({ length: Math.min(3, total) }, worker));
    // Every file is complete on disk before any takes its real name: no partial set on failure.
    for (const w of written) {
      renameSync(tempName(dir, w.file), join(dir, w.file));
      renamed++;
    }
  } catch (err) {
    for (const t of temps) rmQuiet(t);
    if (createdDir && renamed === 0) removeEmptyDirs(createdDir, dir);
    // Only the file system's refusals are the user's to fix; anything else is a bug and goes up.
    if (typeof (err as NodeJS.ErrnoException)?.code !== 'string') throw err;
    const partly = renamed ? { written: renamed, total } : {};
    throw new ProblemError([...job.notes, problem('usage.unwritable', { path: shown, what: 'templates', ...fsFailure(err), ...partly }, { file: shown })]);
  } finally {
    env.onProgress?.({ phase: 'write', done: total, total });
  }
  const order = new Map(job.jabatan.map((id, i) => [id, i]));
  return written.sort((a, b) => order.get(a.jabatan_id)! - order.get(b.jabatan_id)!);
}

function tempName(dir: string, file: string): string {
  return join(dir, `.${file}.${process.pid}.tmp`);
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

// ---------------------------------------------------------------- the output folder

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

/** The archive holds accepted submissions; templates never land there, whichever workspace it belongs to. */
function refuseArchive({ dir, shown, archive }: Job): void {
  const out = realish(dir);
  const archives = archive ? [realish(archive)] : [];
  // Any workspace above the folder counts, not just the one in use.
  for (let cur = out; ; cur = dirname(cur)) {
    if (isWorkspace(cur)) archives.push(realish(layout(cur).archive));
    if (dirname(cur) === cur) break;
  }
  if (archives.some((a) => inside(out, a))) {
    throw new ProblemError([problem('usage.archive-target', { path: shown, what: 'templates' }, { file: shown })]);
  }
}

/** Refuse up front when the folder cannot be a folder: a file in its place or along its path. */
function checkFolder(dir: string, shown: string): void {
  for (let cur = resolve(dir); ; cur = dirname(cur)) {
    if (existsSync(cur)) {
      if (!statSync(cur).isDirectory()) {
        throw new ProblemError([problem('usage.file-in-the-way', { path: shown, blocker: cur === resolve(dir) ? shown : cur }, { file: shown })]);
      }
      return;
    }
    if (dirname(cur) === cur) return;
  }
}

/** mkdir -p; returns the first folder it created (to remove again on failure), or undefined. */
function makeFolder(dir: string, shown: string): string | undefined {
  try {
    return mkdirSync(dir, { recursive: true });
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
