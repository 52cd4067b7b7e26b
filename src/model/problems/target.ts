import type { ProblemText } from './types.js';

// Problems in a targets file (targets/<year>.yaml).
export const TARGET_PROBLEMS = {
  'target.unreadable': { severity: 'error', title: 'Targets file cannot be read' },
  'target.yaml-syntax': { severity: 'error', title: 'YAML syntax error in targets', hint: 'Check indentation and quoting near this line.' },
  'target.schema': { severity: 'error', title: 'Targets file shape' },
  'target.unknown-indicator': { severity: 'error', title: 'Target for an unknown indicator', hint: 'See `iki catalogue list` for indicator ids.' },
  'target.year-mismatch': { severity: 'error', title: 'Targets for another year' },
  'target.over-100': { severity: 'warning', title: 'Percentage target above 100' },
} as const satisfies Record<string, ProblemText>;
