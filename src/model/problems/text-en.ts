// Every problem's text in English (`--lang en`, IKI_LANG=en). Kept in step with text-id.ts: the type
// makes a code without its text here fail to compile. Domain nouns stay the users' own words
// (jabatan, indikator, triwulan, realisasi, capaian).
import type { Fmt } from '../format.js';
import type { FsFailure, OutputKind, WriteTarget } from './codes.js';
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
  reminders: 'the reminders file',
};

const OUTPUT: Record<OutputKind, string> = {
  template: 'The template file',
  targets: 'The targets file (it may hold targets someone typed)',
  workspace: 'This folder is already an iki workspace; it',
  catalogue: 'The catalogue file init would write',
  marker: 'A file named iki-workspace.json that is not a workspace marker',
  folder: 'A file where init makes a folder',
  riwayat: 'The history file (it may hold values someone typed)',
};

const FROM = { option: '--workspace', env: 'IKI_WORKSPACE', cwd: 'the current folder' } as const;

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
} satisfies ProblemTexts;
