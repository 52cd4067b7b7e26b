// `iki catalogue check | list | show`: no exceljs here, these must start fast.
import { elementsOf, type Catalogue, type Indikator } from '../../model/catalogue.js';
import { hasErrors, problem, ProblemError } from '../../model/problem.js';
import type { CliContext } from '../context.js';
import { EXIT_DATA, EXIT_OK } from '../exit.js';
import { readCatalogue, requireCatalogue } from '../../store/catalogue-source.js';
import { renderProblemLines, summaryLine, table, jsonText } from '../render.js';

interface Opts {
  catalogue?: string;
  workspace?: string;
  json?: boolean;
}

export async function check(ctx: CliContext, opts: Opts): Promise<number> {
  const { file, catalogue, problems } = readCatalogue(opts, ctx.cwd, ctx.env);
  const failed = !catalogue || hasErrors(problems);
  if (opts.json) {
    ctx.out(
      jsonText(ctx, 
        {
          file,
          valid: !failed,
          ...(catalogue ? { catalogue_id: catalogue.id, catalogue_hash: catalogue.hash, counts: counts(catalogue) } : {}),
          problems,
        }
      ),
    );
    return failed ? EXIT_DATA : EXIT_OK;
  }
  for (const line of renderProblemLines(ctx, problems)) ctx.out(line);
  if (catalogue && !failed) {
    const c = counts(catalogue);
    ctx.out(
      `${ctx.color.green('ok')} ${file}: ${c.jabatan} jabatan, ${c.indicators} indicators (${c.ratios} percentages, ${c.counts} counts), ${c.elements} elements`,
    );
  }
  ctx.out(summaryLine(ctx, problems, file));
  return failed ? EXIT_DATA : EXIT_OK;
}

function counts(c: Catalogue) {
  const indicators = c.jabatan.flatMap((j) => j.kinerja.flatMap((k) => k.indikator));
  const ratios = indicators.filter((i) => i.kind === 'ratio').length;
  return { jabatan: c.jabatan.length, indicators: indicators.length, ratios, counts: indicators.length - ratios, elements: c.elements.length };
}

function indicatorJson(i: Indikator) {
  const common = { id: i.id, nama: i.nama, kind: i.kind, formulasi: i.formulasi, satuan: i.satuan, polarity: i.polarity };
  return i.kind === 'ratio'
    ? { ...common, numerator: i.numerator, denominator: i.denominator, factor: i.factor, allow_over: i.allowOver }
    : { ...common, element: i.element };
}

export async function list(ctx: CliContext, opts: Opts): Promise<number> {
  const { index } = requireCatalogue(opts, ctx.cwd, ctx.env);
  const cat = index.catalogue;
  const ordered = index.subtree(index.root.id);
  if (opts.json) {
    ctx.out(
      jsonText(ctx, 
        {
          catalogue: { id: cat.id, hash: cat.hash, instansi: cat.instansi, keputusan: cat.keputusan },
          jabatan: ordered.map((j) => ({
            id: j.id,
            nama: j.nama,
            atasan: j.atasan,
            depth: index.depth(j.id),
            unit: index.unitOf(j.id)?.id ?? null,
            indicators: index.indicatorsOf(j.id).map(indicatorJson),
            elements: index.elementsEnteredBy(j.id).map((e) => e.id),
          })),
          elements: cat.elements.map((e) => ({
            id: e.id,
            nama: e.nama,
            satuan: e.satuan,
            owner: e.owner,
            aggregation: e.aggregation,
            ...(e.catatan ? { catatan: e.catatan } : {}),
          })),
        }
      ),
    );
    return EXIT_OK;
  }
  const rows = ordered.map((j) => [
    `${'  '.repeat(index.depth(j.id))}${j.id}`,
    j.nama,
    j.atasan ?? '-',
    index.indicatorsOf(j.id).length,
    index.elementsEnteredBy(j.id).length,
  ]);
  ctx.out(table(ctx, ['id', 'nama', 'atasan', 'indicators', 'elements'], rows, { wrap: [1] }));
  const c = counts(cat);
  ctx.out(`${c.jabatan} jabatan, ${c.indicators} indicators (${c.ratios} percentages), ${c.elements} elements — ${cat.instansi}, ${cat.keputusan.nomor}`);
  return EXIT_OK;
}

export async function show(ctx: CliContext, opts: Opts, id: string): Promise<number> {
  const { index } = requireCatalogue(opts, ctx.cwd, ctx.env);
  const j = index.jabatan.get(id);
  if (!j) {
    const near = [...index.jabatan.keys()].filter((k) => k.includes(id) || id.includes(k)).slice(0, 5);
    throw new ProblemError([problem('usage.unknown-jabatan', { id, suggestions: near })]);
  }
  if (opts.json) {
    ctx.out(jsonText(ctx, { ...j, indicators: index.indicatorsOf(id).map(indicatorJson), elements: index.elementsEnteredBy(id) }));
    return EXIT_OK;
  }
  const b = ctx.color.bold;
  ctx.out(`${b(j.nama)} (${j.id})`);
  ctx.out(`atasan: ${j.atasan ? `${index.jabatan.get(j.atasan)?.nama} (${j.atasan})` : '-'}`);
  const unit = index.unitOf(id);
  if (unit) ctx.out(`unit: ${unit.nama}`);
  ctx.out();
  ctx.out(b('Tugas'));
  if (typeof j.tugas === 'string') ctx.out(`  ${j.tugas}`);
  else for (const t of j.tugas) ctx.out(`  ${t.huruf}. ${t.teks}`);
  if (j.fungsi.length) {
    ctx.out(b('Fungsi'));
    for (const f of j.fungsi) ctx.out(`  ${f.huruf}. ${f.teks}`);
  }
  for (const note of j.catatan) ctx.out(ctx.color.dim(`catatan: ${note}`));
  j.kinerja.forEach((k, ki) => {
    ctx.out();
    ctx.out(b(`Kinerja ${k.no ?? ki + 1}: ${k.nama}`));
    for (const i of k.indikator) {
      ctx.out(`  ${i.huruf ? `${i.huruf}. ` : ''}${i.nama}  ${ctx.color.dim(`[${i.id}, ${i.kind === 'ratio' ? 'persentase' : 'jumlah'}]`)}`);
      ctx.out(`     formulasi: ${i.formulasi}`);
      if (i.sumberData) ctx.out(`     sumber data: ${i.sumberData}`);
      if (i.penanggungJawab) ctx.out(`     penanggung jawab: ${index.units.get(i.penanggungJawab)?.nama ?? i.penanggungJawab}`);
      const side = (label: string, ids: string[]) => {
        for (const e of ids) {
          const el = index.elements.get(e);
          const owner = el ? index.jabatan.get(el.owner) : undefined;
          ctx.out(`     ${label} ${e}: ${el?.nama ?? '?'} (${el?.satuan ?? ''}, ${el?.aggregation ?? ''}) — diisi oleh ${owner?.nama ?? el?.owner ?? '?'}${owner && owner.id === id ? ' (jabatan ini)' : ''}`);
        }
      };
      if (i.kind === 'ratio') {
        side('pembilang', i.numerator);
        side('penyebut ', i.denominator);
        if (i.factor !== 100) ctx.out(`     faktor: ${i.factor}`);
      } else side('isian', elementsOf(i));
      for (const note of i.catatan) ctx.out(ctx.color.dim(`     catatan: ${note}`));
    }
  });
  const others = index.elementsEnteredBy(id).filter((e) => !index.indicatorsOf(id).some((i) => elementsOf(i).includes(e.id)));
  if (others.length) {
    ctx.out();
    ctx.out(b('Isian for other jabatan\'s indicators'));
    for (const e of others) ctx.out(`  ${e.id}: ${e.nama} (${e.satuan}, ${e.aggregation}) — used by ${index.indicatorsUsing(e.id).map((i) => i.id).join(', ')}`);
  }
  return EXIT_OK;
}

