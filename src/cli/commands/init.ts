// `iki init [DIR]`: create a workspace: a checked copy of the catalogue, the folders, and the marker.
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { legacyProblem, type Problem } from '../../model/problem.js';
import { toolVersion } from '../../store/version.js';
import { WORKSPACE_FORMAT, WORKSPACE_MARKER, isWorkspace, layout, writeFileAtomic } from '../../store/workspace.js';
import type { CliContext } from '../context.js';
import { EXIT_OK, UsageError } from '../exit.js';
import { BUNDLED_CATALOGUE, displayPath, requireCatalogue } from '../../store/catalogue-source.js';

interface Opts {
  catalogue?: string;
}

export async function run(ctx: CliContext, opts: Opts, dir: string = '.'): Promise<number> {
  const root = resolve(ctx.cwd, dir);
  const ws = layout(root);
  const shown = displayPath(ctx, root) || '.';
  if (isWorkspace(root)) {
    throw new UsageError(`${shown} is already an iki workspace; nothing was changed.`, [
      legacyProblem('usage.output-exists', `${WORKSPACE_MARKER} already exists in ${root}.`, { file: ws.marker }, { hint: 'Use the workspace as it is, or init another folder.' }),
    ]);
  }
  if (existsSync(root) && !statSync(root).isDirectory()) {
    throw new UsageError(`${shown} is a file, not a folder.`, [legacyProblem('usage.unwritable', `${root} is a file.`, { file: root })]);
  }
  // Refuse anything init would overwrite: the catalogue copy, the marker, and files where folders go.
  const clashes: Problem[] = [];
  if (existsSync(ws.catalogue)) {
    clashes.push(legacyProblem('usage.output-exists', `${displayPath(ctx, ws.catalogue)} already exists; init would overwrite it.`, { file: ws.catalogue }, { hint: 'Move it away, or init another folder.' }));
  }
  if (existsSync(ws.marker)) {
    clashes.push(legacyProblem('usage.output-exists', `${displayPath(ctx, ws.marker)} already exists but is not a workspace marker.`, { file: ws.marker }, { hint: 'Move it away, or init another folder.' }));
  }
  for (const d of [ws.templates, ws.incoming, ws.archive, ws.reports]) {
    if (existsSync(d) && !statSync(d).isDirectory()) {
      clashes.push(legacyProblem('usage.output-exists', `${displayPath(ctx, d)} is a file where init makes a folder.`, { file: d }, { hint: 'Move it away, or init another folder.' }));
    }
  }
  if (clashes.length) throw new UsageError(`Cannot make ${shown} a workspace without overwriting files; nothing was changed.`, clashes);

  // The catalogue must check clean before it becomes the workspace's (errors are a usage error, exit 2).
  const source = opts.catalogue ? resolve(ctx.cwd, opts.catalogue) : BUNDLED_CATALOGUE;
  const { index, problems } = requireCatalogue(ctx, { catalogue: source });
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
    const code = (err as NodeJS.ErrnoException).code;
    throw new UsageError(`Cannot create the workspace in ${shown}: ${code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (err as Error).message}.`, [
      legacyProblem('usage.unwritable', `Cannot write in ${root}.`, { file: root }),
    ]);
  }

  const c = index.catalogue;
  ctx.out(`${ctx.color.green('Created')} the iki workspace ${shown}`);
  ctx.out(`  catalogue.yaml   catalogue ${c.id}: ${c.jabatan.length} jabatan, ${c.elements.length} isian (copied from ${displayPath(ctx, source)})${problems.length ? `, ${problems.length} warning(s): run \`iki catalogue check\`` : ''}`);
  ctx.out('  templates/       generated input workbooks, one folder per triwulan (iki generate)');
  ctx.out('  incoming/        put the filled workbooks you receive here');
  ctx.out('  archive/         accepted submissions and their records (iki ingest; do not edit by hand)');
  ctx.out('  reports/         consolidated reports (iki report)');
  ctx.out();
  const cd = shown === '.' ? '' : `cd ${shown.includes(' ') ? `"${shown}"` : shown} && `;
  ctx.out(`Next: ${cd}iki generate --year ${new Date().getFullYear()} --quarter 1`);
  return EXIT_OK;
}
