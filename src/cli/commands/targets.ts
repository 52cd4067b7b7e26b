// `iki targets init | check`: the year's targets, a YAML file in the workspace (targets/<year>.yaml).
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { hasErrors, problem, ProblemError } from '../../model/problem.js';
import { loadTargets, targetsPath, targetsSkeleton } from '../../compute/target.js';
import { writeFileAtomic } from '../../store/workspace.js';
import { requireCatalogue } from '../../store/catalogue-source.js';
import { displayPath, readConfigText } from '../../store/config-file.js';
import { requireWorkspace, yearArg } from '../args.js';
import type { CliContext } from '../context.js';
import { EXIT_DATA, EXIT_OK } from '../exit.js';
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
  const { index } = requireCatalogue({ workspace: ws.root }, ctx.cwd, ctx.env);
  const file = targetsPath(ws.root, year);
  if (existsSync(file) && !opts.force) {
    throw new ProblemError([problem('usage.output-exists', { path: displayPath(ctx.cwd, file), what: 'targets', flag: '--force' }, { file: displayPath(ctx.cwd, file) })]);
  }
  mkdirSync(dirname(file), { recursive: true });
  writeFileAtomic(file, targetsSkeleton(index, year));
  ctx.out(`wrote ${displayPath(ctx.cwd, file)}: ${index.indicators.size} indicators, each "null" until you type its target.`);
  ctx.out(`Then run: iki targets check --year ${year}`);
  return EXIT_OK;
}

export async function check(ctx: CliContext, opts: Opts): Promise<number> {
  const ws = workspaceOf(ctx, opts);
  const year = yearOf(opts);
  const { index } = requireCatalogue({ workspace: ws.root }, ctx.cwd, ctx.env);
  const file = targetsPath(ws.root, year);
  const shown = displayPath(ctx.cwd, file);
  if (!existsSync(file)) {
    throw new ProblemError([problem('usage.targets-missing', { file: shown, year }, { file: shown })]);
  }
  const { targets, problems } = loadTargets(readConfigText(file, shown, 'target.unreadable'), shown, index, year);
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
