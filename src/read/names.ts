// The defined names a workbook carries (iki_<element> and iki_note_<indicator>_<field>), checked against
// what the catalogue asks of the jabatan, and followed to their cells. Values are found by these names,
// never by row position (DESIGN.md "Contracts").
import type { CatalogueIndex, Jabatan, NoteField } from '../model/catalogue.js';
import { ELEMENT_NAME_PREFIX, META_SHEET, NOTE_NAME_PREFIX, noteName, type TemplateMeta } from '../model/contract.js';
import { problem, type Location, type Problem } from '../model/problem.js';
import type { BookLike, DefinedName, SheetEntry, SheetLike } from './book.js';
import { parseCellRef } from './xlsx.js';

export interface ResolvedName {
  name: string;
  ref: ReturnType<typeof parseCellRef>;
}

/** iki_ names by lower-case name; a workbook-scoped name wins over a sheet-local copy. */
export function resolveNames(names: DefinedName[], sheets: SheetEntry[]): Map<string, ResolvedName> {
  const out = new Map<string, ResolvedName & { local: boolean }>();
  for (const n of names) {
    const lower = n.name.toLowerCase();
    if (!lower.startsWith(ELEMENT_NAME_PREFIX)) continue;
    const local = n.localSheetId !== undefined;
    const prev = out.get(lower);
    if (prev && !prev.local) continue;
    let ref = parseCellRef(n.text);
    // A name without a sheet refers to its own sheet (local) — rare, but resolve it.
    if (ref.kind === 'cell' && ref.sheet === undefined && local) ref = { ...ref, sheet: sheets[n.localSheetId!]?.name };
    out.set(lower, { name: n.name, ref, local });
  }
  return out;
}

/** Two or more iki names on one cell (two isian or notes would share one typed value): one error per cell. */
export function sharedCells(resolved: Map<string, ResolvedName>, file: string): Problem[] {
  const byCell = new Map<string, { sheet: string; cell: string; names: string[] }>();
  for (const n of resolved.values()) {
    if (n.ref.kind !== 'cell' || n.ref.sheet === undefined) continue;
    const key = `${n.ref.sheet}\u0000${n.ref.cell}`;
    const at = byCell.get(key) ?? { sheet: n.ref.sheet, cell: n.ref.cell, names: [] };
    at.names.push(n.name);
    byCell.set(key, at);
  }
  return [...byCell.values()].filter((c) => c.names.length > 1).map((c) => problem('identity.names-share-cell', { names: c.names.sort(), sheet: c.sheet, cell: c.cell }, { file, sheet: c.sheet, cell: c.cell }));
}

/** The note fields of a jabatan's indicators, by lower-case defined name. */
export function noteFieldsOf(index: CatalogueIndex, jabatanId: string): Map<string, { indicatorId: string; field: NoteField }> {
  const out = new Map<string, { indicatorId: string; field: NoteField }>();
  for (const ind of index.indicatorsOf(jabatanId)) {
    for (const f of index.catalogue.notes) out.set(noteName(ind.id, f.id).toLowerCase(), { indicatorId: ind.id, field: f });
  }
  return out;
}

/** What the checks of names against the catalogue need to know. */
export interface NameContext {
  file: string;
  index: CatalogueIndex;
  jabatan: Jabatan;
  meta: TemplateMeta;
  resolved: Map<string, ResolvedName>;
  noteFields: Map<string, unknown>;
  ownedIds: Set<string>;
  catalogueChanged: boolean;
}

/**
 * Names that do not fit this jabatan in the current catalogue: a note field it does not have (a
 * warning), isian the catalogue no longer has or that belong to another jabatan (errors), and, when
 * every name still fits a changed catalogue, a note that the template is older.
 */
export function checkNames(c: NameContext, problems: Problem[]): void {
  const gone: string[] = [];
  const foreign: ResolvedName[] = [];
  for (const [lower, n] of c.resolved) {
    if (lower.startsWith(NOTE_NAME_PREFIX)) {
      if (!c.noteFields.has(lower)) problems.push(problem('identity.name-unknown', { name: n.name }, { file: c.file, name: n.name }));
      continue;
    }
    const id = lower.slice(ELEMENT_NAME_PREFIX.length);
    if (!c.index.elements.has(id)) gone.push(n.name);
    else if (!c.ownedIds.has(id)) foreign.push(n);
  }
  const hashes = { was: c.meta.catalogueHash, now: c.index.catalogue.hash };
  if (gone.length) problems.push(problem('identity.catalogue-incompatible', { names: gone, ...(c.catalogueChanged ? hashes : {}) }, { file: c.file }));
  for (const n of foreign) {
    const el = c.index.elements.get(n.name.toLowerCase().slice(ELEMENT_NAME_PREFIX.length))!;
    const args = {
      name: n.name,
      nama: el.nama,
      owner: el.owner,
      ownerNama: c.index.jabatan.get(el.owner)?.nama ?? el.owner,
      jabatan: c.jabatan.id,
      jabatanNama: c.jabatan.nama,
      moved: c.catalogueChanged,
    };
    problems.push(problem('identity.foreign-element', args, nameLocation(c.file, n)));
  }
  if (c.catalogueChanged && !gone.length && !foreign.length) problems.push(problem('identity.catalogue-changed', hashes, { file: c.file, sheet: META_SHEET }));
}

/** Where a name points, for a problem about it. */
export function nameLocation(file: string, n: ResolvedName, cell?: { sheet: string; cell: string }): Location {
  const l: Location = { file, name: n.name };
  if (cell) {
    l.sheet = cell.sheet;
    l.cell = cell.cell;
  } else if (n.ref.kind === 'cell') {
    if (n.ref.sheet) l.sheet = n.ref.sheet;
    l.cell = n.ref.cell;
  }
  return l;
}

/** The cell a name points at and its value, or a problem saying why there is none. `label`: the isian's nama or the note's label. */
export function cellOf(workbook: BookLike, n: ResolvedName, file: string, label: string, problems: Problem[]): { sheet: string; cell: string; value: unknown } | undefined {
  const ref = n.ref;
  if (ref.kind === 'ref-error') {
    problems.push(problem('identity.name-broken', { name: n.name, label, points: 'ref-error' }, { file, name: n.name }));
    return undefined;
  }
  if (ref.kind !== 'cell') {
    problems.push(problem('identity.name-broken', { name: n.name, label, points: ref.kind, text: ref.text }, { file, name: n.name }));
    return undefined;
  }
  const ws: SheetLike | undefined = ref.sheet !== undefined ? workbook.getWorksheet(ref.sheet) : undefined;
  if (!ws) {
    problems.push(problem('identity.sheet-missing', { sheet: ref.sheet ?? '', name: n.name, label }, { file, name: n.name, cell: ref.cell }));
    return undefined;
  }
  return { sheet: ws.name, cell: ref.cell, value: ws.getCell(ref.cell).value };
}
