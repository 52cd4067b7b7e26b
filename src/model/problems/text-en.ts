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
} satisfies ProblemTexts;
