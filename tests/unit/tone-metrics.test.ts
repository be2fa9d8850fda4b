import { describe, expect, it } from 'vitest';
import { evaluate, formatConfusion } from '../../scripts/eval/metrics';

describe('evaluate', () => {
  const classes = ['a', 'b'] as const;

  it('computes accuracy, per-class precision/recall/F1 and macro-F1 by hand-checkable counts', () => {
    // gold a a a b ; predicted a b a b -> a: tp2 fp0 fn1 ; b: tp1 fp1 fn0
    const result = evaluate(['a', 'a', 'a', 'b'], ['a', 'b', 'a', 'b'], classes);
    expect(result.accuracy).toBe(0.75);
    expect(result.perClass.a).toMatchObject({ precision: 1, recall: 2 / 3, support: 3 });
    expect(result.perClass.a.f1).toBeCloseTo(0.8);
    expect(result.perClass.b).toMatchObject({ precision: 0.5, recall: 1, support: 1 });
    expect(result.perClass.b.f1).toBeCloseTo(2 / 3);
    expect(result.macroF1).toBeCloseTo((0.8 + 2 / 3) / 2);
    expect(result.errors).toEqual([1]);
  });

  it('counts an abstention as wrong without touching any class precision', () => {
    const result = evaluate(['a', 'b'], ['unknown', 'b'], classes, ['unknown']);
    expect(result.accuracy).toBe(0.5);
    expect(result.perClass.a).toMatchObject({ precision: 0, recall: 0, f1: 0 });
    expect(result.perClass.b).toMatchObject({ precision: 1, recall: 1 });
    expect(result.confusion.a).toEqual({ a: 0, b: 0, unknown: 1 });
  });

  it('returns zeros instead of NaN for empty classes and empty input', () => {
    const result = evaluate([], [], classes);
    expect(result.accuracy).toBe(0);
    expect(result.macroF1).toBe(0);
    expect(result.perClass.a.f1).toBe(0);
  });

  it('refuses mismatched lengths', () => {
    expect(() => evaluate(['a'], [], classes)).toThrow(/1 gold/);
  });

  it('formats the confusion matrix with gold rows and predicted columns', () => {
    const text = formatConfusion(evaluate(['a', 'b', 'b'], ['a', 'a', 'unknown'], classes, ['unknown']), ['a', 'b', 'unknown']);
    const [header, rowA, rowB] = text.split('\n');
    expect(header).toMatch(/a\s+b\s+unknown$/);
    expect(rowA!.trim().split(/\s+/)).toEqual(['a', '1', '0', '0']);
    expect(rowB!.trim().split(/\s+/)).toEqual(['b', '1', '0', '1']);
  });
});
