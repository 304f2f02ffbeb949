/** Period keys a template takes: Y2026 (cadence year) or H2026-1 and H2026-2 (cadence half-year). */
export function periodsOf(cadence: string, years: readonly number[]): string[] {
  return years.flatMap((year) => (cadence === 'half-year' ? [`H${year}-2`, `H${year}-1`] : [`Y${year}`]));
}
