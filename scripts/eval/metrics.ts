// Classification metrics shared by the tone and accounts evaluations. Pure arithmetic.

export interface ClassMetrics {
  precision: number;
  recall: number;
  f1: number;
  /** Gold items of this class. */
  support: number;
}

export interface Evaluation<L extends string> {
  accuracy: number;
  /** Mean F1 over the gold classes. */
  macroF1: number;
  perClass: Record<L, ClassMetrics>;
  /** confusion[gold][predicted]: counts, including predictions outside the gold classes (e.g. 'unknown'). */
  confusion: Record<L, Record<string, number>>;
  /** Indices of the items where prediction and gold differ. */
  errors: number[];
  total: number;
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);

/**
 * Scores predictions against gold labels. `classes` are the gold classes; a
 * prediction outside them (an abstention such as 'unknown') is always wrong
 * and lowers recall, never precision of a real class.
 */
export function evaluate<L extends string>(gold: readonly L[], predicted: readonly string[], classes: readonly L[], extraPredicted: readonly string[] = []): Evaluation<L> {
  if (gold.length !== predicted.length) throw new Error(`evaluate: ${gold.length} gold labels but ${predicted.length} predictions`);
  const columns = [...classes, ...extraPredicted];
  const confusion = {} as Record<L, Record<string, number>>;
  for (const g of classes) confusion[g] = Object.fromEntries(columns.map((c) => [c, 0]));
  const errors: number[] = [];
  let correct = 0;
  gold.forEach((g, i) => {
    const p = predicted[i]!;
    const row: Record<string, number> = confusion[g] ?? (confusion[g] = Object.fromEntries(columns.map((c) => [c, 0])));
    row[p] = (row[p] ?? 0) + 1;
    if (p === g) correct++;
    else errors.push(i);
  });
  const perClass = {} as Record<L, ClassMetrics>;
  for (const c of classes) {
    const tp = confusion[c]?.[c] ?? 0;
    const support = Object.values(confusion[c] ?? {}).reduce((a, b) => a + b, 0);
    const predictedAs = classes.reduce((sum, g) => sum + (confusion[g]?.[c] ?? 0), 0);
    const precision = ratio(tp, predictedAs);
    const recall = ratio(tp, support);
    perClass[c] = { precision, recall, f1: ratio(2 * precision * recall, precision + recall), support };
  }
  const macroF1 = ratio(classes.reduce((sum, c) => sum + perClass[c].f1, 0), classes.length);
  return { accuracy: ratio(correct, gold.length), macroF1, perClass, confusion, errors, total: gold.length };
}

/** The confusion matrix as aligned text: gold in rows, predictions in columns. */
export function formatConfusion<L extends string>(evaluation: Evaluation<L>, columns: readonly string[]): string {
  const rows = Object.keys(evaluation.confusion) as L[];
  const width = Math.max(6, ...columns.map((c) => c.length), ...rows.map((r) => r.length)) + 1;
  const pad = (s: string | number) => String(s).padStart(width);
  const header = 'gold \\ pred'.padEnd(width) + columns.map(pad).join('');
  const lines = rows.map((r) => String(r).padEnd(width) + columns.map((c) => pad(evaluation.confusion[r][c] ?? 0)).join(''));
  return [header, ...lines].join('\n');
}
