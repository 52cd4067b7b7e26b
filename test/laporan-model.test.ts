// The laporan view model (src/write/laporan-model.ts): what the PDF and the workbook render, with plain
// data from the bundled example and a small rollup.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildLaporan, formatValue, predikatColour, PREDIKAT_COLOURS, type LaporanModel } from '../src/write/laporan-model.js';
import { bundledLaporan, type BundledLaporan } from './support/bundled-laporan.js';

const AT = new Date('2018-01-15T08:00:00Z');
let b: BundledLaporan;
let id: LaporanModel;

beforeAll(async () => {
  b = await bundledLaporan();
  id = buildLaporan({ ...b, lang: 'id', generatedAt: AT, toolVersion: 'test' });
}, 60_000);

describe('laporan model', () => {
  it('formats numbers as the workbook shows them: two decimals for a percentage, a whole count, in the language', () => {
    expect(formatValue(64.43478, 'percent', 'id')).toBe('64,43');
    expect(formatValue(64.435, 'percent', 'en')).toBe('64.44');
    expect(formatValue(100, 'percent', 'id')).toBe('100,00');
    expect(formatValue(1045, 'count', 'id')).toBe('1.045');
    expect(formatValue(1045, 'count', 'en')).toBe('1,045');
    expect(formatValue(67.5, 'count', 'id')).toBe('67,5');
    expect(formatValue(null, 'percent', 'id')).toBe('');
  });

  it('Ringkasan: a year table per jabatan group, the top jabatan first, with target, triwulan, year, capaian and predikat', () => {
    expect(id.ringkasan.map((g) => g.jabatanId)).toEqual([b.index.root.id, ...b.index.childrenOf(b.index.root.id).map((j) => j.id)]);
    const row = id.ringkasan[0]!.rows[0]!;
    const res = b.result.indicators.find((i) => i.indicatorId === row.indicatorId)!;
    const j = b.judged.byIndicator.get(row.indicatorId)!['2017']!;
    expect(row).toMatchObject({ kind: 'percent', target: j.target, capaian: j.capaian, predikat: j.predikat, tahun: res.values['2017']!.value, status: res.values['2017']!.status });
    expect(row.triwulan).toEqual(['2017-TW1', '2017-TW2', '2017-TW3', '2017-TW4'].map((k) => res.values[k]!.value));
    expect(id.quarters).toEqual(['TW I', 'TW II', 'TW III', 'TW IV']);
    expect(id.periode).toBe('Tahun 2017');
  });

  it('says why a value is partial, in the language', () => {
    const lowongan = id.ringkasan[0]!.rows.find((r) => r.indicatorId === 'kadis_persentase_lowongan_dipenuhi')!;
    expect(lowongan.status).toBe('partial');
    expect(lowongan.keterangan).toContain('TW III');
    expect(lowongan.keterangan).toContain('belum masuk');
    const en = buildLaporan({ ...b, lang: 'en', generatedAt: AT, toolVersion: 'test' });
    expect(en.ringkasan[0]!.rows.find((r) => r.indicatorId === lowongan.indicatorId)!.keterangan).toContain('no workbook from');
  });

  it('units: every indicator of the unit with the counts behind each percentage and who enters them', () => {
    const unit = id.units.find((u) => u.groups.some((g) => g.rows.some((r) => r.indicatorId === 'kabid_penempatan_persentase_penempatan')))!;
    const row = unit.groups[0]!.rows.find((r) => r.indicatorId === 'kabid_penempatan_persentase_penempatan')!;
    const ind = b.index.indicators.get(row.indicatorId)!;
    if (ind.kind !== 'ratio') throw new Error('a ratio');
    expect(row.elements.map((e) => [e.side, e.elementId])).toEqual([...ind.numerator.map((e) => ['pembilang', e]), ...ind.denominator.map((e) => ['penyebut', e])]);
    const el = b.result.elements.find((e) => e.elementId === ind.numerator[0])!;
    expect(row.elements[0]!.tahun).toBe(el.values['2017']!.value);
    expect(row.elements[0]!.diisiOleh).toBe(b.index.jabatan.get(el.jabatanId)!.nama);
    expect(unit.groups[0]!.depth).toBe(0);
    expect(unit.groups.slice(1).every((g) => g.depth > 0)).toBe(true);
  });

  it('charts: capaian bars coloured by predikat against a 100 line; realisasi per triwulan for each percentage', () => {
    const rows = id.ringkasan.flatMap((g) => g.rows);
    const cap = id.charts.capaian!;
    expect(cap.categories).toEqual(rows.map((_, i) => String(i + 1)));
    expect(cap.series[0]!.values).toEqual(rows.map((r) => r.capaian));
    expect(cap.series[0]!.pointColors).toEqual(rows.map((r) => predikatColour(r.predikatRank)));
    expect(cap.series[1]).toMatchObject({ kind: 'line', values: rows.map(() => 100) });
    const tw = id.charts.triwulan!;
    expect(tw.series.map((s) => s.name)).toEqual(['TW I', 'TW II', 'TW III', 'TW IV']);
    expect(tw.categories).toHaveLength(rows.filter((r) => r.kind === 'percent').length);
    expect(id.charts.key[0]).toEqual({ no: '1', nama: rows[0]!.nama });
    expect(id.charts.predikat.map((p) => p.colour)).toEqual([...PREDIKAT_COLOURS]);
  });

  it('Perbandingan: 2016 beside 2017, growth and the Renstra, for each Ringkasan indicator', () => {
    expect(id.perbandingan.years).toEqual([2016]);
    expect(id.perbandingan.renstra).toEqual({ awal: 2016, akhir: 2021 });
    const r = id.perbandingan.rows.find((x) => x.indicatorId === 'kadis_persentase_tenaga_kerja_bersertifikat')!;
    const c = b.comparisons.find((x) => x.indicatorId === r.indicatorId)!;
    expect(r.earlier).toEqual([{ realisasi: 61.8, capaian: c.earlier[0]!.capaian, source: 'riwayat' }]);
    expect(r.growth).toEqual(c.growth);
    expect(r.renstra).toMatchObject({ kondisiAwal: 58, target: 65, targetAkhir: 75 });
  });

  it('the signature block takes the configuration, with blanks for what is not set', () => {
    expect(id.tandaTangan).toEqual({ tempatTanggal: '...................., ....................', jabatan: b.index.root.nama, nama: '....................', pangkat: null, nip: 'NIP. ....................' });
    const signed = buildLaporan({ ...b, lang: 'id', generatedAt: AT, toolVersion: 'test', config: { tempat: 'Gresik', tanggal: '2018-01-20', penandatangan: { nama: 'Drs. BUDI', nip: '1965', pangkat: 'Pembina' }, wajibVerifikasi: false } });
    expect(signed.tandaTangan).toEqual({ tempatTanggal: 'Gresik, 20 Januari 2018', jabatan: b.index.root.nama, nama: 'Drs. BUDI', pangkat: 'Pembina', nip: 'NIP. 1965' });
  });

  it('Kelengkapan and Catatan come from the rollup', () => {
    expect(id.kelengkapan.rows).toHaveLength(b.result.completeness.jabatan.length);
    const total = id.kelengkapan.totals[id.kelengkapan.totals.length - 1]!;
    expect(total).toMatchObject({ received: 119, expected: 120 });
    expect(total.rate).toBeCloseTo((119 / 120) * 100, 10);
    expect(id.catatan).toHaveLength(b.result.notes.length);
  });
});
