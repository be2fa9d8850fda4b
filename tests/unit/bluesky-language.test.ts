// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { feedItem, type BlueskyPost } from '../../scripts/demo/bluesky-markup';
import { detectLanguage } from '../../utils/core/tone/detect-language';
import { declaredLanguage } from '../../utils/core/tone/language';
import { bluesky, BLUESKY_SELECTORS as S } from '../../utils/sites/bluesky/index';
import { parsePostEvent } from '../../utils/sites/bluesky/network';
import type { DeclaredPost } from '../../utils/sites/types';

describe('declaredLanguage: when a post’s declared language is used', () => {
  it('one tag: its primary subtag', () => {
    expect(declaredLanguage(['es'], 'Felicitamos a Chile.')).toBe('es');
    expect(declaredLanguage(['en-US'], 'We welcome the agreement.')).toBe('en');
    expect(declaredLanguage(['ZH-Hant'], '我们欢迎今天签署的协议')).toBe('zh');
    expect(declaredLanguage(['ja'], '本日署名された協定を歓迎します。')).toBe('ja');
    expect(declaredLanguage(['ru'], 'Приветствуем подписанное сегодня соглашение.')).toBe('ru');
    expect(declaredLanguage(['de'], '🇩🇪🤝 https://t.co')).toBe('de');
  });

  it('none, several, or a tag that names no language: not used', () => {
    expect(declaredLanguage(undefined, 'We welcome the agreement.')).toBeUndefined();
    expect(declaredLanguage([], 'We welcome the agreement.')).toBeUndefined();
    expect(declaredLanguage(['en', 'es'], 'We welcome the agreement.')).toBeUndefined();
    expect(declaredLanguage(['und'], 'We welcome the agreement.')).toBeUndefined();
    expect(declaredLanguage(['mul'], 'We welcome the agreement.')).toBeUndefined();
  });

  it('contradicted by the text’s script (an unchanged default of the composer): not used', () => {
    expect(declaredLanguage(['en'], '中方坚决反对美方的无理指责')).toBeUndefined();
    expect(declaredLanguage(['en'], 'Мы осуждаем это нападение.')).toBeUndefined();
    expect(declaredLanguage(['ru'], 'We condemn this attack.')).toBeUndefined();
    expect(declaredLanguage(['ar'], 'We condemn this attack.')).toBeUndefined();
    // Within one script the declaration stands: telling Spanish from English needs franc, which is what it saves.
    expect(declaredLanguage(['en'], 'Condenamos el ataque.')).toBe('en');
  });
});

const handle = 'embajada.example.es';
const reader = 'reader.bsky.social';
let next = 0;
/** A feed item as social-app draws it, with a record key of its own (the module keeps what it saw). */
function mount(text: string, author = handle): { post: BlueskyPost; read: () => string | undefined } {
  const post: BlueskyPost = { rkey: `3n2qqturvc${String(next++).padStart(3, '2')}`, handle: author, name: 'Embajada', text };
  document.body.innerHTML = feedItem(post);
  return { post, read: () => bluesky.readPosts(document.querySelector(S.post)!)[0]!.lang };
}
const arrive = (records: DeclaredPost[]) => bluesky.network!.rememberPosts!(parsePostEvent(JSON.stringify(records)));
const record = (post: BlueskyPost, langs: string[]): DeclaredPost => ({ platform: 'bluesky', handle: post.handle, postId: post.rkey, langs });

describe('a Bluesky post’s language: from its record where it says, else from the text', () => {
  // franc reads this Spanish text as Romanian: what shows which way the language was found.
  const spanish = 'Felicitamos a Chile.';

  it('declared: the record’s language, not franc’s', () => {
    expect(detectLanguage(spanish)).toBe('ron');
    const { post, read } = mount(spanish);
    arrive([record(post, ['es-419'])]);
    expect(read()).toBe('es');
  });

  it('several, none, or not seen: franc, as before', () => {
    for (const langs of [['es', 'en'], [], null]) {
      const { post, read } = mount(spanish);
      if (langs) arrive([record(post, langs)]);
      expect(read()).toBe('ron');
    }
  });

  it('a record for another post or another author is not this post’s', () => {
    const { post, read } = mount(spanish);
    arrive([{ ...record(post, ['es']), postId: '3n2qqturvc999' }, { ...record(post, ['es']), handle: reader }]);
    expect(read()).toBe('ron');
  });

  it('declared in a script the text is not written in: franc', () => {
    const { post, read } = mount('中方坚决反对美方的无理指责，敦促美方停止干涉。');
    arrive([record(post, ['en'])]);
    expect(read()).toBe('zh');
  });

  it('a record that comes after the post was read: its author’s posts are read again, then in the declared language', () => {
    const { post, read } = mount(spanish);
    expect(read()).toBe('ron');
    expect([...arrive([record(post, ['es'])])]).toEqual([handle]);
    expect(read()).toBe('es');
    // Once known, the same record again asks for nothing; nor does a record that agrees with what was detected.
    expect(arrive([record(post, ['es'])]).size).toBe(0);
    const english = mount('We welcome the agreement signed today with our partners.');
    expect(english.read()).toBe('en');
    expect(arrive([record(english.post, ['en-GB'])]).size).toBe(0);
  });
});
