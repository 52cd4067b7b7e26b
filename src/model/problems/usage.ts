import type { ProblemText } from './types.js';

// Problems with how a command was called or with the workspace: exit code 2.
export const USAGE_PROBLEMS = {
  'usage.bad-year': { severity: 'error', title: 'Invalid year', hint: 'Give a four-digit year, e.g. --year 2017.' },
  'usage.bad-quarter': { severity: 'error', title: 'Invalid triwulan', hint: 'Give a triwulan from 1 to 4, e.g. --quarter 1.' },
  'usage.unknown-jabatan': { severity: 'error', title: 'Unknown jabatan', hint: 'See `iki catalogue list` for the ids.' },
  'usage.output-exists': { severity: 'error', title: 'Output exists', hint: 'Pass --force to overwrite it.' },
  'usage.unwritable': { severity: 'error', title: 'Cannot write' },
  'usage.not-found': { severity: 'error', title: 'File or folder not found' },
  'usage.no-workspace': {
    severity: 'error',
    title: 'Not in a workspace',
    hint: 'Create one with `iki init DIR`, then pass --workspace DIR or set IKI_WORKSPACE.',
  },
  'usage.workspace-locked': { severity: 'error', title: 'Workspace busy' },
  'usage.archive-target': { severity: 'error', title: 'Refusing to write into the archive' },
} as const satisfies Record<string, ProblemText>;
