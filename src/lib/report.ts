/** What `npm run check` found in one file. */
export interface FileReport {
  file: string;
  errors: string[];
  warnings: string[];
  /** Elements and attributes that sanitizing removes from the body. */
  sanitized: string[];
}

/** Totals of a content check. */
export interface CheckSummary {
  files: number;
  errors: number;
  warnings: number;
  sanitized: number;
}

/** Counts the problems of a check over all files (clashes count as errors). */
export function summarizeReports(reports: FileReport[], clashes: string[]): CheckSummary {
  return {
    files: reports.length,
    errors: clashes.length + reports.reduce((sum, report) => sum + report.errors.length, 0),
    warnings: reports.reduce((sum, report) => sum + report.warnings.length, 0),
    sanitized: reports.filter((report) => report.sanitized.length > 0).length,
  };
}

/**
 * Writes a check's findings as text, grouped by file: errors, then warnings,
 * then what sanitizing removed, and a closing line of totals.
 */
export function formatReport(reports: FileReport[], clashes: string[]): string {
  const lines: string[] = [];
  for (const report of reports) {
    const entries = [
      ...report.errors.map((error) => `  error: ${error}`),
      ...report.warnings.map((warning) => `  warning: ${warning}`),
      ...(report.sanitized.length > 0
        ? [`  sanitized: removed ${report.sanitized.join(', ')}`]
        : []),
    ];
    if (entries.length > 0) lines.push(report.file, ...entries);
  }
  for (const clash of clashes) lines.push(`error: ${clash}`);
  const summary = summarizeReports(reports, clashes);
  lines.push(
    `${summary.files} file(s) checked: ${summary.errors} error(s), ${summary.warnings} warning(s), ${summary.sanitized} file(s) with markup removed by sanitizing`,
  );
  return lines.join('\n');
}
