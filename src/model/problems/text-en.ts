// Every problem's text in English (`--lang en`, IKI_LANG=en). Kept in step with text-id.ts: the type
// makes a code without its text here fail to compile. Domain nouns stay the users' own words
// (jabatan, indikator, triwulan, realisasi, capaian).
import type { Fmt } from '../format.js';
import type { FsFailure, OutputKind, SchemaIssue, WriteTarget } from './codes.js';
import { legacyTexts } from './legacy.js';
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
  riwayat: 'the history file',
  renstra: 'the Renstra file',
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

/** A schema issue of a YAML file the user maintains, in the user's words. */
function schemaText(a: SchemaIssue): string {
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

export const en = {
  ...legacyTexts(),

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
    hint: (a) => (a.flag ? `Pass ${a.flag} to overwrite it.` : 'Move it away, or choose another folder.'),
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
    hint: (a) => (a.what === 'templates' ? 'Leave --out out to use the workspace templates/ folder, or choose another folder.' : 'Write the report elsewhere, e.g. the workspace reports/ folder.'),
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
