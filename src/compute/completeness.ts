// Completeness, computed once for `iki status` and `iki report`: every jabatan of the tree is expected
// to send one workbook each triwulan (each has its own workbook, even one with no isian: its notes and
// signature are part of the cycle); received ÷ expected is the reporting rate.
import type { CatalogueIndex } from '../model/catalogue.js';
import { templateFileName } from '../model/contract.js';
import type { Quarter } from '../model/period.js';
import type { Completeness, Receipt } from '../model/rollup.js';

/**
 * Who sent what, per triwulan. `receivedFile(jabatanId, quarter)` names the workbook that stands for
 * that jabatan and triwulan, or undefined when none is in; a missing one is named by the file the
 * template would have (IKI_<year>_TW<q>_<jabatan>.xlsx).
 */
export function completeness(
  index: CatalogueIndex,
  year: number,
  quarters: readonly Quarter[],
  receivedFile: (jabatanId: string, quarter: Quarter) => string | undefined,
): Completeness {
  const out: Completeness = { jabatan: [], byQuarter: quarters.map((quarter) => ({ quarter, received: 0, expected: 0 })), total: { received: 0, expected: 0 } };
  for (const j of index.subtree(index.root.id)) {
    const row: Completeness['jabatan'][number] = { jabatanId: j.id, quarters: {} };
    quarters.forEach((q, i) => {
      const file = receivedFile(j.id, q);
      const receipt: Receipt = file !== undefined ? { status: 'received', file } : { status: 'missing', file: templateFileName(year, q, j.id) };
      row.quarters[q] = receipt;
      const c = out.byQuarter[i]!;
      c.expected++;
      if (receipt.status === 'received') c.received++;
    });
    out.jabatan.push(row);
  }
  for (const c of out.byQuarter) {
    out.total.received += c.received;
    out.total.expected += c.expected;
  }
  return out;
}

/** The (jabatan, triwulan) pairs whose workbook is not in, in tree then triwulan order. */
export function missingWorkbooks(c: Completeness): { jabatanId: string; quarter: Quarter; file: string }[] {
  const out: { jabatanId: string; quarter: Quarter; file: string }[] = [];
  for (const { quarter } of c.byQuarter) {
    for (const row of c.jabatan) {
      const r = row.quarters[quarter];
      if (r?.status === 'missing') out.push({ jabatanId: row.jabatanId, quarter, file: r.file });
    }
  }
  return out;
}

/** received / expected × 100, or null when nothing is expected. */
export function reportingRate(t: { received: number; expected: number }): number | null {
  return t.expected > 0 ? (t.received / t.expected) * 100 : null;
}
