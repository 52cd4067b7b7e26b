// exceljs, loaded once and only when a command needs it: `require('exceljs')` costs 0.3–0.8 s, and most
// runs (help, catalogue, status, most workbooks read by the fast reader) never need it.
import type { Workbook } from 'exceljs';

/** The part of the exceljs module iki uses (the Workbook class; reading and writing go through it). */
export interface ExcelModule {
  Workbook: new () => Workbook;
}

/** The module itself, or a function that loads it when first needed. */
export type ExcelSource = ExcelModule | (() => Promise<ExcelModule>);

let loaded: Promise<ExcelModule> | undefined;

/**
 * The exceljs Workbook class, loaded on first call (the same promise after). Its package entry also
 * loads the streaming reader and writer, which iki never uses and which cost about 0.12 s; exceljs is
 * pinned (4.4.0), so load the class's own module, falling back to the package entry if a later version
 * moves it.
 */
export function loadExcel(): Promise<ExcelModule> {
  return (loaded ??= load());
}

async function load(): Promise<ExcelModule> {
  const direct = 'exceljs/lib/doc/workbook.js';
  try {
    const m = (await import(direct)) as { default?: ExcelModule['Workbook'] };
    if (typeof m.default === 'function') return { Workbook: m.default };
  } catch {
    // fall through to the package entry
  }
  // exceljs is CommonJS: under ESM its API is the default export (its typings do not say so).
  const mod = (await import('exceljs')) as unknown as { default?: ExcelModule } & ExcelModule;
  return mod.default ?? mod;
}

/** The module from a source: given, or loaded now. */
export function excelOf(source: ExcelSource): Promise<ExcelModule> {
  return typeof source === 'function' ? source() : Promise.resolve(source);
}
