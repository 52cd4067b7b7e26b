// `iki targets init | check`: the year's targets, a YAML file in the workspace (targets/<year>.yaml).
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { hasErrors, legacyProblem } from '../../model/problem.js';
import { loadTargets, targetsPath, targetsSkeleton } from '../../compute/target.js';
import { writeFileAtomic } from '../../store/workspace.js';
import { displayPath, readConfigText, requireCatalogue } from '../../store/catalogue-source.js';
import { requireWorkspace, yearArg } from '../args.js';
import type { CliContext } from '../context.js';
import { EXIT_DATA, EXIT_OK, UsageError } from '../exit.js';
import { renderProblemLines, summaryLine, jsonText } from '../render.js';

interface Opts {
  year: string;
  workspace?: string;
  force?: boolean;
  json?: boolean;
}

const workspaceOf = (ctx: CliContext, opts: Opts) => requireWorkspace(ctx, opts.workspace, 'targets live in a workspace (targets/<year>.yaml)');
const yearOf = (opts: Opts) => yearArg(opts.year);

export async function init(ctx: CliContext, opts: Opts): Promise<number> {
  const ws = workspaceOf(ctx, opts);
  const year = yearOf(opts);
  const { index } = requireCatalogue(ctx, { workspace: ws.root });
  const file = targetsPath(ws.root, year);
  if (existsSync(file) && !opts.force) {
    throw new UsageError(`${displayPath(ctx, file)} exists already.`, [
      legacyProblem('usage.output-exists', `${displayPath(ctx, file)} exists; it may hold targets someone typed.`, { file: displayPath(ctx, file) }),
    ]);
  }
  mkdirSync(dirname(file), { recursive: true });
  writeFileAtomic(file, targetsSkeleton(index, year));
  ctx.out(`wrote ${displayPath(ctx, file)}: ${index.indicators.size} indicators, each "null" until you type its target.`);
  ctx.out(`Then run: iki targets check --year ${year}`);
  return EXIT_OK;
}

export async function check(ctx: CliContext, opts: Opts): Promise<number> {
  const ws = workspaceOf(ctx, opts);
  const year = yearOf(opts);
  const { index } = requireCatalogue(ctx, { workspace: ws.root });
  const file = targetsPath(ws.root, year);
  const shown = displayPath(ctx, file);
  if (!existsSync(file)) {
    throw new UsageError(`No targets for ${year}: ${shown} does not exist. Create it with \`iki targets init --year ${year}\`.`);
  }
  const { targets, problems } = loadTargets(readConfigText(file, shown, 'targets file', 'target.unreadable'), shown, index, year);
  const failed = !targets || hasErrors(problems);
  if (opts.json) {
    ctx.out(jsonText(ctx, { file: shown, valid: !failed, targets: targets ? Object.fromEntries(targets.byIndicator) : {}, problems }));
    return failed ? EXIT_DATA : EXIT_OK;
  }
  for (const line of renderProblemLines(ctx, problems)) ctx.out(line);
  if (targets && !failed) ctx.out(`${ctx.color.green('ok')} ${shown}: targets for ${targets.byIndicator.size} of ${index.indicators.size} indicators`);
  ctx.out(summaryLine(ctx, problems, shown));
  return failed ? EXIT_DATA : EXIT_OK;
}
