// The workspace's sources for the LKjIP comparisons: the history files (riwayat/<year>.yaml) and the
// Renstra (targets/renstra.yaml), when the Subbag Program has written them. A file with errors is a
// configuration error (exit 2), as a broken targets file is.
//
// Like the targets file, a file is parsed once: its compiled form is cached under .iki/cache by the
// hash of its text and the catalogue, so a report loads yaml and zod (about 0.15 s) only after an edit.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { CatalogueIndex } from '../model/catalogue.js';
import { hasErrors, problem, ProblemError, type Problem } from '../model/problem.js';
import type { Renstra, RenstraEntry } from '../compute/renstra.js';
import type { Riwayat, RiwayatEntry } from '../compute/riwayat.js';
import { readCache, sha256, writeCache } from './cache.js';
import { displayPath, readConfigText } from './config-file.js';
import type { WorkspaceLayout } from './workspace.js';

// The same paths as compute/riwayat.ts and compute/renstra.ts (riwayatPath, renstraPath), here without loading zod.
const riwayatFile = (ws: WorkspaceLayout, year: number) => join(ws.root, 'riwayat', `${year}.yaml`);
const renstraFile = (ws: WorkspaceLayout) => join(ws.root, 'targets', 'renstra.yaml');

/** The years that have a history file (riwayat/<year>.yaml), ascending. */
export function riwayatYears(ws: WorkspaceLayout): number[] {
  const dir = join(ws.root, 'riwayat');
  if (!existsSync(dir)) return [];
  try {
    return readdirSync(dir)
      .map((f) => /^(\d{4})\.yaml$/.exec(f)?.[1])
      .filter((y): y is string => y !== undefined)
      .map(Number)
      .sort((a, b) => a - b);
  } catch {
    return [];
  }
}

/** The workspace has a Renstra file. */
export function hasRenstra(ws: WorkspaceLayout): boolean {
  return existsSync(renstraFile(ws));
}

type CachedRiwayat = Omit<Riwayat, 'byIndicator'> & { byIndicator: [string, RiwayatEntry][] };
type CachedRenstra = Omit<Renstra, 'byIndicator'> & { byIndicator: [string, Omit<RenstraEntry, 'target'> & { target: [number, number][] }][] };

/** The history of `year`, undefined when there is no file. */
export async function readRiwayat(ws: WorkspaceLayout, index: CatalogueIndex, year: number, cwd: string): Promise<Riwayat | undefined> {
  const path = riwayatFile(ws, year);
  if (!existsSync(path)) return undefined;
  const file = displayPath(cwd, path);
  const text = readConfigText(path, file, 'riwayat.unreadable');
  const key = sha256(`${sha256(text)}:${index.catalogue.hash}:${year}:${file}`);
  const cached = readCache<CachedRiwayat>(ws.cache, 'riwayat', key);
  if (cached) return { ...cached, byIndicator: new Map(cached.byIndicator) };
  const { loadRiwayat } = await import('../compute/riwayat.js');
  const { riwayat, problems } = loadRiwayat(text, file, index, year);
  if (!riwayat || hasErrors(problems)) throw invalid(problem('riwayat.invalid', { file, year, errors: errorsOf(problems).length }, { file }), problems);
  writeCache(ws.cache, 'riwayat', key, { ...riwayat, byIndicator: [...riwayat.byIndicator] } satisfies CachedRiwayat);
  return riwayat;
}

/** The Renstra, undefined when there is no file. */
export async function readRenstra(ws: WorkspaceLayout, index: CatalogueIndex, cwd: string): Promise<Renstra | undefined> {
  const path = renstraFile(ws);
  if (!existsSync(path)) return undefined;
  const file = displayPath(cwd, path);
  const text = readConfigText(path, file, 'renstra.unreadable');
  const key = sha256(`${sha256(text)}:${index.catalogue.hash}:${file}`);
  const cached = readCache<CachedRenstra>(ws.cache, 'renstra', key);
  if (cached) return { ...cached, byIndicator: new Map(cached.byIndicator.map(([id, e]) => [id, { ...e, target: new Map(e.target) }])) };
  const { loadRenstra } = await import('../compute/renstra.js');
  const { renstra, problems } = loadRenstra(text, file, index);
  if (!renstra || hasErrors(problems)) throw invalid(problem('renstra.invalid', { file, errors: errorsOf(problems).length }, { file }), problems);
  const byIndicator = [...renstra.byIndicator].map(([id, e]): CachedRenstra['byIndicator'][number] => [id, { ...e, target: [...e.target] }]);
  writeCache(ws.cache, 'renstra', key, { ...renstra, byIndicator } satisfies CachedRenstra);
  return renstra;
}

const errorsOf = (problems: readonly Problem[]) => problems.filter((p) => p.severity === 'error');
const invalid = (head: Problem, problems: readonly Problem[]) => new ProblemError([head, ...errorsOf(problems)]);
