export interface ProblemText {
  severity: 'error' | 'warning' | 'info';
  /** A short title, for tables and the Validasi sheet. */
  title: string;
  /** Default advice, when the same for every occurrence. */
  hint?: string;
}
