// Workspaces for the chase modules (verify, remind): the small catalogue, and archived submissions made
// straight through the archive API (no workbook needed: verify and remind read only the records).
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CoreEnv } from '../../src/commands/types.js';
import type { Lang } from '../../src/model/format.js';
import type { Quarter } from '../../src/model/period.js';
import { archiveSubmission, type ArchiveEntry } from '../../src/store/archive.js';
import { layout, WORKSPACE_FORMAT, type WorkspaceLayout } from '../../src/store/workspace.js';
import { tempDir } from '../helpers.js';
import { SMALL_CATALOGUE } from './small-catalogue.js';

export interface SmallWorkspace {
  dir: string;
  ws: WorkspaceLayout;
  cleanup(): void;
}

/** A workspace (marker, folders) with the small catalogue (kadis > kabid_a > kasi_satu, kasi_dua). */
export function smallWorkspace(catalogue = SMALL_CATALOGUE): SmallWorkspace {
  const t = tempDir('iki-chase-');
  const ws = layout(join(t.dir, 'ws'));
  for (const d of [ws.root, ws.templates, ws.incoming, ws.archive, ws.reports]) mkdirSync(d, { recursive: true });
  writeFileSync(ws.catalogue, catalogue);
  writeFileSync(ws.marker, `${JSON.stringify({ format: WORKSPACE_FORMAT })}\n`);
  return { dir: t.dir, ws, cleanup: t.cleanup };
}

/** Archive a (fake) submission as ingest would, taken in at `takenAt`. */
export function archiveFake(ws: WorkspaceLayout, o: { jabatan: string; quarter: Quarter; takenAt: string; year?: number; content?: string; replace?: boolean }): ArchiveEntry {
  const bytes = Buffer.from(o.content ?? `${o.jabatan}/${o.quarter}/${o.takenAt}`);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const a = archiveSubmission(
    ws,
    bytes,
    {
      jabatan_id: o.jabatan,
      year: o.year ?? 2017,
      quarter: o.quarter,
      sha256,
      size: bytes.length,
      taken_at: o.takenAt,
      original_name: `IKI_${o.year ?? 2017}_TW${o.quarter}_${o.jabatan}.xlsx`,
      original_path: `incoming/IKI_${o.year ?? 2017}_TW${o.quarter}_${o.jabatan}.xlsx`,
      catalogue_id: 'contoh-kecil',
      catalogue_hash: 'x',
      generated_at: '2017-03-01T00:00:00.000Z',
      checked_against: 'catalogue.yaml',
      tool_version: '0.1.0',
      counts: { elements: 1, values: 1, blank: 0, notes: 0, warnings: 0 },
      missing: [],
      warnings: [],
    },
    { replace: o.replace ?? false },
  );
  if (a.action !== 'added' && a.action !== 'replaced') throw new Error(`archive: ${a.action}`);
  return a.entry;
}

/** A core environment at a fixed time. */
export function envAt(cwd: string, iso: string, lang: Lang = 'id'): CoreEnv {
  return { cwd, env: {}, lang, now: () => new Date(iso) };
}
