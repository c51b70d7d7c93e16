/**
 * What the checker says about a knowledge directory. Every diagnostic names a file (relative to the
 * knowledge directory, with forward slashes), a 1-based line and column, and a Dutch message for
 * the partner who edits the file. `code` is stable: logs, tests and the report use it.
 */
export type Severity = 'error' | 'warning';

export const errorCodes = [
  'dir-unreadable',
  'missing-file',
  'no-voorzieningen',
  'too-many-files',
  'file-too-large',
  'read-failed',
  'not-utf8',
  'empty-file',
  'yaml-syntax',
  'missing-field',
  'wrong-type',
  'invalid-value',
  'unknown-field',
  'unknown-levensgebied',
  'unknown-stadsdeel',
  'unknown-wijk',
  'unknown-wijkteam',
  'unknown-beheerder',
  'beheerder-file-name',
  'duplicate-id',
  'duplicate-name',
  'duplicate-postcode',
  'postcode-outside-range',
  'not-regular-file',
  'yaml-too-deep',
] as const;

export const warningCodes = [
  'not-checked',
  'check-overdue',
  'checked-in-future',
  'expired',
  'likely-duplicate',
  'unreachable',
  'hard-to-read',
  'crisis-not-checked',
  'crisis-check-overdue',
  'synonym-term-unused',
  'duplicate-synonym',
  'special-file-skipped',
  'no-contact-method',
  'circular-contact-hint',
] as const;

export type ErrorDiagnosticCode = (typeof errorCodes)[number];
export type WarningDiagnosticCode = (typeof warningCodes)[number];
export type DiagnosticCode = ErrorDiagnosticCode | WarningDiagnosticCode;

export interface Position {
  readonly line: number;
  readonly column: number;
}

export interface Diagnostic extends Position {
  readonly severity: Severity;
  readonly code: DiagnosticCode;
  readonly file: string;
  readonly message: string;
  /** The voorziening the diagnostic is about, when there is one. */
  readonly entryId?: string;
}

export const FILE_START: Position = { line: 1, column: 1 };

export function errorAt(
  code: ErrorDiagnosticCode,
  file: string,
  position: Position,
  message: string,
  entryId?: string,
): Diagnostic {
  return {
    severity: 'error',
    code,
    file,
    line: position.line,
    column: position.column,
    message,
    ...(entryId === undefined ? {} : { entryId }),
  };
}

export function warningAt(
  code: WarningDiagnosticCode,
  file: string,
  position: Position,
  message: string,
  entryId?: string,
): Diagnostic {
  return {
    severity: 'warning',
    code,
    file,
    line: position.line,
    column: position.column,
    message,
    ...(entryId === undefined ? {} : { entryId }),
  };
}

/** Errors first within a location, then by file, line and column: the order a partner fixes them. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      a.line - b.line ||
      a.column - b.column ||
      (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1) ||
      a.code.localeCompare(b.code),
  );
}

/** Counts per code, for log lines that must not carry file contents. */
export function countByCode(diagnostics: readonly Diagnostic[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const diagnostic of diagnostics)
    counts[diagnostic.code] = (counts[diagnostic.code] ?? 0) + 1;
  return counts;
}
