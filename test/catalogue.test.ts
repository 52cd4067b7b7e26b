import { readFileSync, existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CatalogueIndex, elementsOf } from '../src/model/catalogue.js';
import { loadCatalogue } from '../src/store/catalogue-load.js';
import { BUNDLED } from './helpers.js';
import { SMALL_CATALOGUE, edit, lineOf } from './support/small-catalogue.js';

const codes = (src: string) => loadCatalogue(src, 'c.yaml').problems.map((p) => [p.code, p.location.line]);
const errors = (src: string) => loadCatalogue(src, 'c.yaml').problems.filter((p) => p.severity === 'error');

describe('the small catalogue', () => {
  it('loads clean and indexes the tree', () => {
    const { catalogue, problems } = loadCatalogue(SMALL_CATALOGUE, 'c.yaml');
    expect(problems).toEqual([]);
    const index = new CatalogueIndex(catalogue!);
    expect(index.root.id).toBe('kadis');
    expect(index.depth('kasi_dua')).toBe(2);
    expect(index.subtree('kadis').map((j) => j.id)).toEqual(['kadis', 'kabid_a', 'kasi_satu', 'kasi_dua']);
    expect(index.elementsEnteredBy('kasi_dua').map((e) => e.id)).toEqual(['lulus', 'perusahaan_dibina', 'jumlah_perusahaan']);
    expect(index.unitOf('kasi_satu')?.id).toBe('bidang_a');
    expect(index.indicatorsUsing('lulus').map((i) => i.id).sort()).toEqual(['kadis_persen_lulus', 'kasi_dua_lulus']);
    const ratio = index.indicators.get('kadis_persen_lulus')!;
    expect(ratio).toMatchObject({ kind: 'ratio', numerator: ['lulus'], denominator: ['peserta'], factor: 100, satuan: '%', polarity: 'higher' });
    expect(index.indicators.get('kasi_satu_peserta')).toMatchObject({ kind: 'count', element: 'peserta', satuan: 'orang' });
  });

  it('hashes content, not formatting', () => {
    const a = loadCatalogue(SMALL_CATALOGUE, 'a.yaml').catalogue!.hash;
    const b = loadCatalogue(`# a comment\n${SMALL_CATALOGUE.replace('instansi: Dinas Contoh', 'instansi:   "Dinas Contoh"')}`, 'b.yaml').catalogue!.hash;
    const c = loadCatalogue(SMALL_CATALOGUE.replace('Dinas Contoh', 'Dinas Lain'), 'c.yaml').catalogue!.hash;
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(b).toBe(a);
    expect(c).not.toBe(a);
  });
});

describe('bad catalogues: one problem code and line each', () => {
  it('YAML syntax error, with line and column', () => {
    const src = edit(SMALL_CATALOGUE, 'instansi: Dinas Contoh', 'instansi: "Dinas Contoh');
    const p = errors(src);
    expect(p[0]!.code).toBe('catalogue.yaml-syntax');
    expect(p[0]!.location.line).toBeGreaterThanOrEqual(lineOf(src, 'instansi'));
    expect(p[0]!.location.column).toBeTypeOf('number');
  });

  it('a typo in a key', () => {
    const src = edit(SMALL_CATALOGUE, '    atasan: kabid_a\n    tugas: Melatih', '    atsan: kabid_a\n    tugas: Melatih');
    const p = errors(src);
    expect(p.map((x) => x.code)).toContain('catalogue.schema');
    const typo = p.find((x) => x.code === 'catalogue.schema' && x.args.issue.kind === 'unknown-keys')!;
    expect(typo.location.line).toBe(lineOf(src, 'atsan'));
    expect(typo.args).toEqual({ path: 'jabatan[2]', issue: { kind: 'unknown-keys', keys: ['atsan'], suggestion: 'atasan' } });
    // The missing `atasan` is reported too, on the jabatan itself.
    expect(p.map((x) => x.args)).toContainEqual({ path: 'jabatan[2].atasan', issue: { kind: 'missing', expected: 'string' } });
  });

  it('a missing required key names the key', () => {
    const src = SMALL_CATALOGUE.replace('instansi: Dinas Contoh\n', '');
    const p = errors(src);
    expect(p).toHaveLength(1);
    expect(p[0]).toMatchObject({ code: 'catalogue.schema', args: { path: 'instansi', issue: { kind: 'missing', expected: 'string' } } });
  });

  it('a value of the wrong kind', () => {
    const src = edit(SMALL_CATALOGUE, 'aggregation: last', 'aggregation: mean');
    const p = errors(src);
    expect(p).toHaveLength(1);
    expect(p[0]).toMatchObject({ code: 'catalogue.schema', location: { line: lineOf(src, 'aggregation: mean'), path: 'elements[3].aggregation' } });
    expect(p[0]!.args).toEqual({ path: 'elements[3].aggregation', issue: { kind: 'one-of', options: ['sum', 'last', 'average'], received: 'mean' } });
  });

  it('a duplicate id', () => {
    const src = edit(SMALL_CATALOGUE, '- id: kasi_dua\n', '- id: kasi_satu\n');
    const dup = errors(src).find((x) => x.code === 'catalogue.duplicate-id')!;
    expect(dup.location.line).toBe(lineOf(src, '- id: kasi_satu\n', 2));
    expect(dup.args).toEqual({ what: 'jabatan', id: 'kasi_satu', first: 'jabatan[2].id' });
  });

  it('a duplicate indicator id across jabatan', () => {
    const src = edit(SMALL_CATALOGUE, 'id: kasi_dua_lulus', 'id: kasi_satu_peserta');
    expect(codes(src)).toContainEqual(['catalogue.duplicate-id', lineOf(src, 'id: kasi_satu_peserta', 2)]);
  });

  it('a reference to a missing element, with a suggestion', () => {
    const src = edit(SMALL_CATALOGUE, 'numerator: [lulus]', 'numerator: [luluss]');
    const p = errors(src);
    expect(p).toHaveLength(1);
    expect(p[0]).toMatchObject({ code: 'catalogue.unknown-ref', location: { line: lineOf(src, 'luluss') } });
    expect(p[0]!.args).toEqual({ what: 'numerator', id: 'luluss', suggestion: 'lulus' });
  });

  it('unknown atasan, owner, penanggung jawab and unit head', () => {
    let src = edit(SMALL_CATALOGUE, 'atasan: kabid_a\n    tugas: Menguji', 'atasan: kabid_x\n    tugas: Menguji');
    src = edit(src, 'owner: kasi_satu', 'owner: kasi_tiga');
    src = edit(src, 'penanggung_jawab: bidang_a', 'penanggung_jawab: bidang_b');
    src = edit(src, 'kepala: kabid_a', 'kepala: kabid_b');
    const refs = errors(src).filter((p) => p.code === 'catalogue.unknown-ref');
    expect(refs.map((p) => p.location.line).sort((a, b) => a! - b!)).toEqual(
      [lineOf(src, 'kabid_x'), lineOf(src, 'kasi_tiga'), lineOf(src, 'bidang_b'), lineOf(src, 'kepala: kabid_b')].sort((a, b) => a - b),
    );
  });

  it('a loop in the atasan tree', () => {
    // kabid_a -> kasi_satu -> kabid_a; kasi_dua hangs off the loop.
    const src = edit(SMALL_CATALOGUE, 'atasan: kadis\n    tugas:\n', 'atasan: kasi_satu\n    tugas:\n');
    const p = errors(src);
    const loop = p.find((x) => x.code === 'catalogue.atasan-loop')!;
    expect([['kabid_a', 'kasi_satu', 'kabid_a'], ['kasi_satu', 'kabid_a', 'kasi_satu']]).toContainEqual((loop.args as { loop: string[] }).loop);
    expect(loop.location.line).toBeGreaterThan(0);
    expect(p.filter((x) => x.code === 'catalogue.atasan-loop')).toHaveLength(1);
    expect(p.find((x) => x.code === 'catalogue.unreachable')!.args).toEqual({ id: 'kasi_dua', root: 'kadis' });
  });

  it('no top, and two tops', () => {
    const none = edit(SMALL_CATALOGUE, 'atasan: null', 'atasan: kasi_dua');
    expect(errors(none).map((p) => p.code)).toContain('catalogue.no-root');
    const two = edit(SMALL_CATALOGUE, 'atasan: kadis\n    tugas:\n', 'atasan: null\n    tugas:\n');
    expect(codes(two)).toContainEqual(['catalogue.many-roots', lineOf(two, 'atasan: null', 2)]);
  });

  it('an element no indicator uses is a warning, not an error', () => {
    const src = `${SMALL_CATALOGUE}  - id: sisa\n    nama: Sisa\n    satuan: unit\n    owner: kasi_satu\n    aggregation: sum\n`;
    const { problems } = loadCatalogue(src, 'c.yaml');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'catalogue.unused-element', severity: 'warning', location: { line: lineOf(src, '- id: sisa') } });
  });

  it('a ratio with an empty numerator', () => {
    const src = edit(SMALL_CATALOGUE, 'numerator: [perusahaan_dibina]', 'numerator: []');
    const p = errors(src);
    expect(p.map((x) => [x.code, x.location.line])).toContainEqual(['catalogue.empty-ratio', lineOf(src, 'numerator: []')]);
  });

  it('a ratio missing its denominator key', () => {
    const src = edit(SMALL_CATALOGUE, '            denominator: [jumlah_perusahaan]\n', '');
    expect(errors(src).map((p) => p.code)).toContain('catalogue.empty-ratio');
  });

  it('a count without its element', () => {
    const src = edit(SMALL_CATALOGUE, '            element: peserta\n', '');
    expect(errors(src).map((p) => p.code)).toContain('catalogue.kind-fields');
  });

  it('ids that are not lower snake case', () => {
    let src = SMALL_CATALOGUE.replaceAll('kasi_satu', 'Kasi-Satu');
    src = src.replace('id: jumlah_perusahaan', `id: ${'x'.repeat(61)}`).replace('[jumlah_perusahaan]', `[${'x'.repeat(61)}]`);
    const bad = errors(src).filter((p) => p.code === 'catalogue.bad-id');
    expect(bad.map((p) => p.location.line)).toEqual(
      expect.arrayContaining([lineOf(src, '- id: Kasi-Satu'), lineOf(src, `id: ${'x'.repeat(61)}`)]),
    );
  });

  it('a YAML alias bomb is refused without expanding it', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 10; i++) bomb.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
    const src = `${bomb.join('\n')}\n`;
    const started = process.hrtime.bigint();
    const p = errors(src);
    expect(Number(process.hrtime.bigint() - started) / 1e9).toBeLessThan(5);
    expect(p).toHaveLength(1);
    expect(p[0]).toMatchObject({ code: 'catalogue.alias-bomb', args: { max: 50 }, location: { line: 2 } });
  });

  it('an empty file and a file that is not a mapping', () => {
    expect(errors('')[0]).toMatchObject({ code: 'catalogue.schema', args: { path: '', issue: { kind: 'empty-document' } }, location: { line: 1 } });
    expect(errors('- just\n- a list\n')[0]?.code).toBe('catalogue.schema');
  });

  it('a duplicate mapping key is a syntax error with its line', () => {
    const src = edit(SMALL_CATALOGUE, 'instansi: Dinas Contoh\n', 'instansi: Dinas Contoh\ninstansi: Lagi\n');
    expect(codes(src)).toContainEqual(['catalogue.yaml-syntax', lineOf(src, 'instansi: Lagi')]);
    expect(errors(src)[0]!.args).toMatchObject({ yamlCode: 'DUPLICATE_KEY' });
  });
});

describe.runIf(existsSync(BUNDLED))('the bundled catalogue (decree 560/67/437.58/2017)', () => {
  const { catalogue, problems } = loadCatalogue(readFileSync(BUNDLED, 'utf8'), 'catalogue.yaml');
  const index = new CatalogueIndex(catalogue!);
  const indicators = [...index.indicators.values()];

  it('is clean', () => {
    expect(problems).toEqual([]);
  });

  it('has the 30 jabatan and 63 indicators of the decree, 12 of them percentages', () => {
    expect(catalogue!.jabatan).toHaveLength(30);
    expect(indicators).toHaveLength(63);
    const ratios = indicators.filter((i) => i.kind === 'ratio');
    expect(ratios).toHaveLength(12);
    const perJabatan = Object.fromEntries(
      [...new Set(ratios.map((r) => r.jabatan))].map((j) => [j, ratios.filter((r) => r.jabatan === j).length]),
    );
    const root = index.root.id;
    expect(perJabatan[root]).toBe(4);
    const kabid = index.childrenOf(root).map((j) => j.id);
    expect(kabid).toHaveLength(5);
    expect(Object.keys(perJabatan).sort()).toEqual([root, ...kabid].sort());
    expect(kabid.map((k) => perJabatan[k]).sort()).toEqual([1, 1, 1, 2, 3]);
  });

  it('every percentage is computable from elements some jabatan enters', () => {
    for (const r of indicators.filter((i) => i.kind === 'ratio')) {
      if (r.kind !== 'ratio') continue;
      expect(r.numerator.length, r.id).toBeGreaterThan(0);
      expect(r.denominator.length, r.id).toBeGreaterThan(0);
      for (const e of [...r.numerator, ...r.denominator]) {
        const el = index.elements.get(e);
        expect(el, `${r.id} -> ${e}`).toBeDefined();
        expect(index.jabatan.has(el!.owner), `${e} owner`).toBe(true);
      }
    }
  });

  it('binds every count to an element, and every element is typed once, by one jabatan', () => {
    for (const i of indicators) for (const e of elementsOf(i)) expect(index.elements.has(e), `${i.id} -> ${e}`).toBe(true);
    const owners = catalogue!.elements.map((e) => e.owner);
    expect(owners.every((o) => index.jabatan.has(o))).toBe(true);
  });

  it('keeps the decree identity', () => {
    expect(catalogue!.instansi).toBe('Dinas Tenaga Kerja Kabupaten Gresik');
    expect(catalogue!.keputusan.nomor).toBe('560/ 67 /437.58/2017');
    expect(catalogue!.keputusan.tanggal).toBe('27 September 2017');
  });

  it('is one tree under the Kepala Dinas', () => {
    expect(index.subtree(index.root.id)).toHaveLength(30);
    expect(index.root.nama).toBe('KEPALA DINAS TENAGA KERJA');
  });
});
