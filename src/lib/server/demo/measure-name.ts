// The normalised measure name used to match one measure across rounds and tables (measure.name_norm).

/**
 * Removes all whitespace, so that line breaks and spacing from document conversion do not split one measure in two.
 * The report parser is expected to define a better normaliser; swap it in here and everything synthetic follows.
 */
export function normaliseMeasureName(name: string): string {
  return name.replace(/\s+/g, '');
}
