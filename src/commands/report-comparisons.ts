// What `iki report` compares this year with (the LKjIP, PermenPANRB 53/2014 ch. III): each earlier
// year from the workspace archive where it holds that year (re-read and rolled up, judged against
// that year's targets file), otherwise from its history file riwayat/<year>.yaml; and the Renstra
// (targets/renstra.yaml). A broken history or Renstra file stops the report (exit 2), as a broken
// targets file does; an earlier archived year's own problems stay with that year's report.
import { existsSync, readdirSync } from 'node:fs';
import type { CatalogueIndex } from '../model/catalogue.js';
import { compare, yearFromRiwayat, yearFromRollup, type Comparison, type YearValues } from '../compute/comparison.js';
import { rollup, type RollupResult } from '../compute/rollup.js';
import type { Penilaian } from '../compute/target.js';
import { readRenstra, readRiwayat, riwayatYears } from '../store/comparison-sources.js';
import { readTargets } from '../store/targets-source.js';
import type { WorkspaceLayout } from '../store/workspace.js';
import { readArchived } from './archive-read.js';
import type { CoreEnv } from './types.js';

/** How many earlier years the laporan shows at most (the LKjIP compares with the last few). */
const MAX_EARLIER = 3;

export interface Comparisons {
  comparisons: Comparison[];
  renstra?: { awal: number; akhir: number };
  /** Where each earlier year came from, most recent first. */
  years: { year: number; source: 'arsip' | 'riwayat' }[];
  /** The Renstra file was found. */
  hasRenstra: boolean;
}

/** Years the archive holds (a folder YYYY-TWq), ascending. */
function archivedYears(ws: WorkspaceLayout): number[] {
  if (!existsSync(ws.archive)) return [];
  const years = new Set<number>();
  for (const name of readdirSync(ws.archive)) {
    const m = /^(\d{4})-TW[1-4]$/.exec(name);
    if (m) years.add(Number(m[1]));
  }
  return [...years].sort((a, b) => a - b);
}

export async function gatherComparisons(
  ws: WorkspaceLayout,
  index: CatalogueIndex,
  current: RollupResult,
  penilaian: Penilaian | undefined,
  env: CoreEnv,
): Promise<Comparisons> {
  const year = current.year;
  const archived = new Set(archivedYears(ws).filter((y) => y < year));
  const fromFiles = riwayatYears(ws).filter((y) => y < year);
  const wanted = [...new Set([...archived, ...fromFiles])].sort((a, b) => b - a).slice(0, MAX_EARLIER);
  const { onProgress: _quiet, ...quietEnv } = env;
  const earlier: YearValues[] = [];
  for (const y of wanted) {
    if (archived.has(y)) {
      const read = await readArchived(ws, index, y, 4, quietEnv);
      if (read.submissions.length > 0) {
        const r = rollup({ index, year: y, through: 4, submissions: read.submissions });
        const targets = await readTargets(ws, index, y, env.cwd);
        earlier.push(yearFromRollup(r, targets));
        continue;
      }
    }
    const riwayat = await readRiwayat(ws, index, y, env.cwd);
    if (riwayat) earlier.push(yearFromRiwayat(riwayat));
  }
  const renstra = await readRenstra(ws, index, env.cwd);
  const comparisons = compare({ index, current, earlier, ...(renstra ? { renstra } : {}), ...(penilaian ? { penilaian } : {}) });
  return {
    comparisons,
    ...(renstra ? { renstra: { awal: renstra.awal, akhir: renstra.akhir } } : {}),
    years: earlier.map((e) => ({ year: e.year, source: e.source })),
    hasRenstra: renstra !== undefined,
  };
}
