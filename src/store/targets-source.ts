// The workspace's targets for a year, when the Subbag Program has written them (targets/<year>.yaml).
import { existsSync } from 'node:fs';
import type { CatalogueIndex } from '../model/catalogue.js';
import { hasErrors } from '../model/problem.js';
import { loadTargets, targetsPath, type Targets } from '../compute/target.js';
import type { WorkspaceLayout } from './workspace.js';
import { displayPath, readConfigText } from './catalogue-source.js';
import type { CliContext } from '../cli/context.js';
import { UsageError } from '../cli/exit.js';

/** Undefined when there is no targets file; a targets file with errors is a configuration error (exit 2). */
export function readTargets(ctx: CliContext, ws: WorkspaceLayout | undefined, index: CatalogueIndex, year: number): Targets | undefined {
  if (!ws) return undefined;
  const file = targetsPath(ws.root, year);
  if (!existsSync(file)) return undefined;
  const shown = displayPath(ctx, file);
  const { targets, problems } = loadTargets(readConfigText(file, shown, 'targets file', 'target.unreadable'), shown, index, year);
  if (!targets || hasErrors(problems)) {
    throw new UsageError(`The targets file ${shown} has errors; run \`iki targets check --year ${year}\` and fix them first.`, problems);
  }
  return targets;
}
