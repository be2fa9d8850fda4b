import { describe, expect, it, vi } from 'vitest';
import { MAX_TEXTS_PER_REQUEST, toneHandlers } from '../../utils/background/tone';
import { BatchedLookup } from '../../utils/page/batched-lookup';
import { PageToner, type ToneQuestion } from '../../utils/page/toner';
import { classifyTone } from '../../utils/tone';
import type { ToneResult } from '../../utils/types';

const tick = () => new Promise((r) => setTimeout(r, 0));

/** The background's handler, called as the content script's message would call it. */
const classifyInBackground = async (texts: ToneQuestion[]) => (await toneHandlers()['tone:classify']!({ texts })).tones;

describe('BatchedLookup', () => {
  it('asks the questions of one task in one message, once each, and keeps the answers', async () => {
    const ask = vi.fn(async (qs: string[]) => qs.map((q) => q.toUpperCase()));
    const onAnswers = vi.fn();
    const lookup = new BatchedLookup(ask, onAnswers, vi.fn());
    expect(lookup.get('a', 'a')).toBeUndefined();
    expect(lookup.get('b', 'b')).toBeUndefined();
    expect(lookup.get('a', 'a')).toBeUndefined(); // already asked
    await tick();
    expect(ask).toHaveBeenCalledTimes(1);
    expect(ask).toHaveBeenCalledWith(['a', 'b']);
    expect(onAnswers).toHaveBeenCalledTimes(1);
    expect([lookup.get('a', 'a'), lookup.get('b', 'b')]).toEqual(['A', 'B']);
    await tick();
    expect(ask).toHaveBeenCalledTimes(1);
  });

  it('without a fallback, a failed message reports the error and asks again later', async () => {
    const ask = vi.fn().mockRejectedValueOnce(new Error('no background')).mockResolvedValue(['A']);
    const onError = vi.fn();
    const onAnswers = vi.fn();
    const lookup = new BatchedLookup<string, string>(ask, onAnswers, onError);
    lookup.get('a', 'a');
    await tick();
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: 'no background' }));
    expect(onAnswers).not.toHaveBeenCalled();
    expect(lookup.get('a', 'a')).toBeUndefined();
    await tick();
    expect(lookup.get('a', 'a')).toBe('A');
  });

  it('forgets everything past its limit rather than growing without bound', async () => {
    const lookup = new BatchedLookup<string, string>(async (qs) => qs, vi.fn(), vi.fn(), undefined, 3);
    for (const q of ['a', 'b', 'c']) lookup.get(q, q);
    await tick();
    expect(lookup.get('c', 'c')).toBe('c');
    lookup.get('d', 'd');
    await tick();
    expect(lookup.get('d', 'd')).toBe('d');
    expect(lookup.get('a', 'a')).toBeUndefined();
  });
});

describe('PageToner with the background handler', () => {
  it('gives the same tone as the classifier itself, after one message per task', async () => {
    const texts: [string, string | undefined][] = [
      ['We strongly condemn the attack on civilians.', 'en'],
      ['Nous saluons la signature de cet accord historique avec nos partenaires.', 'fr'],
      ['Visa appointments resume on Monday at the consular section.', undefined],
    ];
    const classify = vi.fn(classifyInBackground);
    const onAnswers = vi.fn();
    const toner = new PageToner(classify, onAnswers, vi.fn());
    for (const [text, lang] of texts) expect(toner.classify(text, lang)).toBeNull();
    await tick();
    expect(classify).toHaveBeenCalledTimes(1);
    expect(onAnswers).toHaveBeenCalledTimes(1);
    for (const [text, lang] of texts) expect(toner.classify(text, lang)).toEqual(classifyTone(text, lang));
    // The same text in another language is another question.
    expect(toner.classify(texts[0]![0], 'de')).toBeNull();
  });

  it('shows who speaks when the background cannot answer: the tone is unknown, and the error reported', async () => {
    const onError = vi.fn();
    const onAnswers = vi.fn();
    const toner = new PageToner(() => Promise.reject(new Error('Could not establish connection')), onAnswers, onError);
    expect(toner.classify('We welcome the agreement.', 'en')).toBeNull();
    await tick();
    expect(onError).toHaveBeenCalledTimes(1);
    expect(onAnswers).toHaveBeenCalledTimes(1);
    expect(toner.classify('We welcome the agreement.', 'en')).toEqual<ToneResult>({ tone: 'unknown', score: 0, cues: [], lang: 'en' });
  });

  it('classifyNow waits for the answer (saving a post whose tone is still pending)', async () => {
    const toner = new PageToner(classifyInBackground, vi.fn(), vi.fn());
    await expect(toner.classifyNow('We strongly condemn the attack.', 'en')).resolves.toMatchObject({ tone: 'confrontational' });
  });
});

describe('tone:classify in the background', () => {
  it('abstains on odd items instead of failing the batch, and refuses a batch no page sends', async () => {
    const handle = toneHandlers()['tone:classify']!;
    const { tones } = await handle({ texts: [null as unknown as ToneQuestion, { text: 42 as unknown as string }, { text: 'x'.repeat(100_000), lang: 'en' }] });
    expect(tones.map((t) => t.tone)).toEqual(['unknown', 'unknown', 'unknown']);
    await expect(handle({ texts: 'text' as unknown as ToneQuestion[] })).rejects.toThrow(/list of texts/);
    await expect(handle({ texts: Array.from({ length: MAX_TEXTS_PER_REQUEST + 1 }, () => ({ text: 'hi' })) })).rejects.toThrow(/at most/);
  });
});
