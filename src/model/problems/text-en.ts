// Every problem's text in English (`--lang en`, IKI_LANG=en). Kept in step with text-id.ts: the type
// makes a code without its text here fail to compile. Domain nouns stay the users' own words
// (jabatan, indikator, triwulan, realisasi, capaian).
import type { Fmt } from '../format.js';
import type { ArgsOf, CatalogueIdKind, CatalogueRefKind, DocumentIssue, CellArgs, FileDamage, FsFailure, NotXlsxKind, OutputKind, PeriodOf, SchemaIssue, WriteTarget, ZipFlaw, ZipFlawKind } from './codes.js';
import { ID_NAMES, en as ui } from '../text/en.js';
import type { CellSource } from '../rollup.js';

const cells = (list: CellSource[], f: Fmt) => list.map((s) => `${s.file} ${f.ref(s.sheet, s.cell)}`).join(', ') || '(no cell)';
import type { ProblemTexts } from './text.js';

function why(a: FsFailure, f: Fmt): string {
  switch (a.reason) {
    case 'not-found':
      return 'it does not exist';
    case 'permission':
      return 'permission denied';
    case 'is-folder':
      return 'it is a folder, not a file';
    case 'not-a-folder':
      return 'part of the path is a file, not a folder';
    case 'read-only':
      return 'the disk is read-only';
    case 'disk-full':
      return 'the disk is full';
    case 'exists':
      return 'a file of that name appeared meanwhile';
    case 'too-large':
      return `it is too large (${f.num((a.size ?? 0) / 1048576, 1)} MB; at most ${f.num((a.max ?? 0) / 1048576, 1)} MB)`;
    case 'moved':
      return 'it was moved or deleted meanwhile';
    case 'other':
      return a.detail ?? 'an error of the operating system';
  }
}

const TARGET: Record<WriteTarget, string> = {
  templates: 'the templates',
  report: 'the report',
  archive: 'the archive',
  workspace: 'the workspace',
  lock: 'the workspace lock file',
  targets: 'the targets file',
  folder: 'the folder',
  reminders: 'the reminders file',
  riwayat: 'the history file',
  renstra: 'the Renstra file',
  feedback: 'the feedback workbook',
};

const OUTPUT: Record<OutputKind, string> = {
  template: 'The template file',
  targets: 'The targets file (it may hold targets someone typed)',
  workspace: 'This folder is already an iki workspace; it',
  catalogue: 'The catalogue file init would write',
  marker: 'A file named iki-workspace.json that is not a workspace marker',
  folder: 'A file where init makes a folder',
  riwayat: 'The history file (it may hold values someone typed)',
  renstra: 'The Renstra file (it may hold targets someone typed)',
};

const TYPE_EN: Record<string, string> = { string: 'text', number: 'a number', boolean: 'true or false', array: 'a list', list: 'a list', object: 'a mapping', mapping: 'a mapping', null: 'empty (null)', date: 'a date', undefined: 'nothing' };
const typeEn = (t: string) => TYPE_EN[t] ?? t;

function issueEn(i: SchemaIssue, f: Fmt): string {
  switch (i.kind) {
    case 'unknown-keys':
      return `unknown key${i.keys.length > 1 ? 's' : ''} ${f.list(i.keys.map(f.q))} (a typo?${i.suggestion ? ` Did you mean "${i.suggestion}"?` : ''})`;
    case 'missing':
      return `missing: this key is required (${typeEn(i.expected)})`;
    case 'type':
      return `must be ${typeEn(i.expected)}, not ${typeEn(i.received)}`;
    case 'one-of':
      return `must be one of ${f.list(i.options)} (not "${i.received}")`;
    case 'empty':
      return 'must not be empty';
    case 'too-few':
      return `needs at least ${f.count(i.min, 'item')}`;
    case 'too-small':
      return `must be ${i.inclusive ? 'at least' : 'more than'} ${f.num(i.min)} (not ${f.num(i.received)})`;
    case 'too-big':
      return `must be at most ${f.num(i.max)} (not ${f.num(i.received)})`;
    case 'format':
      return `"${i.received}" is not a valid ${i.format}`;
    case 'empty-document':
      return 'the file is empty';
    case 'invalid':
      return `this value (${typeEn(i.received)}) is not valid here`;
  }
}

const YAML_EN: Record<string, string> = {
  MISSING_CHAR: 'a closing quote or bracket is missing',
  DUPLICATE_KEY: 'the same key appears twice in one mapping',
  TAB_AS_INDENT: 'a tab is used for indentation; indent with spaces',
  BAD_INDENT: 'the indentation does not line up',
  BLOCK_AS_IMPLICIT_KEY: 'a mapping is written on one line after a key ("a: b: c")',
  MULTILINE_IMPLICIT_KEY: 'a key runs over more than one line',
  UNEXPECTED_TOKEN: 'an unexpected character',
};
const yamlEn = (a: { yamlCode: string; detail: string }) => YAML_EN[a.yamlCode] ?? a.detail;

const ID_EN: Record<CatalogueIdKind, string> = { jabatan: 'jabatan', element: 'element', unit: 'unit', indicator: 'indicator', note: 'note field' };
const REF_EN: Record<CatalogueRefKind, string> = {
  atasan: 'atasan jabatan',
  owner: 'owner jabatan',
  element: 'element',
  numerator: 'numerator element',
  denominator: 'denominator element',
  'penanggung-jawab': 'penanggung_jawab unit',
  kepala: 'kepala jabatan',
};
const at = (path: string) => path || '(the whole file)';

/** A schema issue of a YAML file the user maintains, in the user's words. */
function schemaText(a: DocumentIssue): string {
  const at = a.path || '(top of the file)';
  switch (a.issue) {
    case 'unknown-keys':
      return `${at}: unknown key${(a.keys ?? []).length > 1 ? 's' : ''} ${(a.keys ?? []).map((k) => `"${k}"`).join(', ')} (a typo?).`;
    case 'missing':
      return `${at}: this key is required.`;
    case 'not-number':
      return `${at}: must be a number (0 or more), without units or %.`;
    case 'not-mapping':
      return `${at}: must be a mapping of keys to values (key: value).`;
    case 'not-text':
      return `${at}: must be text.`;
    case 'negative':
      return `${at}: must be 0 or more.`;
    case 'not-integer':
      return `${at}: must be a whole number.`;
    case 'too-small':
      return `${at}: at least ${a.min}.`;
    case 'too-large':
      return `${at}: at most ${a.max}.`;
    case 'not-allowed':
      return `${at}: must be ${a.expected}.`;
    case 'bad-key':
      return `${at}: the key "${(a.keys ?? [])[0] ?? ''}" is not valid${a.expected ? `; expected ${a.expected}` : ''}.`;
    case 'wrong-type':
      return `${at}: wrong kind of value (expected ${a.expected ?? 'another shape'}).`;
  }
}

const FROM = { option: '--workspace', env: 'IKI_WORKSPACE', cwd: 'the current folder' } as const;

// ------------------------------------------------------------ helpers of the read side (file, identity, cell, ingest)
/** "2017-TW1" as people say it: "TW I 2017". */
function per(f: Fmt, key: string | undefined): string {
  const m = /^(\d{4})-TW([1-4])$/.exec(key ?? '');
  return m ? `${f.tw(Number(m[2]))} ${m[1]}` : (key ?? 'the previous triwulan');
}

const YAML_ERROR: Record<string, string> = {
  BAD_INDENT: 'the indentation (spaces at the start of a line) is uneven',
  TAB_AS_INDENT: 'a tab is used for indentation; use spaces',
  DUPLICATE_KEY: 'a key is written twice',
  MISSING_CHAR: 'a quote or bracket is not closed',
  BAD_DQ_ESCAPE: 'a backslash (\\) inside double quotes',
  BLOCK_AS_IMPLICIT_KEY: 'a key without a colon, or a value broken over two lines',
  MULTILINE_IMPLICIT_KEY: 'a key without a colon, or a value broken over two lines',
  UNEXPECTED_TOKEN: 'a punctuation mark out of place',
  BAD_SCALAR_START: 'a value starts with a special character; quote it',
  MULTIPLE_DOCS: 'the file holds more than one document (a --- line)',
  ALIAS_COUNT: 'too many aliases (*name)',
};


/** 1.5 MB / 12 KB */
function size(n: number, f: Fmt): string {
  return n >= 1048576 ? `${f.num(n / 1048576, 1)} MB` : `${f.num(Math.ceil(n / 1024), 0)} KB`;
}

const SAVE_AS = 'Open it in Excel or LibreOffice Calc and save it as "Excel Workbook (.xlsx)", then send that file.';
const FRESH = 'Ask Subbag Program for a fresh template and copy your numbers into it.';
const NOT_IKI = 'This is not a normal IKI workbook; do not open it. Ask for the template to be filled again.';

const NOT_XLSX: Record<NotXlsxKind, string> = {
  pdf: 'This is a PDF document renamed to .xlsx, not an Excel workbook.',
  text: 'This is a text file (CSV or similar), not an Excel workbook.',
  unknown: 'This file is not an Excel workbook (it does not start like an .xlsx file).',
  ods: 'This is an OpenDocument spreadsheet (.ods), not an Excel .xlsx workbook.',
  docx: 'This is a Word document, not an Excel .xlsx workbook.',
  zip: 'This is a zip file, not an Excel .xlsx workbook.',
};

const FLAW: Record<ZipFlawKind, (a: ZipFlaw) => string> = {
  'multi-part': () => 'a multi-part zip',
  zip64: (a) => (a.entry ? `entry ${a.entry} uses zip64 sizes` : 'a zip64 archive'),
  'directory-misplaced': () => 'the central directory is not where the end record says',
  'entry-damaged': (a) => `central directory entry ${a.entry} is damaged`,
  'entry-overrun': (a) => `entry ${a.entry} runs past its end`,
  encrypted: () => 'an encrypted part',
  'folder-content': (a) => `folder entry ${a.entry} has content`,
  'folder-mark': (a) => `entry ${a.entry} is marked as a folder`,
  'name-not-ascii': (a) => `entry ${a.entry} has a name that is not plain ASCII`,
  method: (a) => `a part compressed with method ${a.method}`,
  'local-header-missing': (a) => `the local header of entry ${a.entry} is missing`,
  'two-methods': (a) => `entry ${a.entry} has two compression methods`,
  'two-names': (a) => `entry ${a.entry} has two names`,
  'extra-bytes': () => 'the central directory has extra bytes',
};

function damaged(a: FileDamage): string {
  switch (a.damage) {
    case 'zip':
      return 'flaw' in a ? `The file's zip structure is damaged (${FLAW[a.flaw](a)}); it was changed or cut in transit.` : `The file is not a readable .xlsx: ${a.detail}.`;
    case 'inflate':
      return `The part ${a.part} cannot be decompressed (${a.detail}).`;
    case 'short-part':
      return `The part ${a.part} is shorter than its header says; the file was changed or cut in transit.`;
    case 'checksum':
      return `The part ${a.part} is damaged (its checksum does not match); the file was changed or cut in transit.`;
    case 'two-values':
      return `The part ${a.part} has a cell (${a.cell}) holding two values; it would be read as another number.`;
    case 'xml':
      return `The part ${a.part} is not well-formed XML (${a.detail}); the file was changed or cut in transit.`;
    case 'unreadable':
      return `The workbook could not be read: ${a.detail}.`;
  }
}

/** "kasi_a, 2017 TW I" */
function periodOf(p: PeriodOf, f: Fmt): string {
  const parts: string[] = [];
  if (p.jabatanId !== undefined) parts.push(`jabatan ${p.jabatanId}`);
  if (p.year !== undefined || p.quarter !== undefined) parts.push([p.year, p.quarter !== undefined ? f.tw(p.quarter) : undefined].filter((x) => x !== undefined).join(' '));
  return parts.join(', ');
}

const META = (p: Required<PeriodOf>, f: Fmt) => `the workbook (_iki) is for ${p.jabatanId}, ${p.year} ${f.tw(p.quarter)}`;

const short = (hash: string) => (hash ? hash.slice(0, 12) : '(none)');

/** "The cell for "Jumlah peserta"" or, for a formula's cached result, "The formula result for …". */
const cellOf = (a: CellArgs & { formula?: true }) => `${a.formula ? 'The formula result' : 'The cell'} for "${a.nama}"`;

const TYPE_WORD = { count: 'count (whole number)', decimal: 'decimal number', rupiah: 'rupiah amount', percent: 'percentage' } as const;
/** A value of an element's type as a reader sees it. */
const typed = (type: keyof typeof TYPE_WORD, v: number, f: Fmt) => (type === 'rupiah' ? `Rp ${f.num(v, 0)}` : type === 'percent' ? `${f.num(v, 6)} %` : f.num(v, 6));

/** A number as it should be typed: no thousands separator, a comma before the decimals. */
const plain = (v: number) => String(Number(v.toPrecision(15))).replace('.', ',');

function separator(a: ArgsOf<'cell.ambiguous-separator'>, f: Fmt): string {
  const mark = a.mark === '.' ? 'a dot' : a.mark === ',' ? 'a comma' : a.mark === '.,' ? 'dots and commas' : 'spaces';
  const head = `${cellOf(a)} holds "${a.raw}" with ${mark}`;
  switch (a.reading) {
    case 'thousands-or-decimal':
      return a.mark === '.'
        ? `${head}: it could be ${a.whole} (dot as the thousands separator) or ${f.num(a.decimal!, 6)} (dot as the decimal point).`
        : `${head}: it could be ${f.num(a.decimal!, 6)} (comma as the decimal point) or ${a.whole} (comma as the thousands separator).`;
    case 'groups':
      return `${head}: it probably means ${a.whole}, but iki does not guess.`;
    case 'fraction':
      return `${head}: it could be ${f.num(a.decimal!, 6)} (a fraction, which a count cannot have) or ${a.whole} (a separator typed by mistake).`;
    case 'unreadable':
      return `${head}: it cannot be read as one whole number.`;
  }
}

export const en = {
  // ------------------------------------------------------------ usage
  'usage.bad-year': {
    title: 'Invalid year',
    message: (a) => `"${a.given}" is not a year between 2000 and 2100.`,
    hint: 'Give a four-digit year, e.g. --year 2017.',
  },
  'usage.bad-quarter': {
    title: 'Invalid triwulan',
    message: (a) => `"${a.given}" is not a triwulan.`,
    hint: 'Give a triwulan from 1 to 4 (or I to IV), e.g. --quarter 1.',
  },
  'usage.bad-lang': {
    title: 'Unknown language',
    message: (a) => `"${a.given}" is not a language iki speaks.`,
    hint: 'Use --lang id (Indonesian, the default) or --lang en, or set IKI_LANG to one of them.',
  },
  'usage.unknown-jabatan': {
    title: 'Unknown jabatan',
    message: (a, f) => `There is no jabatan "${a.id}" in the catalogue.${a.suggestions.length ? ` Did you mean ${f.list(a.suggestions)}?` : ''}`,
    hint: 'See `iki catalogue list` for the ids.',
  },
  'usage.no-workspace': {
    title: 'Not in a workspace',
    message: (a) => `${a.dir} (from ${FROM[a.from]}) is not an iki workspace: it has no iki-workspace.json.`,
    hint: 'Create one with `iki init DIR`, then pass --workspace DIR or set IKI_WORKSPACE.',
  },
  'usage.workspace-locked': {
    title: 'Workspace busy',
    message: (a) => `Another iki ${a.command} (pid ${a.pid}, on ${a.host}) is running in this workspace since ${a.since}; nothing was changed.`,
    hint: (a) => `Wait for it to finish. If no iki is running (the computer was restarted), delete ${a.lockFile}.`,
  },
  'usage.lock-busy': {
    title: 'Workspace busy',
    message: () => 'Another iki is starting in this workspace right now; nothing was changed.',
    hint: 'Try again in a moment.',
  },
  'usage.not-found': {
    title: 'File or folder not found',
    message: (a) => `${a.path}: no such file or folder; nothing was read.`,
    hint: 'Check the name, or give the folder the workbooks are in.',
  },
  'usage.no-workbooks': {
    title: 'No workbooks',
    message: (a, f) => `No workbooks (.xlsx) in ${f.list(a.paths)}.`,
    hint: 'Put the filled workbooks in a folder (e.g. incoming/) and name it.',
  },
  'usage.output-exists': {
    title: 'Output exists',
    message: (a) => `${OUTPUT[a.what]} already exists: ${a.path}. Nothing was written.`,
    hint: (a) => (a.flag ? `Pass ${a.flag} to overwrite it.` : a.what === 'workspace' ? 'Use that workspace as it is, or make one in another folder.' : 'Move it away, or choose another folder.'),
  },
  'usage.unwritable': {
    title: 'Cannot write',
    message: (a, f) => `Cannot write ${TARGET[a.what]} (${a.path}): ${why(a, f)}.${a.written !== undefined ? ` Only ${a.written} of ${a.total} files were written; run again with --force.` : ''}`,
    hint: (a) =>
      a.what === 'archive'
        ? 'Check that the workspace folder is writable and the disk not full, then run the command again; what was archived before is unchanged.'
        : 'Choose another folder, or make this one writable; nothing else was changed.',
  },
  'usage.folder-in-the-way': {
    title: 'A folder is in the way',
    message: (a) => `Cannot write ${a.path}: a folder of that name is in the way.`,
    hint: 'Move or rename that folder, or choose another output name.',
  },
  'usage.file-in-the-way': {
    title: 'A file is in the way',
    message: (a) => `${a.path} cannot be a folder: ${a.blocker} is a file.`,
    hint: 'Choose another folder.',
  },
  'usage.archive-target': {
    title: 'Refusing to write into the archive',
    message: (a) => `${a.path} is inside the workspace archive, which holds only accepted submissions; nothing was written.`,
    hint: (a) =>
      a.what === 'templates'
        ? 'Leave --out out to use the workspace templates/ folder, or choose another folder.'
        : a.what === 'feedback'
          ? 'Give --feedback another folder, e.g. umpan-balik/.'
          : 'Write the report elsewhere, e.g. the workspace reports/ folder.',
  },
  'usage.feedback-over-original': {
    title: 'The feedback folder holds the workbooks checked',
    message: (a) => `The --feedback folder ${a.folder} is where ${a.file} is; a feedback copy would overwrite the original, so nothing was written.`,
    hint: 'Give --feedback another folder, e.g. umpan-balik/ (it is created when missing).',
  },
  'usage.out-extension': {
    title: 'Wrong output name',
    message: (a) => `The report is an Excel workbook: the output name must end in ${a.ext} (not ${a.path}).`,
    hint: (a) => `Give --out a name ending in ${a.ext}.`,
  },
  'usage.out-folder-missing': {
    title: 'Output folder missing',
    message: (a) => `The folder ${a.folder} does not exist.`,
    hint: 'Create it first, or choose another --out.',
  },
  'usage.catalogue-invalid': {
    title: 'Catalogue has errors',
    message: (a, f) => `The catalogue ${a.file} has ${f.count(a.errors, 'error')}; nothing was done.`,
    hint: 'Run `iki catalogue check` and fix them first.',
  },
  'usage.targets-invalid': {
    title: 'Targets file has errors',
    message: (a, f) => `The targets file ${a.file} has ${f.count(a.errors, 'error')}; nothing was done.`,
    hint: (a) => `Run \`iki targets check --year ${a.year}\` and fix them first.`,
  },
  'usage.targets-missing': {
    title: 'No targets file',
    message: (a) => `There are no targets for ${a.year}: ${a.file} does not exist.`,
    hint: (a) => `Create it with \`iki targets init --year ${a.year}\`.`,
  },

  // ------------------------------------------------------------ workspace
  'workspace.recovered': {
    title: 'Archive tidied after an interrupted run',
    message: (a, f) => `Tidied the archive after an interrupted run: ${f.count(a.completed, 'submission')} completed, ${f.count(a.removed, 'unfinished file')} removed.`,
  },
  'workspace.recover-failed': {
    title: 'Archive could not be tidied',
    message: (a, f) => `Could not tidy the archive after an interrupted run (${why(a, f)}); it is read as it is.`,
  },
  'workspace.lock-taken-over': {
    title: 'Stale lock taken over',
    message: (a) => `Took over a lock left by an iki ${a.command} that is no longer running (pid ${a.pid}, since ${a.since}).`,
  },

  // ------------------------------------------------------------ catalogue
  'catalogue.yaml-syntax': {
    title: 'YAML syntax error',
    message: (a) => `The YAML cannot be read here: ${yamlEn(a)}.`,
    hint: 'Check the indentation (spaces, not tabs) and the quotes near this line.',
  },
  'catalogue.yaml-warning': { title: 'YAML warning', message: (a) => `YAML warning: ${yamlEn(a)}.` },
  'catalogue.alias-bomb': {
    title: 'Too many YAML aliases',
    message: (a) => `The file uses ${a.aliases} YAML aliases (at most ${a.max}); it was not expanded.`,
    hint: 'Write the values out instead of repeating them with *aliases.',
  },
  'catalogue.schema': { title: 'Catalogue shape', message: (a, f) => `${at(a.path)}: ${issueEn(a.issue, f)}.`, hint: 'See docs/catalogue-format.md for every key.' },
  'catalogue.bad-id': {
    title: 'Invalid id',
    message: (a) => `The ${ID_EN[a.what]} id "${a.id}" is not a valid id.`,
    hint: 'Ids are lower snake case: a letter, then letters, digits or _ (at most 60 characters), e.g. kasi_penempatan.',
  },
  'catalogue.duplicate-id': {
    title: 'Duplicate id',
    message: (a) => `The ${ID_EN[a.what]} id "${a.id}" is used twice (first at ${a.first}).`,
    hint: 'Give one of them another id.',
  },
  'catalogue.unknown-ref': {
    title: 'Unknown reference',
    message: (a) => `${REF_EN[a.what]} "${a.id}" does not exist.${a.suggestion ? ` Did you mean "${a.suggestion}"?` : ''}`,
  },
  'catalogue.no-root': {
    title: 'No top jabatan',
    message: () => 'No jabatan has `atasan: null`, so there is no top of the tree.',
    hint: 'Exactly one jabatan must have `atasan: null`.',
  },
  'catalogue.many-roots': {
    title: 'Several top jabatan',
    message: (a) => `jabatan "${a.id}" also has no atasan; "${a.root}" is already the top.`,
    hint: 'Exactly one jabatan must have `atasan: null`.',
  },
  'catalogue.atasan-loop': { title: 'Loop in the atasan tree', message: (a) => `atasan loop: ${a.loop.join(' -> ')}.`, hint: 'Give one of them its real atasan.' },
  'catalogue.unreachable': {
    title: 'Jabatan not under the top',
    message: (a) => `jabatan "${a.id}" cannot be reached from the top "${a.root}" through atasan links.`,
  },
  'catalogue.unused-element': {
    title: 'Element no indicator uses',
    message: (a) => `element "${a.id}" is not used by any indicator; it would be typed for nothing.`,
    hint: 'Use it in an indicator, or remove it.',
  },
  'catalogue.empty-ratio': { title: 'Ratio without numerator or denominator', message: (a) => `ratio indicator "${a.indicator}" has no ${a.side} elements.` },
  'catalogue.ratio-self': { title: 'Element on both sides of a ratio', message: (a) => `element "${a.element}" is both numerator and denominator of "${a.indicator}".` },
  'catalogue.type-key': {
    title: 'Key does not fit the element type',
    message: (a) => `Element "${a.element}" is of type ${a.type}, always whole; \`decimals\` is only for type: decimal and type: percent.`,
    hint: 'Remove decimals, or change type to decimal if the element really has fractions.',
  },
  'catalogue.type-bound': {
    title: 'Bound does not fit the element type',
    message: (a, f) =>
      `Element "${a.element}" is of type ${a.type}, but ${a.key}: ${f.num(a.value, 6)} ${a.whole && !Number.isInteger(a.value) ? 'is a fraction' : `is outside that type's range (${f.num(a.low, 0)} to ${f.num(a.high, 0)})`}.`,
    hint: (a) => (a.whole ? `Write ${a.key} as a whole number between ${a.low} and ${a.high}.` : `Write ${a.key} between ${a.low} and ${a.high}.`),
  },
  'catalogue.min-over-max': {
    title: 'Lower bound above upper bound',
    message: (a, f) =>
      a.implied
        ? `Element "${a.element}" has max: ${f.num(a.max, 6)}, below its lower bound ${f.num(a.min, 6)} (without min, a decimal element starts at 0).`
        : `Element "${a.element}" has min: ${f.num(a.min, 6)} above max: ${f.num(a.max, 6)}; no value could be entered.`,
    hint: (a) => (a.implied ? 'Add min (it may be negative for type: decimal) or correct max.' : 'Swap or correct min and max.'),
  },
  'catalogue.kind-type': {
    title: 'Count indicator over an element that is not a count',
    message: (a) => `Indicator "${a.indicator}" is kind: count, but its element "${a.element}" is of type ${a.type}, not a count.`,
    hint: "Change it to kind: value: the indicator is then its element's value, of any type.",
  },
  'catalogue.kind-fields': {
    title: 'Fields do not match the indicator kind',
    message: (a) =>
      a.fault === 'count-without-element'
        ? `count indicator "${a.indicator}" needs an \`element\`.`
        : a.fault === 'count-with-sides'
          ? `count indicator "${a.indicator}" has numerator/denominator; use kind: ratio or remove them.`
          : `ratio indicator "${a.indicator}" has \`element\`; ratios use numerator and denominator.`,
  },
  'catalogue.duplicate-note': { title: 'Duplicate note field', message: (a) => `note field "${a.id}" is listed twice.` },

  // ------------------------------------------------------------ target
  'target.yaml-syntax': {
    title: 'YAML syntax error in targets',
    message: (a) => `The YAML cannot be read here: ${yamlEn(a)}.`,
    hint: 'Check the indentation (spaces, not tabs) and the quotes near this line.',
  },
  'target.yaml-warning': { title: 'YAML warning in targets', message: (a) => `YAML warning: ${yamlEn(a)}.` },
  'target.alias-bomb': {
    title: 'Too many YAML aliases',
    message: (a) => `The file uses ${a.aliases} YAML aliases (at most ${a.max}); it was not expanded.`,
    hint: 'Write the values out instead of repeating them with *aliases.',
  },
  'target.schema': {
    title: 'Targets file shape',
    message: (a, f) => `${at(a.path)}: ${issueEn(a.issue, f)}.`,
    hint: (a) => (a.path.startsWith('targets.') ? 'A target is a number (annual) or { tahun, tw1, tw2, tw3, tw4 }, each 0 or more, without units or %.' : undefined),
  },
  'target.unknown-indicator': {
    title: 'Target for an unknown indicator',
    message: (a) => `There is no indicator "${a.id}" in the catalogue.${a.suggestion ? ` Did you mean "${a.suggestion}"?` : ''}`,
    hint: 'See `iki catalogue list` for indicator ids.',
  },
  'target.year-mismatch': { title: 'Targets for another year', message: (a) => `The file is for ${a.fileYear}, not ${a.expected}.`, hint: (a) => `Set \`year: ${a.expected}\`, or check the file name.` },
  'target.over-100': { title: 'Percentage target above 100', message: (a, f) => `The target ${f.num(a.value)} for the percentage "${a.indicator}" is above 100 %.` },

  // ------------------------------------------------------------ file
  'file.unreadable': {
    title: 'File cannot be read',
    message: (a, f) =>
      a.stage === 'read'
        ? `Cannot read the file: ${a.reason === 'not-found' ? 'it is no longer there (moved or deleted while iki was running)' : why(a, f)}.`
        : `The file ${a.reason === 'not-found' ? 'was moved or deleted' : `became unreadable (${why(a, f)})`} while iki was checking it; it was not taken.`,
    hint: (a) => (a.stage === 'archive' ? 'Put it back and ingest it again.' : 'Check that the file is there and can be opened, then run the command again.'),
  },
  'file.changed': {
    title: 'File changed while being checked',
    message: () => 'The file changed while iki was checking it (is it being saved or copied right now?); it was not taken.',
    hint: 'Wait until it is saved, then ingest it again.',
  },
  'file.empty': {
    title: 'Empty file',
    message: () => 'The file is empty (0 bytes).',
    hint: 'The file has no content; ask for it to be sent again.',
  },
  'file.too-large': {
    title: 'File too large',
    message: (a, f) =>
      a.what === 'file'
        ? `The file is ${size(a.size, f)}; an IKI workbook may be at most ${size(a.max, f)}.`
        : `The workbook's sheets hold more than ${size(a.max, f)} of data (part ${a.part}); an IKI workbook holds far less.`,
    hint: (a) =>
      a.what === 'file' ? 'An IKI workbook is well under 1 MB; remove pasted pictures or send the template again.' : 'Delete the extra sheets or rows pasted into it, or fill a fresh template.',
  },
  'file.xls': {
    title: 'Old .xls or password-protected workbook',
    message: () => 'This is an old Excel 97-2003 (.xls) file or a password-protected workbook, not an .xlsx workbook.',
    hint: `${SAVE_AS} Remove any file password.`,
  },
  'file.not-xlsx': {
    title: 'Not an Excel workbook',
    message: (a) => NOT_XLSX[a.kind],
    hint: (a) =>
      a.kind === 'pdf'
        ? 'Send the filled Excel template itself, not a PDF or a scan of it.'
        : a.kind === 'text'
          ? 'Fill the Excel template itself and send it as .xlsx; a CSV loses the names iki reads values by.'
          : a.kind === 'ods'
            ? 'In LibreOffice Calc choose File > Save As, pick "Excel 2007-365 (.xlsx)" and send that file.'
            : SAVE_AS,
  },
  'file.truncated': {
    title: 'Damaged or incomplete file',
    message: (a) => `The file is cut short or damaged (${a.detail}).`,
    hint: 'An interrupted download or copy? Ask for the file to be sent again.',
  },
  'file.damaged': {
    title: 'Damaged workbook',
    message: (a) => damaged(a),
    hint: SAVE_AS,
  },
  'file.zip-bomb': {
    title: 'File expands to too much data',
    message: (a, f) =>
      'overDeclared' in a
        ? `A part of the file${a.part ? ` (${a.part})` : ''} expands to more than its header declares; it was not read further.`
        : `The file expands to more than ${size(a.max, f)} (part ${a.part}: ${size(a.size, f)} or more) from ${size(a.fileSize, f)}.`,
    hint: NOT_IKI,
  },
  'file.too-many-entries': {
    title: 'Too many parts inside the file',
    message: (a, f) => `The file holds ${f.num(a.entries)} parts; an .xlsx workbook has a few dozen (at most ${f.num(a.max)} allowed).`,
    hint: NOT_IKI,
  },
  'file.ods-unsupported': {
    title: 'An .ods file iki cannot read',
    message: (a) =>
      a.shape === 'too-many-cells'
        ? 'This .ods file holds far more cells than an IKI template, so iki does not read it.'
        : a.shape === 'repeated-values'
          ? 'This .ods file holds one value repeated over thousands of cells (a whole column or row, for instance), so iki does not read it.'
          : a.shape === 'too-large-sheet'
            ? 'This .ods file has a sheet larger than Excel can open.'
            : 'This .ods file holds no sheet.',
    hint: 'Open the file in LibreOffice Calc, choose File > Save As, set the file type to "Excel 2007-365 (.xlsx)", click Save, and answer the format question with "Use Excel 2007-365!". Send that .xlsx file.',
  },
  'file.xml-entities': {
    title: 'Unsafe XML inside the file',
    message: (a) => `The part ${a.part} declares a DOCTYPE or ENTITY; Excel never writes these.`,
    hint: NOT_IKI,
  },
  'file.too-many-names': {
    title: 'Too many defined names',
    message: (a, f) => `The workbook has ${f.num(a.names)} defined names; at most ${f.num(a.max)} are allowed.`,
    hint: 'Use a fresh template and copy the numbers into it.',
  },
  'file.name-range': {
    title: 'Defined name over a huge range',
    message: (a, f) => `The defined name "${a.name}" covers ${f.num(a.cells)} cells (${a.range}); at most ${f.num(a.max)} are allowed.`,
    hint: 'Delete it (Formulas > Name Manager) or use a fresh template.',
  },
  'file.xml-nesting': {
    title: 'XML nested too deeply',
    message: (a) => `The part ${a.part} nests XML elements far deeper than any spreadsheet program writes; its content cannot be trusted.`,
    hint: NOT_IKI,
  },
  'file.not-regular': {
    title: 'Not a regular file',
    message: (a) => `This path is not a regular file (${a.kind === 'fifo' ? 'a named pipe (FIFO)' : a.kind === 'device' ? 'a device' : a.kind === 'socket' ? 'a socket' : 'another kind'}), so it is not opened.`,
    hint: 'Name the real .xlsx file, or copy it into the incoming folder.',
  },
  'file.lock-file': {
    title: 'An Excel lock file, not a workbook',
    message: () => 'This file (its name starts with ~$) is written by Excel while a workbook is open; it holds no workbook.',
    hint: 'Close Excel and delete the ~$ file; the workbook itself is the file of the same name without ~$.',
  },
  'file.column-range': {
    title: 'Invalid column range',
    message: (a, f) => `The part ${a.part} has a column range from ${f.num(a.min)} to ${f.num(a.max)}; Excel has columns 1 to ${f.num(16384)}.`,
    hint: SAVE_AS,
  },

  // ------------------------------------------------------------ identity
  'identity.no-meta': {
    title: 'Not an iki template',
    message: (a) => `The workbook has no "${a.sheet}" sheet, so it is not an iki template (or the sheet was deleted); iki cannot tell which jabatan and triwulan it is for.`,
    hint: FRESH,
  },
  'identity.format': {
    title: 'Unknown template format',
    message: (a, f) =>
      'invalid' in a
        ? `The "${a.sheet}" sheet has an invalid ${f.list(a.invalid.map((x) => `${x.key} "${x.value}"`))}; it was edited.`
        : a.found
          ? `The template format is "${a.found}"; this iki reads "${a.expected}".${/^iki-template\/\d+$/.test(a.found) ? ' It was made by another version of iki.' : ''}`
          : `The "${a.sheet}" sheet has no format row; it was changed or is not from iki.`,
    hint: FRESH,
  },
  'identity.unknown-jabatan': {
    title: 'Jabatan not in the catalogue',
    message: (a) => `The workbook is for jabatan "${a.jabatanId}", which is not in the catalogue ${a.catalogueId}.`,
    hint: FRESH,
  },
  'identity.catalogue-changed': {
    title: 'Template from an older catalogue',
    message: (a) => `The template was made from an older catalogue (${short(a.was)}, now ${short(a.now)}); every isian it carries still exists, so it is read as is.`,
    hint: 'Use a fresh template (`iki generate`) next triwulan.',
  },
  'identity.catalogue-incompatible': {
    title: 'Template does not fit the current catalogue',
    message: (a, f) =>
      a.was !== undefined
        ? `The template was made from another version of the catalogue (${short(a.was)}, now ${short(a.now ?? '')}) and has cells for isian that no longer exist: ${f.list(a.names)}.`
        : `The workbook has cells named for isian that the catalogue does not have: ${f.list(a.names)}.`,
    hint: FRESH,
  },
  'identity.period-mismatch': {
    title: 'Workbook for another jabatan or triwulan',
    message: (a, f) => `Expected ${periodOf(a.expected, f)}, but ${META(a.found, f)}.`,
    hint: 'Use the template made for this jabatan and triwulan.',
  },
  'identity.file-name-mismatch': {
    title: 'Triwulan or jabatan differs from the file name',
    message: (a, f) => `The ${a.from === 'file' ? 'file name' : 'folder'} says ${periodOf(a.named, f)}, but ${META(a.found, f)}; iki goes by _iki.`,
    hint: 'Check that this is the right file; rename it if only the name is wrong.',
  },
  'identity.sheet-missing': {
    title: 'Input sheet deleted',
    message: (a) =>
      a.name
        ? `The name ${a.name} for "${a.label}" points at sheet "${a.sheet}", which is not in the workbook.`
        : `The input sheet "${a.sheet}" is missing (deleted or renamed) and the isian names point at no sheet, so no value can be read.`,
    hint: FRESH,
  },
  'identity.name-missing': {
    title: 'Input cell name missing',
    message: (a) =>
      a.all
        ? `The workbook has none of the named input cells (${a.name} ...): the names were deleted, or the sheet was copied into another file.`
        : `The named cell ${a.name} for "${a.nama}" is missing from the workbook (deleted in Name Manager?).`,
    hint: FRESH,
  },
  'identity.names-share-cell': {
    title: 'Two names on one cell',
    message: (a) => `The names ${a.names.join(' and ')} point at the same cell (${a.sheet}!${a.cell}), so one entry would be read for two isian.`,
    hint: 'Do not change the cell names (Formulas > Name Manager). Use a fresh template and copy the numbers into it.',
  },
  'identity.name-broken': {
    title: 'Input cell name broken',
    message: (a) =>
      a.points === 'ref-error' ? `The name ${a.name} for "${a.label}" points at #REF!: its cell or sheet was deleted.` : `The name ${a.name} for "${a.label}" points at ${a.text}, not at one cell.`,
    hint: FRESH,
  },
  'identity.name-unknown': {
    title: 'Unknown iki name',
    message: (a) => `The name ${a.name} is not a note field of this jabatan in the current catalogue; its text is not read.`,
  },
  'identity.foreign-element': {
    title: 'Isian of another jabatan',
    message: (a) =>
      `The cell ${a.name} ("${a.nama}") is an isian of ${a.ownerNama} (${a.owner}), not of ${a.jabatanNama} (${a.jabatan})${a.moved ? '; the catalogue moved it since this template was made' : ''}.`,
    hint: 'Each jabatan types only its own isian; use the template made for this jabatan.',
  },
  'identity.element-added': {
    title: 'Isian not in this template',
    message: (a) => `The template has no cell for "${a.nama}" (${a.name}): it was added to this jabatan after the template was made; it counts as not reported.`,
    hint: 'The catalogue now asks this jabatan for it; use a fresh template next time.',
  },
  'identity.meta-visible': {
    title: 'The _iki sheet was unhidden',
    message: (a) => `The "${a.sheet}" sheet is visible; it is normally hidden (harmless if unchanged).`,
  },

  // ------------------------------------------------------------ cell
  'cell.blank': {
    title: 'Not reported (blank)',
    message: (a) => `"${a.nama}" is blank (not reported).`,
    hint: 'If the count is zero, type 0; a blank cell means "not reported", never 0.',
  },
  'cell.text-with-unit': {
    title: 'Text with a unit',
    message: (a) => `${cellOf(a)} holds "${a.raw}": a number with text${a.unit ? ` ("${a.unit}")` : ''}.`,
    // The number to type is shown as digits only: a thousands separator is what the cell must not have.
    hint: (a) => `Type only the number${a.number !== undefined ? `, e.g. ${a.number}` : ''}; the satuan (${a.satuan}) is already shown next to the cell.`,
  },
  'cell.ambiguous-separator': {
    title: 'Number with a dot or comma',
    message: (a, f) => separator(a, f),
    hint: (a) =>
      a.reading === 'fraction'
        ? `A count is a whole number: type it in digits only (e.g. ${a.whole} if that is what was meant).`
        : a.whole !== undefined
          ? `Type the whole number without dots or commas, e.g. ${a.whole}.`
          : 'Type the count as a whole number in digits only, without dots or commas.',
  },
  'cell.words': {
    title: 'Words instead of a number',
    message: (a) => `${cellOf(a)} holds "${a.raw}", ${a.zero ? 'not a number' : 'words instead of a number'}.`,
    hint: (a) => (a.zero ? 'If the count is zero, type 0; if it is not known yet, leave the cell empty.' : 'Type the count in digits, e.g. 12 (not "dua belas"); if it is zero, type 0.'),
  },
  'cell.negative': {
    title: 'Negative count',
    message: (a) => `${cellOf(a)} holds ${a.raw}, a negative number.`,
    hint: 'A count cannot be below 0; type the number of things counted (0 or more).',
  },
  'cell.decimal': {
    title: 'Decimal in a count',
    message: (a, f) => `${cellOf(a)} is ${f.num(a.value, 6)}, which has a fraction.`,
    hint: (a) => `A count is a whole number: type ${a.below} or ${a.above}, whichever is right (check that no dot or comma slipped in).`,
  },
  'cell.error-value': {
    title: 'Error value in the cell',
    message: (a) => `${cellOf(a)} shows the error ${a.error}.`,
    hint: 'Fix or delete the formula and type the number itself.',
  },
  'cell.date': {
    title: 'Date instead of a number',
    message: (a, f) => `${cellOf(a)} holds a date (${a.date ? f.date(a.date) : 'an invalid date'}), not a count.`,
    hint: 'Excel turned what was typed into a date; set the cell format to Number (Format Cells > Number) and type the count again.',
  },
  'cell.formula-no-result': {
    title: 'Formula without a saved result',
    message: (a) => `The cell for "${a.nama}" has a formula (=${a.formula}) but no saved result, so its value is unknown.`,
    hint: 'Open the file in Excel or LibreOffice Calc, let it calculate, save it and send it again; or type the number instead of a formula.',
  },
  'cell.not-finite': {
    title: 'Not a finite number',
    message: (a) => `${cellOf(a)} is ${a.raw}, not a count.`,
    hint: 'Type the count as a plain whole number.',
  },
  'cell.too-large': {
    title: 'Number too large',
    message: (a) => `${cellOf(a)} holds ${a.raw}, a number too large to be read exactly.`,
    hint: 'Type the count as a plain whole number.',
  },
  'cell.shared-string-missing': {
    title: 'Cell text missing from the file',
    message: (a, f) =>
      a.count === null
        ? `The cell for "${a.nama}" holds text, but the file's text table (sharedStrings) is missing.`
        : `The cell for "${a.nama}" points at text number ${f.num(a.index)}, but the file's text table holds only ${f.num(a.count)}.`,
    hint: SAVE_AS,
  },
  'cell.unreadable-value': {
    title: 'Cell content damaged',
    message: (a) => `The cell for "${a.nama}" is stored as ${a.kind === 'number' ? 'a number' : 'TRUE/FALSE'}, but holds "${a.raw}".`,
    hint: SAVE_AS,
  },
  'cell.out-of-range': {
    title: 'Value out of bounds',
    message: (a, f) => `${cellOf(a)} is ${typed(a.type, a.value, f)}, ${a.bound === 'min' ? 'below the lowest allowed' : 'above the highest allowed'}, ${typed(a.type, a.limit, f)}.`,
    hint: (a, f) =>
      a.type === 'percent' && a.bound === 'max' && a.value > 100
        ? 'Type a percentage from 0 to 100 without the % sign, e.g. 5,8 for 5.8 %. Check also for a misplaced dot or comma.'
        : `Type a value of ${a.bound === 'min' ? 'at least' : 'at most'} ${typed(a.type, a.limit, f)}; check also for a misplaced dot or comma.`,
  },
  'cell.two-readings': {
    title: 'A number that reads two ways',
    message: (a, f) =>
      `${cellOf(a)} holds "${a.raw}", which reads as ${typed(a.type, a.readings[0], f)} (dots grouping thousands, a comma marking decimals) or ${typed(a.type, a.readings[1], f)} (commas grouping thousands, a dot marking decimals); iki does not guess.`,
    hint: (a) => `Type the number meant without thousands separators, with a comma as decimal mark: ${plain(a.readings[0])} or ${plain(a.readings[1])}.`,
  },
  'cell.rupiah-fraction': {
    title: 'A fraction of a rupiah',
    message: (a, f) => `${cellOf(a)} is ${f.num(a.value, 6)} rupiah, a fraction.`,
    hint: (a) => `Rupiah amounts are whole: type ${a.below} or ${a.above}, whichever is right (check also for a stray dot or comma).`,
  },
  'cell.not-a-value': {
    title: 'Not a number',
    message: (a) => `${cellOf(a)} holds "${a.raw}", which cannot be read as a ${TYPE_WORD[a.type]}.`,
    hint: (a) =>
      a.type === 'rupiah'
        ? 'Type the amount in digits, e.g. 1234567 or 1.234.567 ("Rp" may be left out).'
        : a.type === 'percent'
          ? 'Type the percentage as a number from 0 to 100 with a comma as decimal mark, e.g. 5,8.'
          : 'Type the number with a comma as decimal mark, e.g. 82,75.',
  },
  'cell.not-number': {
    title: 'Not a number',
    message: (a) => (a.boolean ? `${cellOf(a)} is ${a.raw}, not a count.` : `${cellOf(a)} holds something that is not a number.`),
    hint: 'Type the count as a plain whole number.',
  },

  // ------------------------------------------------------------ note
  'note.too-long': {
    title: 'Note longer than allowed',
    message: (a, f) => `"${a.label}" has ${f.num(a.length)} characters; at most ${f.num(a.max)} fit in the report.`,
    hint: 'Shorten it, or put the details in a separate document and name it under Data Dukung.',
  },

  // ------------------------------------------------------------ ingest
  'ingest.duplicate-in-run': {
    title: 'Same jabatan and triwulan twice',
    message: (a, f) => `This workbook is also for ${a.jabatanId}, ${a.year} ${f.tw(a.quarter)}, with different content; ${a.first} came first and is the one used.`,
    hint: 'Keep one of the two files (the newer one) and ingest it alone, with --replace if needed.',
  },
  'ingest.copy-in-run': {
    title: 'The same file twice',
    message: (a) => `The same file as ${a.first} (identical content); read once.`,
  },
  'ingest.conflict': {
    title: 'A different submission is already archived',
    message: (a, f) =>
      `The archive already has a different workbook for ${a.jabatanId}, ${a.year} ${f.tw(a.quarter)} (${a.originalName}, taken ${f.date(a.takenAt)}); this one was not taken.`,
    hint: 'If this file is the correction, run the command again with --replace (the earlier one is kept under replaced/).',
  },
  'feedback.written': {
    title: 'Feedback workbook written',
    message: (a) => `Feedback copy written to ${a.path}: ${a.marked} cells marked, ${a.listed} problems on the Umpan Balik sheet.`,
    hint: 'Send this copy to its sender: they fix the marked cells, save, and send it back.',
  },
  'feedback.not-written': {
    title: 'No feedback copy',
    message: (a) =>
      a.reason === 'changed'
        ? 'This file changed after it was checked, so no feedback copy was made (the problems above may no longer fit its content).'
        : a.reason === 'unreadable'
          ? 'This file cannot be opened as a workbook, so no feedback copy was made.'
          : 'This file is not an Excel workbook (.xlsx), so no feedback copy was made.',
    hint: 'Tell its sender the problem above, and ask for the filled .xlsx template.',
  },
  'report.unverified': {
    title: 'Workbooks not verified',
    message: (a, f) => `${a.count} workbook${a.count === 1 ? '' : 's'} of ${f.tw(a.quarter)} ${a.year} ${a.count === 1 ? 'is' : 'are'} not verified (${a.jabatan.join(', ')}); the values resting on them are marked unverified.`,
    hint: (a) => `Check their numbers, then run \`iki verify --year ${a.year} --quarter ${a.quarter} --jabatan ID... --oleh NAME\`.`,
  },
  'report.returned': {
    title: 'Workbook returned',
    message: (a, f) => `The workbook of ${a.jabatanId} for ${f.tw(a.quarter)} ${a.year} was returned${a.oleh ? ` by ${a.oleh}` : ''} (reason: ${a.alasan}) and not replaced yet; its values are still used, but not verified.`,
    hint: 'Ask its sender to fix and resend it (`iki remind` writes the message), then take it with `iki ingest --replace`.',
  },
  'report.verification-required': {
    title: 'The report waits for verification',
    message: (a, f) => `${a.unverified} workbook${a.unverified === 1 ? '' : 's'} up to ${f.tw(a.through)} ${a.year} ${a.unverified === 1 ? 'is' : 'are'} not verified, and ${a.file} requires verification (laporan.wajib_verifikasi); the report was not written.`,
    hint: 'Verify the workbooks listed with `iki verify`, or set laporan.wajib_verifikasi to tidak, then run `iki report` again.',
  },
  'ingest.unchanged': {
    title: 'Already archived (same file)',
    message: (a, f) => `Already in the archive (same content, taken ${f.date(a.takenAt)}); nothing to do.`,
  },
  'ingest.archive-incomplete': {
    title: 'Archive entry incomplete',
    message: (a) =>
      a.why === 'file-missing'
        ? `The archive record ${a.record} names ${a.file}, which is missing.`
        : a.why === 'other-period'
          ? `The archive record ${a.record} is for another period than its folder; it is ignored.`
          : `The archive record ${a.record} cannot be read; it is ignored.`,
    hint: (a) => (a.why === 'file-missing' ? 'Ingest the workbook again.' : 'Do not edit archive/ by hand; ingest the workbook again with --replace.'),
  },

  // ------------------------------------------------------------ config (iki.yaml)
  'config.unreadable': {
    title: 'Workspace configuration cannot be read',
    message: (a, f) => `Cannot read the configuration file ${a.file}: ${why(a, f)}.`,
  },
  'config.invalid': {
    title: 'Workspace configuration has errors',
    message: (a, f) => `The workspace configuration ${a.file} has ${f.count(a.errors, 'error')}; nothing was done.`,
    hint: 'Fix the errors listed (with their line and column), then run the command again.',
  },
  'config.yaml-syntax': {
    title: 'iki.yaml is not valid YAML',
    message: (a) => `The file cannot be read: ${YAML_ERROR[a.error] ?? 'the YAML is malformed'} (${a.detail}).`,
    hint: 'Check the indentation (spaces, not tabs) and the quotes around this line.',
  },
  'config.unknown-key': {
    title: 'Unknown key',
    message: (a) => `Unknown key "${a.key}" in ${a.section || 'the top level'}.${a.suggestion ? ` Did you mean "${a.suggestion}"?` : ''}`,
    hint: (a, f) => `The keys known here: ${f.list(a.known)}. Check the spelling.`,
  },
  'config.bad-format': {
    title: 'Unknown configuration format',
    message: (a) => `format is "${a.given}"; this iki knows ${a.expected}.`,
    hint: (a) => `Write format: ${a.expected}, or delete the line.`,
  },
  'config.bad-date': {
    title: 'Not a date',
    message: (a) => `${a.key} is "${a.given}", not a valid date.`,
    hint: 'Write dates as year-month-day, e.g. 2017-04-10.',
  },
  'config.bad-number': {
    title: 'Not a number',
    message: (a, f) =>
      `${a.key} must be ${a.integer ? 'a whole number' : 'a number'}${a.min !== undefined && a.max !== undefined ? ` from ${f.num(a.min)} to ${f.num(a.max)}` : a.min !== undefined ? ` of at least ${f.num(a.min)}` : a.max !== undefined ? ` of at most ${f.num(a.max)}` : ''}; it is "${a.given}".`,
    hint: 'Type the number alone, without a unit or %, e.g. 50.',
  },
  'config.bad-boolean': {
    title: 'Not yes or no',
    message: (a) => `${a.key} must be ya or tidak (yes or no); it is "${a.given}".`,
    hint: 'Type ya or tidak (or true / false).',
  },
  'config.bad-text': {
    title: 'Not text',
    message: (a) => `${a.key} must be text; it is ${a.given}.`,
    hint: 'Write the text in quotes, e.g. "Subbag Program dan Pelaporan".',
  },
  'config.bad-section': {
    title: 'Configuration section written wrongly',
    message: (a) => `${a.key} must hold the keys below it (one a line, indented), not "${a.given}".`,
    hint: 'See the layout of iki.yaml in the README.',
  },
  'config.bad-choice': {
    title: 'Unknown choice',
    message: (a, f) => `${a.key} is "${a.given}"; the choices are ${f.list(a.choices)}.`,
  },
  'config.bad-year': {
    title: 'Not a year',
    message: (a) => `In ${a.key}, "${a.given}" is not a year.`,
    hint: 'Write a four-digit year followed by a colon, e.g. 2017:',
  },
  'config.unknown-jabatan': {
    title: 'Unknown jabatan',
    message: (a, f) => `There is no jabatan "${a.id}" in the catalogue.${a.suggestions.length ? ` Did you mean ${f.list(a.suggestions)}?` : ''}`,
    hint: 'The jabatan ids are listed by `iki catalogue list`.',
  },
  'config.due-before-end': {
    title: 'Due date before the triwulan ends',
    message: (a, f) => `The due date ${f.date(a.date)} is not after the triwulan ends (${f.date(a.end)}), so no workbook can be on time.`,
    hint: 'Check the year and triwulan; a due date is usually some days after the triwulan ends.',
  },

  // ------------------------------------------------------------ verify
  'verify.no-submission': {
    title: 'No accepted workbook',
    message: (a, f) => `No workbook of ${a.jabatan} for ${f.tw(a.quarter)} ${a.year} is in the archive, so there is nothing to verify or return. Nothing was recorded.`,
    hint: (a) => `Check with \`iki status --year ${a.year}\`; accept the workbook first with \`iki ingest\`.`,
  },
  'verify.reason-required': {
    title: 'No reason for returning',
    message: () => '--return needs --alasan: the sender must know what to fix. Nothing was recorded.',
    hint: 'For example: --return --alasan "Jumlah peserta TW I tidak sesuai daftar hadir".',
  },
  'verify.already': {
    title: 'Already recorded',
    message: (a, f) => `This workbook of ${a.jabatan} is already ${a.state === 'diverifikasi' ? 'verified (diverifikasi)' : 'returned (dikembalikan)'}${a.oleh ? ` by ${a.oleh}` : ''} on ${f.date(a.at)}; not recorded again.`,
  },

  // ------------------------------------------------------------ log
  'log.damaged-line': {
    title: 'Damaged record line',
    message: (a) => `A line of the ${a.log === 'verifikasi' ? 'verification' : 'refused-workbook'} record cannot be read (cut short, or edited by hand); it is skipped.`,
    hint: (a) => `The other lines are used. If that line mattered, run the command again (${a.log === 'verifikasi' ? '`iki verify`' : '`iki ingest`'}).`,
  },
  'log.unreadable': {
    title: 'Record cannot be read',
    message: (a, f) => `Cannot read the ${a.log === 'verifikasi' ? 'verification' : 'refused-workbook'} record ${a.file}: ${why(a, f)}. Nothing was changed.`,
    hint: "Make sure the workspace's archive folder can be read, then run the command again.",
  },

  // ------------------------------------------------------------ quality (warnings, never refusals)
  'quality.stock-drop': {
    title: 'Stock fell sharply',
    message: (a, f) => `${a.nama} fell from ${f.num(a.previous)} (${per(f, a.previousPeriod)}) to ${f.num(a.value)}, down ${f.pct(a.dropPct)}; the limit is ${f.pct(a.threshold, 0)}.`,
    hint: 'Check the number: it is a level at the end of the triwulan and rarely falls that much. If it is right, explain why in the kendala cell.',
  },
  'quality.outlier': {
    title: 'Value far from the usual',
    message: (a, f) =>
      a.method === 'sd'
        ? `${a.nama} is ${f.num(a.value)}, outside its usual range (${f.num(a.low)} to ${f.num(a.high)}: the mean of ${a.n} earlier triwulan, ${f.num(a.mean ?? 0)}, ± ${f.num(a.k ?? 0)} × the standard deviation ${f.num(a.sd ?? 0)}).`
        : `${a.nama} is ${f.num(a.value)}, ${a.value > a.high ? `more than ${f.num(a.factor ?? 0)} times` : `less than 1/${f.num(a.factor ?? 0)} of`} the value of ${per(f, a.previousPeriod)} (${f.num(a.previous ?? 0)}).`,
    hint: 'Check the number (a typo, a running total, another unit?). If it is right, explain why in the kendala cell.',
  },
  'quality.copied': {
    title: 'Same as the previous triwulan',
    message: (a, f) => `All ${a.values} values are exactly those of ${per(f, a.previousPeriod)}: last triwulan's workbook sent again, or its numbers copied?`,
    hint: "Make sure the numbers sent are this triwulan's.",
  },
  'quality.explanation-missing': {
    title: 'Kendala not filled in',
    message: (a, f) => {
      const parts = a.reasons.map((r) =>
        r === 'worse'
          ? `is worse than in ${per(f, a.previousPeriod)} (${f.num(a.previous ?? 0)})`
          : a.polarity === 'lower'
            ? `is above the target ${f.num(a.target ?? 0)} (lower is better)`
            : `is short of the target ${f.num(a.target ?? 0)}`,
      );
      return `${a.nama}: the realisasi ${f.num(a.value)} ${f.list(parts)}, but the kendala is blank.`;
    },
    hint: 'Write the kendala (the obstacle) in this cell, e.g. why the target was not reached.',
  },

  // ------------------------------------------------------------ generate
  'generate.default-folder': {
    title: 'Templates written to a new folder here',
    message: (a) => `Not in an iki workspace: the templates go to ${a.folder}.`,
    hint: 'Use --out to choose another folder.',
  },

  // ------------------------------------------------------------ files the user maintains
  'catalogue.unreadable': {
    title: 'Catalogue file cannot be read',
    message: (a, f) => `Cannot read the catalogue ${a.file}: ${why(a, f)}.`,
    hint: 'Check the name with --catalogue, or run the command inside a workspace.',
  },
  'target.unreadable': {
    title: 'Targets file cannot be read',
    message: (a, f) => `Cannot read the targets file ${a.file}: ${why(a, f)}.`,
  },

  // ------------------------------------------------------------ rollup (the report's numbers)
  'rollup.no-data': {
    title: 'No accepted submission for the period',
    message: (a, f) => `No accepted workbook for ${a.through === 4 ? a.year : `${a.year} up to ${f.tw(a.through)}`}; there is nothing to report.`,
    hint: 'Ingest the filled workbooks first (`iki ingest incoming/`), then check with `iki status`.',
  },
  'rollup.archive-unreadable': {
    title: 'Archived workbook no longer valid',
    message: (a, f) =>
      a.why === 'invalid'
        ? 'The archived workbook cannot be read or no longer passes validation (see the problems above).'
        : `The archived workbook changed after it was accepted on ${f.date(a.takenAt)} (its sha256 differs from ${a.record}).`,
    hint: "Restore the archived file from a backup, or ingest the jabatan's workbook again with `iki ingest FILE --replace`.",
  },
  'rollup.duplicate-submission': {
    title: 'Two submissions for one jabatan and triwulan',
    message: (a, f) => `Two accepted workbooks for ${a.jabatanId} ${f.tw(a.quarter)} ${a.year}: ${a.first} and ${a.second}; the first is used.`,
    hint: 'Keep one of them in the archive (ingest the right one with --replace).',
  },
  'rollup.foreign-submission': {
    title: 'Submission outside the report',
    message: (a, f) =>
      a.why === 'unknown-jabatan'
        ? `The workbook is for jabatan "${a.jabatanId}", which is not in the catalogue.`
        : `The workbook is for ${f.tw(a.quarter)} ${a.year}, not for the ${a.reportYear} report.`,
    hint: 'It was left out of the report.',
  },
  'rollup.missing-workbook': {
    title: 'Workbook not submitted',
    message: (a, f) => `No accepted workbook from ${a.nama} (${a.jabatanId}) for ${f.tw(a.quarter)} ${a.year}${a.elements ? ` (it enters ${f.count(a.elements, 'count')})` : ''}.`,
    hint: 'Ask the jabatan for the workbook and ingest it; every value depending on it is marked missing until then.',
  },
  'rollup.blank': {
    title: 'Count left blank (not reported)',
    message: (a, f) => `${a.elementId} (${a.nama}) is blank for ${f.tw(a.quarter)} ${a.year}: counted as not reported.`,
    hint: 'A blank is "not reported", not 0: if the count is 0, type 0 and ingest the workbook again with --replace.',
  },
  'rollup.invalid': {
    title: 'Count not usable',
    message: (a, f) => `${a.elementId} (${a.nama}) for ${f.tw(a.quarter)} ${a.year} holds ${f.q(a.raw)}, which is not a count; left out.`,
    hint: 'Correct the cell and ingest the workbook again with --replace.',
  },
  'rollup.not-in-template': {
    title: 'Count not in the template',
    message: (a, f) => `The workbook has no cell for ${a.elementId} (${a.nama}) for ${f.tw(a.quarter)} ${a.year}; it was made from an older catalogue.`,
    hint: 'Generate a new template for this jabatan and triwulan, fill it and ingest it with --replace.',
  },
  'rollup.partial': {
    title: 'Value from incomplete data',
    message: (a, f) => `${a.indicatorId} (${a.jabatan}) for ${ui.rollup.period(a.period, f)}: computed from incomplete data (${a.reasons.map((r) => ui.rollup.reason(r, ID_NAMES, f)).join('; ')}).`,
  },
  'rollup.no-denominator': {
    title: 'Percentage without a denominator',
    message: (a, f) => `${a.indicatorId} (${a.jabatan}) for ${ui.rollup.period(a.period, f)}: no percentage, ${a.zero ? 'the denominator is 0' : 'the denominator was not reported'}.`,
  },
  'rollup.numerator-over': {
    title: 'Numerator above its denominator',
    message: (a, f) =>
      `${a.indicatorId} (${a.jabatan}) for ${ui.rollup.period(a.period, f)}: numerator ${f.num(a.numerator)} (${cells(a.numeratorCells, f)}) is above denominator ${f.num(a.denominator)} (${cells(a.denominatorCells, f)}).`,
    hint: 'Check both cells; if the indicator may exceed 100 %, set allow_over: true in the catalogue.',
  },
  // ------------------------------------------------------------ riwayat (realisasi of years before iki)
  'riwayat.unreadable': {
    title: 'History file cannot be read',
    message: (a, f) => `Cannot read the history file ${a.file}: ${why(a, f)}.`,
  },
  'riwayat.missing': {
    title: 'No history file',
    message: (a) => `There is no history for ${a.year}: ${a.file} does not exist.`,
    hint: (a) => `Create it with \`iki riwayat init --year ${a.year}\`, then type that year's realisasi.`,
  },
  'riwayat.invalid': {
    title: 'History file has errors',
    message: (a, f) => `The history file ${a.file} has ${f.count(a.errors, 'error')}; nothing was done.`,
    hint: (a) => `Run \`iki riwayat check --year ${a.year}\` and fix them first.`,
  },
  'riwayat.yaml-syntax': {
    title: 'YAML syntax error',
    message: (a) => `This is not valid YAML here (the YAML reader says: ${a.detail}).`,
    hint: 'Check the indentation (spaces, not tabs), the colon after each indicator id, and the quotes near this line.',
  },
  'riwayat.schema': {
    title: 'History file has the wrong shape',
    message: (a) => schemaText(a),
    hint: (a) => (a.path.startsWith('realisasi.') ? 'A realisasi is a number (the year), or { tahun: 80, tw1: 70, tw2: 75, tw3: 78, tw4: 80, target: 85 }; percentages without %.' : undefined),
  },
  'riwayat.unknown-indicator': {
    title: 'Unknown indicator',
    message: (a) => `No indicator "${a.id}" in the catalogue.${a.suggestion ? ` Did you mean "${a.suggestion}"?` : ''}`,
    hint: 'Copy the indicator ids from the file `iki riwayat init` writes, or from `iki catalogue show`.',
  },
  'riwayat.year-mismatch': {
    title: 'History file is for another year',
    message: (a) => `This file holds the history of ${a.year}, but its name is for ${a.expected}.`,
    hint: (a) => `Type year: ${a.expected}, or rename the file to riwayat/${a.year}.yaml.`,
  },
  'riwayat.over-100': {
    title: 'Percentage above 100',
    message: (a, f) => `Realisasi ${f.num(a.value)} for the percentage ${a.id} is above 100 %.`,
    hint: 'Check the number: this percentage is normally at most 100.',
  },
  'riwayat.total-mismatch': {
    title: 'Year total differs from the triwulan sum',
    message: (a, f) => `The year's realisasi of ${a.id} is ${f.num(a.tahun)}, but TW I–IV add up to ${f.num(a.sum)}.`,
    hint: 'Fix one of them, or remove the year value so that the triwulan sum is used.',
  },
  'riwayat.in-archive': {
    title: 'The archive holds this year',
    message: (a) => `The workspace archive holds workbooks for ${a.year}: comparisons use the archive, not this history file.`,
  },

  // ------------------------------------------------------------ renstra (the five-year plan)
  'renstra.unreadable': {
    title: 'Renstra file cannot be read',
    message: (a, f) => `Cannot read the Renstra file ${a.file}: ${why(a, f)}.`,
  },
  'renstra.missing': {
    title: 'No Renstra file',
    message: (a) => `There are no Renstra targets: ${a.file} does not exist.`,
    hint: 'Create it with `iki renstra init --from 2016 --to 2021`, then type the kondisi awal and each year\'s target.',
  },
  'renstra.invalid': {
    title: 'Renstra file has errors',
    message: (a, f) => `The Renstra file ${a.file} has ${f.count(a.errors, 'error')}; nothing was done.`,
    hint: 'Run `iki renstra check` and fix them first.',
  },
  'renstra.yaml-syntax': {
    title: 'YAML syntax error',
    message: (a) => `This is not valid YAML here (the YAML reader says: ${a.detail}).`,
    hint: 'Check the indentation (spaces, not tabs), the colon after each indicator id, and the quotes near this line.',
  },
  'renstra.schema': {
    title: 'Renstra file has the wrong shape',
    message: (a) => schemaText(a),
    hint: (a) => (a.path.startsWith('indikator.') ? 'Each indicator: { kondisi_awal: 55, target: { 2017: 60, 2018: 64 }, target_akhir: 78 }; numbers only, percentages without %.' : undefined),
  },
  'renstra.unknown-indicator': {
    title: 'Unknown indicator',
    message: (a) => `No indicator "${a.id}" in the catalogue.${a.suggestion ? ` Did you mean "${a.suggestion}"?` : ''}`,
    hint: 'Copy the indicator ids from the file `iki renstra init` writes, or from `iki catalogue show`.',
  },
  'renstra.periode': {
    title: 'Invalid Renstra period',
    message: (a) => `Renstra period ${a.awal}–${a.akhir}: the last year must come after the first.`,
    hint: 'Write periode: { awal: 2016, akhir: 2021 }.',
  },
  'renstra.periode-flags': {
    title: 'Invalid Renstra period',
    message: (a) => `--from ${a.from} --to ${a.to}: the last year must come after the first; nothing was written.`,
    hint: 'Type for example --from 2016 --to 2021.',
  },
  'renstra.year-outside': {
    title: 'Year outside the Renstra period',
    message: (a) => `The target of ${a.id} for ${a.year} is outside the Renstra period ${a.awal}–${a.akhir}.`,
    hint: 'Remove that year, or correct the period.',
  },
  'renstra.year-missing': {
    title: 'Renstra targets incomplete',
    message: (a, f) => `${a.id} has no Renstra target for ${f.list(a.years.map(String))}.`,
  },
  'renstra.over-100': {
    title: 'Percentage above 100',
    message: (a, f) => `Renstra target ${f.num(a.value)} for the percentage ${a.id} is above 100 %.`,
  },
  'renstra.final-mismatch': {
    title: 'Final target differs from the last year\'s',
    message: (a, f) => `The final target of ${a.id} is ${f.num(a.targetAkhir)}, but the target for ${a.year} (the Renstra's last year) is ${f.num(a.target)}.`,
    hint: 'They are normally the same; check one of them.',
  },
} satisfies ProblemTexts;
