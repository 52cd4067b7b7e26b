// `iki init` on the terminal: what was made, and what to type next.
import type { InitReport } from '../../commands/init.js';
import { ui } from '../../model/text/ui.js';
import type { CliContext } from '../context.js';
import type { View } from '../present.js';
import { renderProblemLines } from '../render.js';

export function initView(r: InitReport, ctx: CliContext): View {
  if (!r.catalogue) return { out: [], err: renderProblemLines(ctx, r.problems) };
  const t = ui(ctx.lang).init;
  const c = r.catalogue;
  const warn = r.problems.length ? t.catalogueWarnings(r.problems.length) : '';
  const cd = r.workspace === '.' ? '' : `cd ${r.workspace.includes(' ') ? `"${r.workspace}"` : r.workspace} && `;
  return {
    out: [
      ctx.color.green(t.created(r.workspace)),
      `  ${'catalogue.yaml'.padEnd(16)} ${t.catalogue(c.id, c.jabatan, c.elements, c.copied_from)}${warn}`,
      ...(r.config ? [`  ${r.config.file.padEnd(16)} ${t.config(r.config.kept)}`] : []),
      ...r.folders.map((f) => `  ${`${f}/`.padEnd(16)} ${t.folders[f] ?? ''}`),
      '',
      t.next(`${cd}iki generate --year ${r.year} --quarter 1`),
    ],
    err: [],
  };
}
