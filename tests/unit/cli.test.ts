import { describe, expect, it } from 'vitest';
import { runMain } from '../../scripts/eval/run-cli-main';

async function run(args: string[], input: string) {
  const { code, stdout, stderr } = await runMain(args, input);
  return { code, stdout, stderr, lines: stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l)) };
}

describe('diplolens tone', () => {
  it('answers each line with tone, score, cues and language', async () => {
    const { code, lines } = await run(['tone'], '{"id":"1","text":"We strongly condemn this unacceptable attack.","lang":"en"}\n');
    expect(code).toBe(0);
    expect(lines[0]).toMatchObject({ id: '1', tone: 'confrontational', lang: 'en' });
    expect(lines[0].score).toBeLessThan(0);
    // The words that decided, quoted from the post.
    expect(lines[0].cues.map((c: { cue: string }) => c.cue.toLowerCase())).toContain('condemn');
    // How sure the model is, where the model decided.
    expect(lines[0]).toMatchObject({ tentative: false });
    expect(lines[0].confidence).toBeGreaterThanOrEqual(0.6);
  });

  it('detects the language when a line has none', async () => {
    const { lines } = await run(['tone'], JSON.stringify({ id: 2, text: 'Nous saluons la signature de cet accord historique de coopération entre nos deux pays.' }) + '\n');
    expect(lines[0]).toMatchObject({ id: 2, lang: 'fr', tone: 'cooperative' });
    // A lexicon decided: no model probability to report.
    expect(lines[0]).not.toHaveProperty('confidence');
  });

  it('names bad lines on stderr, answers the others, exits 1', async () => {
    const input = ['{"id":"a","text":"Thank you for your support."}', 'not json', '{"id":"b"}', '[1,2]', '', '{"id":"c","text":""}'].join('\n');
    const { code, lines, stderr } = await run(['tone'], input);
    expect(code).toBe(1);
    expect(lines.map((l) => l.id)).toEqual(['a', 'c']);
    expect(lines[1].tone).toBe('unknown');
    expect(stderr).toMatch(/line 2: not valid JSON/);
    expect(stderr).toMatch(/line 3: missing "text"/);
    expect(stderr).toMatch(/line 4: expected a JSON object/);
    expect(stderr).not.toMatch(/line 5/);
  });
});

describe('diplolens accounts', () => {
  it('identifies a listed account from the bundled directory', async () => {
    const { code, lines } = await run(['accounts'], '{"id":"s","platform":"x","handle":"@StateDept"}\n');
    expect(code).toBe(0);
    expect(lines[0]).toEqual({ id: 's', official: true, country: 'US', org: null, role: 'foreign_ministry', host: null, basis: 'directory' });
  });

  it('rejects unknown platforms and badges with a line number', async () => {
    const { code, stderr, lines } = await run(['accounts'], '{"id":1,"platform":"myspace","handle":"a"}\n{"id":2,"platform":"x","handle":"a","badge":"red"}\n{"id":3,"platform":"x","handle":"someone"}\n');
    expect(code).toBe(1);
    expect(stderr).toMatch(/line 1: "platform" must be one of x, bluesky, mastodon/);
    expect(stderr).toMatch(/line 2: "badge" must be one of/);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ id: 3, official: false, country: null, role: null });
  });

  it('says how to use it for an unknown command', async () => {
    const { code, stderr } = await run(['nope'], '');
    expect(code).toBe(2);
    expect(stderr).toMatch(/unknown command "nope"/);
  });
});
