// The workspace's sources for the LKjIP comparisons: the history files (riwayat/<year>.yaml) and the
// Renstra (targets/renstra.yaml), when the Subbag Program has written them. A file with errors is a
// configuration error (exit 2), as a broken targets file is.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { CatalogueIndex } from '../model/catalogue.js';
import { hasErrors, problem, ProblemError } from '../model/problem.js';
import { loadRenstra, renstraPath, type Renstra } from '../compute/renstra.js';
import { loadRiwayat, riwayatPath, type Riwayat } from '../compute/riwayat.js';
import { displayPath, readConfigText } from './config-file.js';
import type { WorkspaceLayout } from './workspace.js';

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

/** The history of `year`, undefined when there is no file. */
export function readRiwayat(ws: WorkspaceLayout, index: CatalogueIndex, year: number, cwd: string): Riwayat | undefined {
  const path = riwayatPath(ws.root, year);
  if (!existsSync(path)) return undefined;
  const file = displayPath(cwd, path);
  const { riwayat, problems } = loadRiwayat(readConfigText(path, file, 'riwayat.unreadable'), file, index, year);
  if (!riwayat || hasErrors(problems)) {
    const errors = problems.filter((p) => p.severity === 'error');
    throw new ProblemError([problem('riwayat.invalid', { file, year, errors: errors.length }, { file }), ...errors]);
  }
  return riwayat;
}

/** The Renstra, undefined when there is no file. */
export function readRenstra(ws: WorkspaceLayout, index: CatalogueIndex, cwd: string): Renstra | undefined {
  const path = renstraPath(ws.root);
  if (!existsSync(path)) return undefined;
  const file = displayPath(cwd, path);
  const { renstra, problems } = loadRenstra(readConfigText(path, file, 'renstra.unreadable'), file, index);
  if (!renstra || hasErrors(problems)) {
    const errors = problems.filter((p) => p.severity === 'error');
    throw new ProblemError([problem('renstra.invalid', { file, errors: errors.length }, { file }), ...errors]);
  }
  return renstra;
}
