import type { ProblemText } from './types.js';

export const CATALOGUE_PROBLEMS = {
  'catalogue.unreadable': { severity: 'error', title: 'Catalogue file cannot be read' },
  'catalogue.yaml-syntax': { severity: 'error', title: 'YAML syntax error', hint: 'Check indentation and quoting near this line.' },
  'catalogue.yaml-warning': { severity: 'warning', title: 'YAML warning' },
  'catalogue.alias-bomb': {
    severity: 'error',
    title: 'Too many YAML aliases',
    hint: 'Write the values out instead of repeating them with *aliases.',
  },
  'catalogue.schema': { severity: 'error', title: 'Catalogue shape' },
  'catalogue.bad-id': {
    severity: 'error',
    title: 'Invalid id',
    hint: 'Ids are lower snake case: a letter, then letters, digits or _ (at most 60 characters).',
  },
  'catalogue.duplicate-id': { severity: 'error', title: 'Duplicate id' },
  'catalogue.unknown-ref': { severity: 'error', title: 'Unknown reference' },
  'catalogue.no-root': { severity: 'error', title: 'No top jabatan', hint: 'Exactly one jabatan must have `atasan: null`.' },
  'catalogue.many-roots': { severity: 'error', title: 'Several top jabatan', hint: 'Exactly one jabatan must have `atasan: null`.' },
  'catalogue.atasan-loop': { severity: 'error', title: 'Loop in the atasan tree' },
  'catalogue.unreachable': { severity: 'error', title: 'Jabatan not under the top' },
  'catalogue.unused-element': { severity: 'warning', title: 'Element no indicator uses' },
  'catalogue.empty-ratio': { severity: 'error', title: 'Ratio without numerator or denominator' },
  'catalogue.ratio-self': { severity: 'error', title: 'Element on both sides of a ratio' },
  'catalogue.kind-fields': { severity: 'error', title: 'Fields do not match the indicator kind' },
  'catalogue.duplicate-note': { severity: 'error', title: 'Duplicate note field' },
} as const satisfies Record<string, ProblemText>;
