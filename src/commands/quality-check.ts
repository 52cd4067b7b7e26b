// The data-quality checks of validate, ingest and report against the archive: the history of accepted
// submissions (from each record's values; a record written before they were kept has its workbook read
// again), the year's targets, and the workspace's `mutu` thresholds. Warnings only, never refusals.
import { readdirSync } from 'node:fs';
import type { CatalogueIndex } from '../model/catalogue.js';
import type { MutuConfig } from '../model/config.js';
import type { Quarter } from '../model/period.js';
import type { Problem } from '../model/problem.js';
import { MemoryHistory, qualityOf, valuesOfSubmission, type History, type QualityContext } from '../compute/quality-input.js';
import { readMany } from '../read/read-pool.js';
import type { Submission } from '../read/submission.js';
import { listArchive, type ArchiveEntry, type ArchiveListing, type ArchiveRecord } from '../store/archive.js';
import { readTargets } from '../store/targets-source.js';
import type { Targets } from '../compute/target.js';
import type { WorkspaceLayout } from '../store/workspace.js';
import type { CoreEnv } from './types.js';

const PERIOD_DIR = /^(\d{4})-TW[1-4]$/;

/** The values a record keeps, or undefined when it was written before records kept them. */
export function recordValues(r: ArchiveRecord): Map<string, number | null> | undefined {
  if (!r.values || typeof r.values !== 'object') return undefined;
  const out = new Map<string, number | null>(Object.entries(r.values).filter(([, v]) => typeof v === 'number'));
  for (const id of r.missing ?? []) out.set(id, null);
  return out;
}

/** Every year the archive has a period folder of. */
function archiveYears(ws: WorkspaceLayout): number[] {
  let names: string[] = [];
  try {
    names = readdirSync(ws.archive);
  } catch {
    return [];
  }
  return [...new Set(names.flatMap((n) => (PERIOD_DIR.test(n) ? [Number(PERIOD_DIR.exec(n)![1])] : [])))].sort();
}

/**
 * The archive's accepted submissions as a history, loaded per jabatan on demand (a jabatan's records
 * are cheap; reading an old record's workbook is not, so it happens only for the jabatan asked for).
 */
export class ArchiveHistory implements History {
  private readonly memory = new MemoryHistory();
  private readonly entries = new Map<string, ArchiveEntry[]>();
  private readonly loading = new Map<string, Promise<void>>();
  private readonly targets = new Map<number, Promise<Targets | undefined>>();
  private readonly fromRun = new Set<string>();

  constructor(
    private readonly ws: WorkspaceLayout,
    private readonly index: CatalogueIndex,
    private readonly env: CoreEnv,
    /** A year the caller has listed already (the report's): not listed again. */
    listed?: ArchiveListing,
  ) {
    for (const y of archiveYears(ws)) {
      for (const e of (y === listed?.year ? listed : listArchive(ws, y)).current) {
        const list = this.entries.get(e.record.jabatan_id) ?? [];
        list.push(e);
        this.entries.set(e.record.jabatan_id, list);
      }
    }
  }

  /** Make sure the jabatan a submission is judged against (its own and its indicators' element owners) are loaded. */
  async prepare(s: Submission): Promise<void> {
    const owners = new Set([s.meta.jabatanId]);
    for (const ind of this.index.indicatorsOf(s.meta.jabatanId)) {
      const ids = ind.kind === 'ratio' ? [...ind.numerator, ...ind.denominator] : [ind.element];
      for (const id of ids) owners.add(this.index.elements.get(id)?.owner ?? s.meta.jabatanId);
    }
    await Promise.all([...owners].map((j) => this.load(j)));
  }

  private load(jabatanId: string): Promise<void> {
    let p = this.loading.get(jabatanId);
    if (!p) {
      p = this.read(this.entries.get(jabatanId) ?? []);
      this.loading.set(jabatanId, p);
    }
    return p;
  }

  private async read(entries: ArchiveEntry[]): Promise<void> {
    const unread: ArchiveEntry[] = [];
    for (const e of entries) {
      if (this.fromRun.has(`${e.record.jabatan_id}/${e.record.year}-${e.record.quarter}`)) continue;
      const v = recordValues(e.record);
      if (v) this.keep(e.record.jabatan_id, e.record.year, e.record.quarter, v);
      else unread.push(e);
    }
    if (unread.length === 0) return;
    const tasks = unread.map((e) => ({ path: e.xlsx, shown: e.xlsx, expect: { year: e.record.year, quarter: e.record.quarter, jabatanId: e.record.jabatan_id }, pathHints: false }));
    const results = await readMany(tasks, { index: this.index, catalogueFile: this.ws.catalogue, workers: 0 });
    results.forEach((r, i) => {
      const e = unread[i]!;
      // A workbook that no longer reads, or is not the one accepted, is no history to judge by.
      if (r.ok && r.submission && r.sha256 === e.record.sha256) this.keep(e.record.jabatan_id, e.record.year, e.record.quarter, valuesOfSubmission(r.submission));
    });
  }

  private keep(jabatanId: string, year: number, quarter: Quarter, v: Map<string, number | null>): void {
    // A submission of this run, set while the archive was being read, wins over the archived one.
    if (!this.fromRun.has(`${jabatanId}/${year}-${quarter}`)) this.memory.set(jabatanId, year, quarter, v);
  }

  /** A submission of this run (ingest): later workbooks of the run are judged against it. */
  add(s: Submission): void {
    const q = s.meta.quarter as Quarter;
    this.fromRun.add(`${s.meta.jabatanId}/${s.meta.year}-${q}`);
    this.memory.set(s.meta.jabatanId, s.meta.year, q, valuesOfSubmission(s));
  }

  of(jabatanId: string, year: number, quarter: Quarter) {
    return this.memory.of(jabatanId, year, quarter);
  }

  /** One jabatan's accepted values of one triwulan, loading that jabatan first (generate: the previous triwulan). */
  async valuesOf(jabatanId: string, year: number, quarter: Quarter): Promise<ReadonlyMap<string, number | null> | undefined> {
    await this.load(jabatanId);
    return this.memory.of(jabatanId, year, quarter);
  }

  periodsOf(jabatanId: string) {
    return this.memory.periodsOf(jabatanId);
  }

  /** The year's targets; a missing or broken targets file is no target (validate and ingest do not check it). */
  targetsOf(year: number): Promise<Targets | undefined> {
    let t = this.targets.get(year);
    if (!t) {
      t = readTargets(this.ws, this.index, year, this.env.cwd).catch(() => undefined);
      this.targets.set(year, t);
    }
    return t;
  }
}

/** The quality warnings of one valid submission against the archive. */
export async function archiveQuality(s: Submission, history: ArchiveHistory, index: CatalogueIndex, mutu: MutuConfig): Promise<Problem[]> {
  await history.prepare(s);
  const targets = await history.targetsOf(s.meta.year);
  const ctx: QualityContext = { index, history, mutu, ...(targets ? { targetOf: (id: string, _y: number, q: Quarter) => targets.byIndicator.get(id)?.triwulan[q] } : {}) };
  return qualityOf(s, ctx);
}

/** Add the quality warnings to a read result (and to its submission, whose warnings an archive record keeps). */
export function addWarnings(r: { problems: Problem[]; submission?: Submission }, warnings: readonly Problem[]): void {
  r.problems.push(...warnings);
  if (r.submission && r.submission.problems !== r.problems) r.submission.problems.push(...warnings);
}

/** The workspace's quality settings and its archive as history, for one validate or ingest run. */
export async function qualityRun(ws: WorkspaceLayout, index: CatalogueIndex, env: CoreEnv): Promise<{ history: ArchiveHistory; mutu: MutuConfig; notes: Problem[] }> {
  const { readWorkspaceConfig } = await import('../store/config-source.js');
  const { config, problems } = await readWorkspaceConfig(ws, env.cwd, index);
  return { history: new ArchiveHistory(ws, index, env), mutu: config.mutu, notes: problems };
}
