// `iki init [DIR]`: create a workspace: a checked copy of the catalogue, the folders, and the marker.
import { fsFailure } from '../../store/fs-failure.js';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Problem, problem, ProblemError } from '../../model/problem.js';
import { toolVersion } from '../../store/version.js';
import { WORKSPACE_FORMAT, isWorkspace, layout, writeFileAtomic } from '../../store/workspace.js';
import type { CliContext } from '../context.js';
import { EXIT_OK } from '../exit.js';
import { BUNDLED_CATALOGUE, requireCatalogue } from '../../store/catalogue-source.js';
import { displayPath } from '../../store/config-file.js';

interface Opts {
  catalogue?: string;
}

export async function run(ctx: CliContext, opts: Opts, dir: string = '.'): Promise<number> {
  const root = resolve(ctx.cwd, dir);
  const ws = layout(root);
  const shown = displayPath(ctx.cwd, root) || '.';
  if (isWorkspace(root)) {
    throw new ProblemError([problem('usage.output-exists', { path: shown, what: 'workspace' }, { file: displayPath(ctx.cwd, ws.marker) })]);
  }
  if (existsSync(root) && !statSync(root).isDirectory()) {
    throw new ProblemError([problem('usage.file-in-the-way', { path: shown, blocker: shown }, { file: shown })]);
  }
  // Refuse anything init would overwrite: the catalogue copy, the marker, and files where folders go.
  const clashes: Problem[] = [];
  if (existsSync(ws.catalogue)) {
    clashes.push(problem('usage.output-exists', { path: displayPath(ctx.cwd, ws.catalogue), what: 'catalogue' }, { file: displayPath(ctx.cwd, ws.catalogue) }));
  }
  if (existsSync(ws.marker)) {
    clashes.push(problem('usage.output-exists', { path: displayPath(ctx.cwd, ws.marker), what: 'marker' }, { file: displayPath(ctx.cwd, ws.marker) }));
  }
  for (const d of [ws.templates, ws.incoming, ws.archive, ws.reports]) {
    if (existsSync(d) && !statSync(d).isDirectory()) {
      clashes.push(problem('usage.output-exists', { path: displayPath(ctx.cwd, d), what: 'folder' }, { file: displayPath(ctx.cwd, d) }));
    }
  }
  if (clashes.length) throw new ProblemError(clashes);

  // The catalogue must check clean before it becomes the workspace's (errors are a usage error, exit 2).
  const source = opts.catalogue ? resolve(ctx.cwd, opts.catalogue) : BUNDLED_CATALOGUE;
  const { index, problems } = requireCatalogue({ catalogue: source }, ctx.cwd, ctx.env);
  const text = readFileSync(source);

  try {
    for (const d of [root, ws.templates, ws.incoming, ws.archive, ws.reports]) mkdirSync(d, { recursive: true });
    writeFileAtomic(ws.catalogue, text);
    // The marker last: a folder is a workspace only once everything else is in place.
    const marker = {
      format: WORKSPACE_FORMAT,
      created_at: new Date().toISOString(),
      tool_version: toolVersion(),
      catalogue: { file: 'catalogue.yaml', id: index.catalogue.id, hash: index.catalogue.hash, copied_from: source },
    };
    writeFileAtomic(ws.marker, `${JSON.stringify(marker)}\n`);
  } catch (err) {
    throw new ProblemError([problem('usage.unwritable', { path: shown, what: 'workspace', ...fsFailure(err) }, { file: shown })]);
  }

  const c = index.catalogue;
  ctx.out(`${ctx.color.green('Created')} the iki workspace ${shown}`);
  ctx.out(`  catalogue.yaml   catalogue ${c.id}: ${c.jabatan.length} jabatan, ${c.elements.length} isian (copied from ${displayPath(ctx.cwd, source)})${problems.length ? `, ${problems.length} warning(s): run \`iki catalogue check\`` : ''}`);
  ctx.out('  templates/       generated input workbooks, one folder per triwulan (iki generate)');
  ctx.out('  incoming/        put the filled workbooks you receive here');
  ctx.out('  archive/         accepted submissions and their records (iki ingest; do not edit by hand)');
  ctx.out('  reports/         consolidated reports (iki report)');
  ctx.out();
  const cd = shown === '.' ? '' : `cd ${shown.includes(' ') ? `"${shown}"` : shown} && `;
  ctx.out(`Next: ${cd}iki generate --year ${new Date().getFullYear()} --quarter 1`);
  return EXIT_OK;
}
