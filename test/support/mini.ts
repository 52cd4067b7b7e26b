// A small catalogue and contract-following workbooks built in memory, for unit tests.
import ExcelJS from 'exceljs';
import { CatalogueIndex } from '../../src/model/catalogue.js';
import { loadCatalogue } from '../../src/store/catalogue-load.js';

export const MINI_YAML = `
format: iki-catalogue/1
id: mini
instansi: Dinas Uji
keputusan: { nomor: "1/2017", tanggal: "1 Januari 2017" }
jabatan:
  - id: kadis
    nama: KEPALA DINAS
    atasan: null
    tugas: memimpin
    kinerja:
      - nama: kinerja kadis
        indikator:
          - id: kadis_lulus
            nama: Persentase lulus
            formulasi: lulus / peserta x 100%
            kind: ratio
            numerator: [lulus]
            denominator: [peserta]
  - id: kasi_a
    nama: KASI A
    atasan: kadis
    tugas: melatih
    kinerja:
      - nama: kinerja a
        indikator:
          - id: kasi_a_peserta
            nama: Jumlah peserta
            formulasi: jumlah peserta
            kind: count
            element: peserta
  - id: kasi_b
    nama: KASI B
    atasan: kadis
    tugas: menyelesaikan
    kinerja:
      - nama: kinerja b
        indikator:
          - id: kasi_b_kasus
            nama: Jumlah kasus
            formulasi: jumlah kasus
            kind: count
            element: kasus
elements:
  - { id: peserta, nama: Jumlah peserta pelatihan, satuan: orang, owner: kasi_a, aggregation: sum }
  - { id: lulus, nama: Jumlah peserta lulus, satuan: orang, owner: kasi_a, aggregation: sum }
  - { id: kasus, nama: Jumlah kasus, satuan: kasus, owner: kasi_b, aggregation: sum }
`;

export function miniIndex(yaml = MINI_YAML): CatalogueIndex {
  const r = loadCatalogue(yaml, 'mini.yaml');
  if (!r.catalogue || r.problems.some((p) => p.severity === 'error')) throw new Error(JSON.stringify(r.problems));
  return new CatalogueIndex(r.catalogue);
}

export interface MiniOptions {
  jabatanId?: string;
  year?: number;
  quarter?: number;
  catalogueHash?: string;
  format?: string;
  /** name -> [cell on Isian, value]; default: kasi_a's two elements with values 10 and 7. */
  cells?: Record<string, [string, ExcelJS.CellValue]>;
  /** Raw name text overrides (e.g. '#REF!'). */
  nameText?: Record<string, string>;
  metaState?: 'hidden' | 'veryHidden' | 'visible' | 'none';
  inputSheet?: string;
}

export async function miniWorkbook(index: CatalogueIndex, o: MiniOptions = {}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = o.inputSheet ?? 'Isian';
  const ws = wb.addWorksheet(sheet);
  ws.getCell('A1').value = 'Isian IKI';
  const cells = o.cells ?? { iki_peserta: ['G5', 10], iki_lulus: ['G6', 7], iki_note_kasi_a_peserta_kendala: ['G7', 'tidak ada kendala'] };
  for (const [name, [cell, value]] of Object.entries(cells)) {
    ws.getCell(cell).value = value;
    wb.definedNames.add(`${/\W/.test(sheet) ? `'${sheet}'` : sheet}!$${cell.replace(/(\d+)/, '$$$1')}`, name);
  }
  if (o.metaState !== 'none') {
    const m = wb.addWorksheet('_iki', { state: o.metaState ?? 'veryHidden' });
    const rows: [string, string | number][] = [
      ['format', o.format ?? 'iki-template/1'],
      ['catalogue_id', index.catalogue.id],
      ['catalogue_hash', o.catalogueHash ?? index.catalogue.hash],
      ['jabatan_id', o.jabatanId ?? 'kasi_a'],
      ['year', o.year ?? 2017],
      ['quarter', o.quarter ?? 1],
      ['generated_at', '2017-03-01T00:00:00.000Z'],
      ['tool_version', '0.1.0'],
    ];
    rows.forEach(([k, v], i) => {
      m.getCell(i + 1, 1).value = k;
      m.getCell(i + 1, 2).value = v;
    });
  }
  let buf: Buffer = Buffer.from(await wb.xlsx.writeBuffer());
  if (o.nameText) {
    const { editXlsx } = await import('./workbooks.js');
    buf = await editXlsx(buf, {
      'xl/workbook.xml': (x) => {
        for (const [name, text] of Object.entries(o.nameText!)) x = x.replace(new RegExp(`(<definedName name="${name}">)[^<]*`), `$1${text}`);
        return x;
      },
    });
  }
  return buf;
}
