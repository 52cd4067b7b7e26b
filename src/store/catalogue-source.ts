// The catalogue: loading a YAML text into the checked model (YAML → schema → cross-field rules, never
// throwing on bad content), and which catalogue a command uses: --catalogue FILE, else the
// workspace's, else the bundled one.
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { CatalogueIndex, type Catalogue } from '../model/catalogue.js';
import { checkCatalogue } from '../model/catalogue-rules.js';
import { catalogueSchema, normalise } from '../model/catalogue-schema.js';
import { hasErrors, problem, ProblemError, type Problem } from '../model/problem.js';
import { formatPath, loadYaml } from './yaml-source.js';
import { displayPath, readConfigText } from './config-file.js';
import { findWorkspace } from './workspace.js';

export const BUNDLED_CATALOGUE = fileURLToPath(new URL('../../templates/catalogue.yaml', import.meta.url));

export interface LoadResult {
  /** Present when the file parsed and matched the schema; check `problems` for errors before use. */
  catalogue?: Catalogue;
  problems: Problem[];
}

/** Parse and check a catalogue. Pure: the caller reads the file. */
export function loadCatalogue(source: string, file: string): LoadResult {
  const { data, problems, source: src } = loadYaml(source, file, catalogueSchema, 'catalogue');
  if (!data) return { problems };
  return { catalogue: normalise(data), problems: [...problems, ...checkCatalogue(data, src.locate, formatPath)] };
}

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

/** The catalogue file a command uses; a named --workspace that is not one is a usage error. */
export function catalogueFile(opts: CatalogueChoice, cwd: string, env: NodeJS.ProcessEnv): string {
  if (opts.catalogue) return resolve(cwd, opts.catalogue);
  const ws = findWorkspace(opts.workspace, env, cwd);
  if (ws.layout) return ws.layout.catalogue;
  if (opts.workspace) throw new ProblemError([problem('usage.no-workspace', { dir: ws.tried, from: ws.source })]);
  return BUNDLED_CATALOGUE;
}

/** Read and check a catalogue. An unreadable file is a ProblemError (exit 2); bad content is returned. */
export function readCatalogue(opts: CatalogueChoice, cwd: string, env: NodeJS.ProcessEnv): LoadedCatalogue {
  const path = catalogueFile(opts, cwd, env);
  const file = displayPath(cwd, path);
  const { catalogue, problems } = loadCatalogue(readConfigText(path, file, 'catalogue.unreadable'), file);
  return { path, file, problems, ...(catalogue ? { catalogue } : {}) };
}

/** For commands other than `catalogue check`: a catalogue with errors is a configuration error (exit 2). */
export function requireCatalogue(opts: CatalogueChoice, cwd: string, env: NodeJS.ProcessEnv): { index: CatalogueIndex; path: string; file: string; problems: Problem[] } {
  const loaded = readCatalogue(opts, cwd, env);
  if (!loaded.catalogue || hasErrors(loaded.problems)) {
    const errors = loaded.problems.filter((p) => p.severity === 'error');
    throw new ProblemError([problem('usage.catalogue-invalid', { file: loaded.file, errors: errors.length }, { file: loaded.file }), ...errors]);
  }
  return { index: new CatalogueIndex(loaded.catalogue), path: loaded.path, file: loaded.file, problems: loaded.problems };
}
