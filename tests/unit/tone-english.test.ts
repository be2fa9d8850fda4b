import { describe, expect, it } from 'vitest';
import { classifyWithLexicon } from '../../utils/core/tone/lexicon-classifier';
import { LEXICONS } from '../../utils/core/tone/lexicon/index';

import { readFileSync } from 'node:fs';
import nlp from 'compromise/one';
import { analyseEnglish, compromiseTerms } from '../../utils/core/tone/english';
import { MAX_CHARS } from '../../utils/core/tone/text';

/** The lexicon classifier as the evaluation's baseline runs it (compromise for English). */
const lexicon = (text: string, lang?: string) => classifyWithLexicon(text, lang, { lexicons: LEXICONS, analysers: { en: analyseEnglish } });

// English goes through compromise/one; these pin down what it now decides:
// contractions, quotations, questions and sentence ends.
const options = { segment: 'word' as const, clitics: [], titleNouns: new Set(['film', 'book']) };
const forms = (text: string) => analyseEnglish(text, options).tokens.map((t) => t.forms[0]);
const quoted = (text: string) => {
  const analysed = analyseEnglish(text, options);
  return analysed.quotes.map((q) => ({ text: analysed.text.slice(q.start, q.end), scare: q.scare }));
};

describe('contractions put an explicit "not" in negation scope', () => {
  it('expands negated auxiliaries, straight or curly apostrophe', () => {
    expect(forms("We won't accept it")).toEqual(['we', 'will', 'not', 'accept', 'it']);
    expect(forms('They don’t agree')).toEqual(['they', 'do', 'not', 'agree']);
    expect(forms('We cannot support this')).toEqual(['we', 'can', 'not', 'support', 'this']);
    expect(forms("Russia's veto")).toEqual(["russia's", 'veto']);
  });

  it('keeps the written contraction for showing the cue', () => {
    const analysed = analyseEnglish("This isn't acceptable.", options);
    const not = analysed.tokens.find((t) => t.forms[0] === 'not')!;
    expect(analysed.text.slice(not.start, not.end)).toBe("isn't");
    const result = lexicon("Detaining our consul isn't acceptable.", 'en');
    expect(result.tone).toBe('confrontational');
    expect(result.cues[0]?.cue).toBe("isn't acceptable");
  });

  it('flips a cue after an expanded negation', () => {
    const result = lexicon("We won't support a resolution written behind closed doors.", 'en');
    const negated = result.cues.find((c) => c.kind === 'negation');
    expect(negated?.cue).toBe("won't support");
    expect(negated!.weight).toBeLessThan(0);
  });

  it('keeps hyphenated lexicon words whole although compromise splits them', () => {
    expect(forms('the so-called referendum, a one-sided deal')).toEqual(['the', 'so-called', 'referendum', 'a', 'one-sided', 'deal']);
  });
});

describe('quotations from compromise term punctuation', () => {
  it('tells a scare quote from a quoted leader', () => {
    expect(quoted('The “free and fair” vote produced 98%.')).toEqual([{ text: '“free and fair”', scare: true }]);
    expect(quoted('President: “We will keep working together with our partners.”')).toEqual([
      { text: '“We will keep working together with our partners.”', scare: false },
    ]);
    expect(quoted('Watch the film “Partners” tonight.')).toEqual([{ text: '“Partners”', scare: false }]);
  });

  it('finds single quotes at word edges, never an apostrophe inside a word', () => {
    expect(quoted('The ‘people’s republic’ held a vote.')).toEqual([{ text: '‘people’s republic’', scare: true }]);
    expect(quoted("They call it a 'referendum'. We don't.")).toEqual([{ text: "'referendum'", scare: true }]);
    expect(quoted("The leaders' summit ended and we don't agree.")).toEqual([]);
  });

  it('marks the words inside a quotation', () => {
    const analysed = analyseEnglish('Their “peace plan” arrived with tanks.', options);
    expect(analysed.tokens.filter((t) => t.quote === 0).map((t) => t.text)).toEqual(['peace', 'plan']);
  });
});

describe('sentences and questions', () => {
  it('does not end a sentence or clause at an abbreviation', () => {
    const analysed = analyseEnglish('Mr. Smith met U.S. officials in Geneva. Talks resume soon.', options);
    const sentenceOf = (w: string) => analysed.tokens.find((t) => t.forms[0] === w)!.sentence;
    const clauseOf = (w: string) => analysed.tokens.find((t) => t.forms[0] === w)!.clause;
    expect(sentenceOf('smith')).toBe(sentenceOf('geneva'));
    expect(clauseOf('mr')).toBe(clauseOf('officials'));
    expect(sentenceOf('talks')).toBe(sentenceOf('geneva') + 1);
  });

  it('counts each sentence of a quoted statement on its own', () => {
    const analysed = analyseEnglish('Minister: “We discussed trade. We condemn the attack.”', options);
    const sentenceOf = (w: string) => analysed.tokens.find((t) => t.forms[0] === w)!.sentence;
    expect(sentenceOf('condemn')).toBe(sentenceOf('discussed') + 1);
    expect(lexicon('Minister: “We discussed trade. We condemn the attack.”', 'en').tone).toBe('confrontational');
  });

  it('marks the sentence a question mark ends', () => {
    const analysed = analyseEnglish('We thank the Ministry. How many reporters are in their jails?! Let us know.', options);
    expect(analysed.sentences.map((s) => s.question)).toEqual([false, true, false]);
    const result = lexicon('Thank you to the Ministry for its kind lesson. How many reporters are in their jails this week?', 'en');
    expect(result.cues.find((c) => c.kind === 'rhetorical_question')?.cue).toBe('How many reporters are in their jails this week?');
  });
});

describe('bad input through compromise', () => {
  const cases = ['', '   ', '🙄🤡', '?!', '...', '““ « „ " \' ‘', 'We condemn \uD800 this \uDFFF attack', "don't won't can't", 'x'.repeat(10_000), 'We won’t. '.repeat(1000)];
  it.each(cases.map((c) => [c.slice(0, 20), c]))('%s', (_name, text) => {
    const analysed = analyseEnglish(text, options);
    expect(analysed.text.length).toBeLessThanOrEqual(MAX_CHARS);
    for (const token of analysed.tokens) {
      expect(token.start).toBeGreaterThanOrEqual(0);
      expect(token.end).toBeLessThanOrEqual(analysed.text.length);
      expect(analysed.sentences[token.sentence]).toBeDefined();
    }
    for (const quote of analysed.quotes) expect(quote.end).toBeGreaterThan(quote.start);
    expect(() => lexicon(text, 'en')).not.toThrow();
  });
});

describe('compromiseTerms: nlp.tokenize without the steps nothing reads', () => {
  const read = (sentences: { text: string; pre: string; post: string; implicit?: string }[][]) =>
    sentences.map((terms) => terms.map((t) => [t.text, t.pre, t.post, t.implicit ?? null]));
  const texts = [
    ...readFileSync(new URL('../../scripts/eval/heldout/tone.jsonl', import.meta.url), 'utf8')
      .trim()
      .split('\n')
      .map((line) => (JSON.parse(line) as { text: string }).text),
    "We can't, won't and don't accept it. There's been no reply; how'd they'd know? Mr. Lavrov's so-called 'offer'.",
    'Talks ran 9-5pm over 3km of border; l’accord est signé. Gonna be a cannot-miss. Ain’t true.',
    '',
    '   \n\t ',
  ];
  it('gives the same terms, pre, post and implicit words as nlp.tokenize on every text', () => {
    for (const text of texts) expect(read(compromiseTerms(text)), text).toEqual(read(nlp.tokenize(text).docs as never));
  });
});
