// `iki catalogue check | list | show` on the terminal.
import type { CatalogueCheckReport, CatalogueListReport, CatalogueShowReport } from '../../commands/catalogue.js';
import { isUsageError } from '../../model/problem.js';
import { ui } from '../../model/text/ui.js';
import type { CliContext } from '../context.js';
import type { View } from '../present.js';
import { renderProblemLines, summaryLine, table } from '../render.js';

export function checkView(r: CatalogueCheckReport, ctx: CliContext): View {
  // Problems that stop the file being read at all (usage) go to stderr; a check's findings are its output.
  if (r.problems.some(isUsageError)) return { out: [], err: renderProblemLines(ctx, r.problems) };
  const out = renderProblemLines(ctx, r.problems);
  if (r.valid && r.counts) out.push(`${ctx.color.green('ok')} ${ui(ctx.lang).catalogue.ok(r.file, r.counts)}`);
  out.push(summaryLine(ctx, r.problems, r.file));
  return { out, err: [] };
}

export function listView(r: CatalogueListReport, ctx: CliContext): View {
  if (!r.catalogue) return { out: [], err: renderProblemLines(ctx, r.problems) };
  const t = ui(ctx.lang).catalogue;
  const rows = r.jabatan.map((j) => [`${'  '.repeat(j.depth)}${j.id}`, j.nama, j.atasan ?? '-', j.indicators.length, j.elements.length]);
  const c = r.catalogue;
  return { out: [table(ctx, [...t.listHead], rows, { wrap: [1] }), t.listFoot(c.counts, c.instansi, c.keputusan.nomor)], err: [] };
}

function identity(r: CatalogueShowReport, ctx: CliContext): string[] {
  const t = ui(ctx.lang).catalogue;
  const j = r.jabatan!;
  const b = ctx.color.bold;
  const out = [`${b(j.nama)} (${j.id})`, `${t.atasan}: ${j.atasan ? `${j.atasan_nama ?? '?'} (${j.atasan})` : '-'}`];
  if (j.unit) out.push(`${t.unit}: ${j.unit}`);
  out.push('', b(t.tugas));
  if (typeof j.tugas === 'string') out.push(`  ${j.tugas}`);
  else for (const x of j.tugas) out.push(`  ${x.huruf}. ${x.teks}`);
  if (j.fungsi.length) out.push(b(t.fungsi), ...j.fungsi.map((f) => `  ${f.huruf}. ${f.teks}`));
  for (const note of j.catatan) out.push(ctx.color.dim(`${t.catatan}: ${note}`));
  return out;
}

function indicators(r: CatalogueShowReport, ctx: CliContext): string[] {
  const t = ui(ctx.lang).catalogue;
  const out: string[] = [];
  for (const k of r.kinerja) {
    out.push('', ctx.color.bold(t.kinerja(k.no, k.nama)));
    for (const i of k.indicators) {
      out.push(`  ${i.huruf ? `${i.huruf}. ` : ''}${i.nama}  ${ctx.color.dim(`[${i.id}, ${t.kind[i.kind]}]`)}`, `     ${t.formulasi}: ${i.formulasi}`);
      if (i.sumber_data) out.push(`     ${t.sumberData}: ${i.sumber_data}`);
      if (i.penanggung_jawab) out.push(`     ${t.penanggungJawab}: ${i.penanggung_jawab}`);
      for (const p of i.parts) {
        const mine = p.owner === r.jabatan!.id ? ` ${t.thisJabatan}` : '';
        const agg = p.aggregation ? (t.aggregation[p.aggregation] ?? p.aggregation) : '';
        out.push(`     ${t.role[p.role]} ${p.element}: ${p.nama ?? '?'} (${p.satuan ?? ''}, ${agg}) — ${t.enteredBy} ${p.owner_nama ?? p.owner ?? '?'}${mine}`);
      }
      if (i.factor !== undefined && i.factor !== 100) out.push(`     ${t.factor}: ${ctx.fmt.num(i.factor)}`);
      for (const note of i.catatan) out.push(ctx.color.dim(`     ${t.catatan}: ${note}`));
    }
  }
  return out;
}

export function showView(r: CatalogueShowReport, ctx: CliContext): View {
  if (!r.jabatan) return { out: [], err: renderProblemLines(ctx, r.problems) };
  const t = ui(ctx.lang).catalogue;
  const out = [...identity(r, ctx), ...indicators(r, ctx)];
  if (r.for_others.length) {
    out.push('', ctx.color.bold(t.forOthers));
    for (const e of r.for_others) out.push(`  ${e.id}: ${e.nama} (${e.satuan}, ${t.aggregation[e.aggregation] ?? e.aggregation}) — ${t.usedBy} ${e.used_by.join(', ')}`);
  }
  return { out, err: [] };
}
