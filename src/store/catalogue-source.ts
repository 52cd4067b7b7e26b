// Which catalogue a command uses: --catalogue FILE, else the workspace's, else the bundled one.
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { relative, resolve } from 'node:path';
import { CatalogueIndex, loadCatalogue, type Catalogue } from '../model/catalogue.js';
import { legacyProblem, hasErrors, type Problem, type ProblemCode } from '../model/problem.js';
import { findWorkspace } from './workspace.js';
import type { CliContext } from '../cli/context.js';
import { UsageError } from '../cli/exit.js';
import { renderProblemLines } from '../cli/render.js';

export const BUNDLED_CATALOGUE = fileURLToPath(new URL('../../templates/catalogue.yaml', import.meta.url));
/** A catalogue or targets file is a small text file; anything larger is not one. */
const MAX_CONFIG_BYTES = 5 * 1024 * 1024;

export interface LoadedCatalogue {
  file: string;
  catalogue?: Catalogue;
  problems: Problem[];
}

export function catalogueFile(ctx: CliContext, opts: { catalogue?: string; workspace?: string }): string {
  if (opts.catalogue) return resolve(ctx.cwd, opts.catalogue);
  const ws = findWorkspace(opts.workspace, ctx.env, ctx.cwd);
  if (ws.layout) return ws.layout.catalogue;
  if (opts.workspace) {
    throw new UsageError(`${opts.workspace} is not an iki workspace.`, [
      legacyProblem('usage.no-workspace', `No ${'iki-workspace.json'} in ${ws.tried}.`),
    ]);
  }
  return BUNDLED_CATALOGUE;
}

/** Read and check a catalogue. An unreadable file is a usage error (exit 2); bad content is returned. */
export function readCatalogue(ctx: CliContext, opts: { catalogue?: string; workspace?: string }): LoadedCatalogue {
  const file = catalogueFile(ctx, opts);
  const shown = displayPath(ctx, file);
  const source = readConfigText(file, shown, 'catalogue', 'catalogue.unreadable');
  const { catalogue, problems } = loadCatalogue(source, shown);
  const out: LoadedCatalogue = { file: shown, problems };
  if (catalogue) out.catalogue = catalogue;
  return out;
}

/**
 * A small YAML file the user maintains (the catalogue, the targets): its text, or a usage error
 * (exit 2) that says why it cannot be read — never an fs error with a stack trace.
 */
export function readConfigText(file: string, shown: string, what: string, code: ProblemCode): string {
  try {
    const st = statSync(file);
    if (!st.isFile()) throw Object.assign(new Error('not a file'), { code: 'EISDIR' });
    if (st.size > MAX_CONFIG_BYTES) {
      throw new UsageError(`${shown} is ${st.size} bytes; a ${what} file is at most ${MAX_CONFIG_BYTES}.`, [
        legacyProblem(code, `The file is too large to be a ${what} file (${st.size} bytes).`, { file: shown }),
      ]);
    }
    return readFileSync(file, 'utf8');
  } catch (err) {
    if (err instanceof UsageError) throw err;
    const errno = (err as NodeJS.ErrnoException).code;
    const why = errno === 'ENOENT' ? 'no such file' : errno === 'EACCES' ? 'permission denied' : errno === 'EISDIR' ? 'it is a folder' : (err as Error).message;
    throw new UsageError(`Cannot read the ${what} ${shown}: ${why}.`, [legacyProblem(code, `Cannot read the ${what}: ${why}.`, { file: shown })]);
  }
}

/** For commands other than `catalogue check`: a catalogue with errors is a configuration error. */
export function requireCatalogue(ctx: CliContext, opts: { catalogue?: string; workspace?: string }): { index: CatalogueIndex; file: string; problems: Problem[] } {
  const loaded = readCatalogue(ctx, opts);
  if (!loaded.catalogue || hasErrors(loaded.problems)) {
    for (const line of renderProblemLines(ctx, loaded.problems.filter((p) => p.severity === 'error'))) ctx.err(line);
    throw new UsageError(`The catalogue ${loaded.file} has errors; run \`iki catalogue check\` and fix them first.`);
  }
  return { index: new CatalogueIndex(loaded.catalogue), file: loaded.file, problems: loaded.problems };
}

export function displayPath(ctx: CliContext, file: string): string {
  const rel = relative(ctx.cwd, file);
  return rel && !rel.startsWith('..') ? rel : file;
}
