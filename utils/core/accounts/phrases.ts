// Compiles natural-language phrase lists into a word-indexed matcher over folded words.
import { fold } from '../text/fold';
import { CJK, words } from './text';

export interface Phrase<T> {
  words: string[];
  /** Per word: true when any ending is accepted (written with a trailing * in the lexicon). */
  prefix: boolean[];
  value: T;
  source: string;
}
export interface Hit<T> {
  start: number;
  end: number;
  value: T;
  source: string;
}

export class PhraseMatcher<T> {
  private byFirst = new Map<string, Phrase<T>[]>();
  private cjk: { text: string; value: T; source: string }[] = [];
  private minPrefix = Infinity;

  constructor(entries: Iterable<[string, T]>) {
    for (const [raw, value] of entries) this.add(raw, value);
    this.cjk.sort((a, b) => b.text.length - a.text.length);
  }

  private add(raw: string, value: T) {
    const f = fold(raw);
    if (CJK.test(f)) {
      this.cjk.push({ text: f.replace(/\s+/g, ''), value, source: raw });
      return;
    }
    const ws: string[] = [];
    const prefix: boolean[] = [];
    for (const part of f.split(/\s+/)) {
      const star = part.endsWith('*');
      const sub = words(part);
      sub.forEach((w, i) => {
        ws.push(w);
        prefix.push(star && i === sub.length - 1);
      });
    }
    if (ws.length === 0) return;
    const p: Phrase<T> = { words: ws, prefix, value, source: raw };
    const w0 = ws[0]!;
    if (prefix[0]) this.minPrefix = Math.min(this.minPrefix, w0.length);
    const list = this.byFirst.get(w0) ?? [];
    list.push(p);
    this.byFirst.set(w0, list);
  }

  /** All non-overlapping longest matches, left to right. */
  find(ws: string[]): Hit<T>[] {
    const hits: Hit<T>[] = [];
    for (let i = 0; i < ws.length; i++) {
      const w = ws[i]!;
      let best: Phrase<T> | null = null;
      const consider = (list: Phrase<T>[] | undefined) => {
        for (const p of list ?? []) {
          if (best && p.words.length <= best.words.length) continue;
          if (this.matchesAt(ws, i, p)) best = p;
        }
      };
      consider(this.byFirst.get(w));
      for (let k = w.length - 1; k >= this.minPrefix && k >= 3; k--) consider(this.byFirst.get(w.slice(0, k)));
      if (best) {
        const b: Phrase<T> = best;
        hits.push({ start: i, end: i + b.words.length, value: b.value, source: b.source });
        i += b.words.length - 1;
      }
    }
    return hits;
  }

  /** CJK phrases found in a folded string, as character offsets, longest first at each place. */
  findCJK(text: string): { index: number; end: number; value: T; source: string }[] {
    if (!CJK.test(text)) return [];
    const out: { index: number; end: number; value: T; source: string }[] = [];
    for (const c of this.cjk) {
      let from = 0;
      for (;;) {
        const i = text.indexOf(c.text, from);
        if (i < 0) break;
        const end = i + c.text.length;
        if (!out.some((o) => i < o.end && end > o.index)) out.push({ index: i, end, value: c.value, source: c.source });
        from = i + 1;
      }
    }
    return out.sort((a, b) => a.index - b.index);
  }

  private matchesAt(ws: string[], i: number, p: Phrase<T>): boolean {
    for (let j = 0; j < p.words.length; j++) {
      const t = ws[i + j];
      if (t === undefined) return false;
      const pw = p.words[j]!;
      if (p.prefix[j] ? !t.startsWith(pw) : t !== pw) return false;
    }
    return true;
  }
}
