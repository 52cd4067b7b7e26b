// Which catalogue a command uses (--catalogue FILE, else the workspace's, else the bundled one), read
// through the workspace's compiled cache: yaml and zod are loaded only when the YAML has changed.
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { CatalogueIndex, type Catalogue } from '../model/catalogue.js';
import { hasErrors, problem, ProblemError, type Problem } from '../model/problem.js';
import { readCache, sha256, writeCache } from './cache.js';
import { displayPath, readConfigText } from './config-file.js';
import { findWorkspace, type WorkspaceLayout } from './workspace.js';

export const BUNDLED_CATALOGUE = fileURLToPath(new URL('../../templates/catalogue.yaml', import.meta.url));

export interface LoadedCatalogue {
  /** The catalogue file, absolute. */
  path: string;
  /** As shown to people. */
  file: string;
  catalogue?: Catalogue;
  problems: Problem[];
}

export interface CatalogueChoice {
  catalogue?: string;
  workspace?: string;
}

/** The catalogue file a command uses, and the workspace (for the cache); a named --workspace that is not one is a usage error. */
export function catalogueFile(opts: CatalogueChoice, cwd: string, env: NodeJS.ProcessEnv): { path: string; ws?: WorkspaceLayout } {
  const ws = findWorkspace(opts.workspace, env, cwd);
  if (opts.workspace && !ws.layout) throw new ProblemError([problem('usage.no-workspace', { dir: displayPath(cwd, ws.tried) || '.', from: ws.source })]);
  const path = opts.catalogue ? resolve(cwd, opts.catalogue) : (ws.layout?.catalogue ?? BUNDLED_CATALOGUE);
  return ws.layout ? { path, ws: ws.layout } : { path };
}

/** What the cache keeps: the model and the problems, their locations without the file (shown per run). */
interface Compiled {
  catalogue?: Catalogue;
  problems: Problem[];
}

/** Read and check a catalogue. An unreadable file is a ProblemError (exit 2); bad content is returned. */
export async function readCatalogue(opts: CatalogueChoice, cwd: string, env: NodeJS.ProcessEnv): Promise<LoadedCatalogue> {
  const { path, ws } = catalogueFile(opts, cwd, env);
  const file = displayPath(cwd, path);
  const text = readConfigText(path, file, 'catalogue.unreadable');
  const key = sha256(text);
  let compiled = ws ? readCache<Compiled>(ws.cache, 'catalogue', key) : undefined;
  if (!compiled) {
    const { loadCatalogue } = await import('./catalogue-load.js');
    const r = loadCatalogue(text, '');
    compiled = { ...(r.catalogue ? { catalogue: r.catalogue } : {}), problems: r.problems.map((p) => ({ ...p, location: withoutFile(p.location) })) };
    if (ws) writeCache(ws.cache, 'catalogue', key, compiled);
  }
  const problems = compiled.problems.map((p) => ({ ...p, location: { file, ...p.location } }));
  return { path, file, problems, ...(compiled.catalogue ? { catalogue: compiled.catalogue } : {}) };
}

function withoutFile<T extends { file?: string }>(loc: T): Omit<T, 'file'> {
  const { file: _f, ...rest } = loc;
  return rest;
}

/** For commands other than `catalogue check`: a catalogue with errors is a configuration error (exit 2). */
export async function requireCatalogue(opts: CatalogueChoice, cwd: string, env: NodeJS.ProcessEnv): Promise<{ index: CatalogueIndex; path: string; file: string; problems: Problem[] }> {
  const loaded = await readCatalogue(opts, cwd, env);
  if (!loaded.catalogue || hasErrors(loaded.problems)) {
    const errors = loaded.problems.filter((p) => p.severity === 'error');
    throw new ProblemError([problem('usage.catalogue-invalid', { file: loaded.file, errors: errors.length }, { file: loaded.file }), ...errors]);
  }
  return { index: new CatalogueIndex(loaded.catalogue), path: loaded.path, file: loaded.file, problems: loaded.problems };
}
