/** What `npm run check` found in one file. */
export interface FileReport {
  file: string;
  errors: string[];
  warnings: string[];
  /** Elements and attributes that sanitizing removes from the body. */
  sanitized: string[];
}

/** Findings that concern the content folder as a whole, such as URL clashes. */
export interface SiteFindings {
  errors: string[];
  warnings: string[];
}

/** Totals of a content check. */
export interface CheckSummary {
  files: number;
  errors: number;
  warnings: number;
  sanitized: number;
}

const total = (reports: FileReport[], pick: (report: FileReport) => unknown[]) =>
  reports.reduce((sum, report) => sum + pick(report).length, 0);

/** Counts the problems of a check over all files and the folder as a whole. */
export function summarizeReports(reports: FileReport[], site: SiteFindings): CheckSummary {
  return {
    files: reports.length,
    errors: site.errors.length + total(reports, (report) => report.errors),
    warnings: site.warnings.length + total(reports, (report) => report.warnings),
    sanitized: reports.filter((report) => report.sanitized.length > 0).length,
  };
}

/**
 * Writes a check's findings as text, grouped by file (errors, then warnings,
 * then what sanitizing removed), then the folder's own findings and a
 * closing line of totals.
 */
export function formatReport(reports: FileReport[], site: SiteFindings): string {
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
  lines.push(...site.errors.map((error) => `error: ${error}`));
  lines.push(...site.warnings.map((warning) => `warning: ${warning}`));
  const summary = summarizeReports(reports, site);
  lines.push(
    `${summary.files} file(s) checked: ${summary.errors} error(s), ${summary.warnings} warning(s), ${summary.sanitized} file(s) with markup removed by sanitizing`,
  );
  return lines.join('\n');
}
