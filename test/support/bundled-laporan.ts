// The bundled example (fixtures/workspace, 2017) as the report would see it: the archive re-read and
// rolled up, judged against targets/2017.yaml, compared with riwayat/2016.yaml and the Renstra. Phase 2
// moves this gathering into the report command; the tests of the laporan model and the PDF use it now.
import { join, relative, sep } from 'node:path';
import { compare, yearFromRiwayat, type Comparison } from '../../src/compute/comparison.js';
import type { Renstra } from '../../src/compute/renstra.js';
import { rollup, type RollupResult } from '../../src/compute/rollup.js';
import { judgeRollup, type Judged } from '../../src/compute/target.js';
import type { CatalogueIndex } from '../../src/model/catalogue.js';
import { readMany } from '../../src/read/read-pool.js';
import type { Submission } from '../../src/read/submission.js';
import { requireCatalogue } from '../../src/store/catalogue-source.js';
import { readRenstra, readRiwayat, riwayatYears } from '../../src/store/comparison-sources.js';
import { readTargets } from '../../src/store/targets-source.js';
import { layout } from '../../src/store/workspace.js';
import { listArchive } from '../../src/store/archive.js';
import { ROOT } from '../helpers.js';

export const FIXTURE = join(ROOT, 'fixtures', 'workspace');

export interface BundledLaporan {
  index: CatalogueIndex;
  result: RollupResult;
  judged: Judged;
  comparisons: Comparison[];
  renstra: Renstra;
}

export async function bundledLaporan(year = 2017): Promise<BundledLaporan> {
  const ws = layout(FIXTURE);
  const { index } = await requireCatalogue({ workspace: ws.root }, ROOT, {});
  const listing = listArchive(ws, year);
  const reads = await readMany(
    listing.current.map((e) => ({ path: e.xlsx, shown: relative(ws.root, e.xlsx).split(sep).join('/'), expect: { year, quarter: e.record.quarter, jabatanId: e.record.jabatan_id }, pathHints: false })),
    { index, catalogueFile: ws.catalogue, workers: 0 },
  );
  const submissions = reads.filter((r) => r.ok && r.submission).map((r) => r.submission as Submission);
  const result = rollup({ index, year, through: 4, submissions });
  const targets = (await readTargets(ws, index, year, FIXTURE))!;
  const judged = judgeRollup(index, result, targets);
  const earlier = await Promise.all(
    riwayatYears(ws)
      .filter((y) => y < year)
      .map(async (y) => yearFromRiwayat((await readRiwayat(ws, index, y, FIXTURE))!)),
  );
  const renstra = (await readRenstra(ws, index, FIXTURE))!;
  const comparisons = compare({ index, current: result, earlier, renstra, penilaian: targets.penilaian });
  return { index, result, judged, comparisons, renstra };
}
