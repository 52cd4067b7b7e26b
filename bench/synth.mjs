// A synthetic province for the scale benchmark: a catalogue of N jabatan (one Kepala Dinas and N-1
// staf, each typing three counts and notes), templates made by `iki generate` for two prototypes,
// filled with exceljs, then cloned per jabatan and triwulan by rewriting the few XML parts that differ
// (identity in _iki, names, labels). Every clone is a valid filled workbook with its own values.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync, zipSync } from '../test/support/zip.mjs';

const pad = (j) => String(j).padStart(5, '0');
export const stafId = (j) => `staf_${pad(j)}`;

export function catalogueYaml(jabatan) {
  const lines = [
    'format: iki-catalogue/1',
    'id: provinsi-sintetis',
    'instansi: Dinas Sintetis Provinsi',
    'keputusan: { nomor: "1/2017", tanggal: "1 Januari 2017" }',
    'notes:',
    '  - { id: kendala, label: "Kendala / Permasalahan", max_length: 500 }',
    '  - { id: tindak_lanjut, label: "Tindak Lanjut", max_length: 500 }',
    'jabatan:',
    '  - id: kadis',
    '    nama: KEPALA DINAS SINTETIS',
    '    atasan: null',
    '    tugas: memimpin',
    '    kinerja:',
    '      - nama: Meningkatnya kelulusan pelatihan',
    '        indikator:',
    '          - id: kadis_lulus',
    '            nama: Persentase peserta pelatihan yang lulus',
    '            formulasi: jumlah lulus / jumlah peserta x 100%',
    '            kind: ratio',
    `            numerator: [${Array.from({ length: jabatan - 1 }, (_, k) => `s${pad(k + 1)}_lulus`).join(', ')}]`,
    `            denominator: [${Array.from({ length: jabatan - 1 }, (_, k) => `s${pad(k + 1)}_peserta`).join(', ')}]`,
  ];
  const elements = ['elements:'];
  for (let j = 1; j < jabatan; j++) {
    const id = stafId(j);
    const s = `s${pad(j)}`;
    lines.push(
      `  - id: ${id}`,
      `    nama: STAF PELAKSANA ${pad(j)}`,
      '    atasan: kadis',
      '    tugas: melatih dan melapor',
      '    kinerja:',
      '      - nama: Terlaksananya pelatihan',
      '        indikator:',
      `          - { id: ${s}_i_peserta, nama: Jumlah peserta pelatihan, formulasi: jumlah peserta, kind: count, element: ${s}_peserta }`,
      `          - { id: ${s}_i_lulus, nama: Jumlah peserta yang lulus, formulasi: jumlah lulus, kind: count, element: ${s}_lulus }`,
      `          - { id: ${s}_i_laporan, nama: Jumlah laporan, formulasi: jumlah laporan, kind: count, element: ${s}_laporan }`,
    );
    elements.push(
      `  - { id: ${s}_peserta, nama: Jumlah peserta pelatihan, satuan: orang, owner: ${id}, aggregation: sum }`,
      `  - { id: ${s}_lulus, nama: Jumlah peserta yang lulus, satuan: orang, owner: ${id}, aggregation: sum }`,
      `  - { id: ${s}_laporan, nama: Jumlah laporan, satuan: laporan, owner: ${id}, aggregation: sum }`,
    );
  }
  return `${lines.join('\n')}\n${elements.join('\n')}\n`;
}

// ---------------------------------------------------------------- zip

const unzip = unzipSync;
const zip = (parts) => zipSync(parts, { level: 1 });

// ---------------------------------------------------------------- the province

/**
 * Make `dir` with catalogue.yaml (jabatan jabatan) and filled workbooks for the given (jabatan index,
 * quarter) pairs under dir/filled/<year>-TW<q>/. Returns the list of files.
 */
export async function makeProvince({ root, bin, jabatan, files: wanted, year = 2017 }) {
  mkdirSync(root, { recursive: true });
  const catalogue = join(root, 'catalogue.yaml');
  writeFileSync(catalogue, catalogueYaml(jabatan));
  const tdir = join(root, 'proto');
  const gen = spawnSync(process.execPath, [bin, 'generate', '--year', String(year), '--quarter', '1', '--jabatan', 'kadis', stafId(1), '--catalogue', catalogue, '--out', tdir, '--force'], {
    encoding: 'utf8',
    env: { ...process.env, SOURCE_DATE_EPOCH: '1500000000' },
    maxBuffer: 1 << 26,
  });
  if (gen.status !== 0) throw new Error(`generate failed: ${gen.stderr}${gen.stdout}`);
  const { default: ExcelJS } = await import('exceljs');
  const fill = async (file, values) => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(file));
    for (const dn of wb.definedNames.model) {
      if (!(dn.name in values)) continue;
      const [sheet, cell] = dn.ranges[0].split('!');
      wb.getWorksheet(sheet.replace(/^'|'$/g, '')).getCell(cell.replace(/\$/g, '')).value = values[dn.name];
    }
    return Buffer.from(await wb.xlsx.writeBuffer());
  };
  const s1 = `s${pad(1)}`;
  // Marker values, replaced per clone so every workbook carries its own numbers.
  const staf = unzip(
    await fill(join(tdir, `IKI_${year}_TW1_${stafId(1)}.xlsx`), {
      [`iki_${s1}_peserta`]: 900001,
      [`iki_${s1}_lulus`]: 900002,
      [`iki_${s1}_laporan`]: 900003,
      [`iki_note_${s1}_i_peserta_kendala`]: 'Peserta terlambat hadir',
    }),
  );
  const kadis = unzip(readFileSync(join(tdir, `IKI_${year}_TW1_kadis.xlsx`)));
  const out = [];
  let n = 0;
  for (const [j, q] of wanted) {
    const proto = j === 0 ? kadis : staf;
    const id = j === 0 ? 'kadis' : stafId(j);
    const s = `s${pad(j)}`;
    const peserta = 50 + ((j * 7 + q * 13) % 200);
    const parts = proto.map(({ name, data }) => {
      if (!/\.xml$/.test(name)) return { name, data };
      let x = data.toString('utf8');
      if (j !== 0) x = x.replaceAll(stafId(1), id).replaceAll(s1, s).replaceAll(`STAF PELAKSANA ${pad(1)}`, `STAF PELAKSANA ${pad(j)}`);
      x = x
        .replace('<v>900001</v>', `<v>${peserta}</v>`)
        .replace('<v>900002</v>', `<v>${Math.floor(peserta * 0.8)}</v>`)
        .replace('<v>900003</v>', `<v>${1 + (j % 3)}</v>`)
        .replaceAll(`TW1_${id}`, `TW${q}_${id}`);
      // The quarter on _iki (a number cell after the "quarter" key) and the visible titles.
      if (/sheet\d+\.xml$/.test(name) && x.includes('<c r="B6"><v>1</v></c>')) x = x.replace('<c r="B6"><v>1</v></c>', `<c r="B6"><v>${q}</v></c>`);
      x = x.replace(/Triwulan I\b/g, `Triwulan ${['I', 'II', 'III', 'IV'][q - 1]}`);
      return { name, data: Buffer.from(x, 'utf8') };
    });
    const dir = join(root, 'filled', `${year}-TW${q}`);
    if (n++ === 0 || !out.some((f) => f.startsWith(dir))) mkdirSync(dir, { recursive: true });
    const file = join(dir, `IKI_${year}_TW${q}_${id}.xlsx`);
    writeFileSync(file, zip(parts));
    out.push(file);
  }
  return { catalogue, files: out };
}
