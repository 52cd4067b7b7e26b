// The workspace's targets for a year, when the Subbag Program has written them (targets/<year>.yaml).
import { existsSync } from 'node:fs';
import type { CatalogueIndex } from '../model/catalogue.js';
import { hasErrors, problem, ProblemError } from '../model/problem.js';
import { loadTargets, targetsPath, type Targets } from '../compute/target.js';
import { displayPath, readConfigText } from './config-file.js';
import type { WorkspaceLayout } from './workspace.js';

/** Undefined when there is no targets file; a targets file with errors is a configuration error (exit 2). */
export function readTargets(ws: WorkspaceLayout | undefined, index: CatalogueIndex, year: number, cwd: string): Targets | undefined {
  if (!ws) return undefined;
  const path = targetsPath(ws.root, year);
  if (!existsSync(path)) return undefined;
  const file = displayPath(cwd, path);
  const { targets, problems } = loadTargets(readConfigText(path, file, 'target.unreadable'), file, index, year);
  if (!targets || hasErrors(problems)) {
    const errors = problems.filter((p) => p.severity === 'error');
    throw new ProblemError([problem('usage.targets-invalid', { file, year, errors: errors.length }, { file }), ...errors]);
  }
  return targets;
}
