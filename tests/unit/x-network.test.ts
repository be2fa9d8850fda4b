import { describe, expect, it } from 'vitest';
import { extractAccounts, isXGraphqlUrl, parseAccountEvent } from '../../utils/sites/x/network';

// Shapes as X's GraphQL returns them: the older `legacy` user and the newer `core` user.
const legacyUser = {
  __typename: 'User',
  rest_id: '9624742',
  is_blue_verified: false,
  affiliates_highlighted_label: { label: { description: 'United States government organization' } },
  legacy: {
    screen_name: 'StateDept',
    name: 'Department of State',
    description: 'Official account of the U.S. Department of State.',
    location: 'Washington, DC',
    verified_type: 'Government',
  },
};
const coreUser = {
  __typename: 'User',
  rest_id: '1234567890',
  is_blue_verified: true,
  core: { screen_name: 'dianaReports', name: 'Diana Reporter' },
  profile_bio: { description: 'Diplomatic correspondent.' },
  location: { location: 'Brussels' },
  verification: { verified: true },
};
const timeline = {
  data: {
    home: {
      home_timeline_urt: {
        instructions: [
          {
            type: 'TimelineAddEntries',
            entries: [
              { content: { itemContent: { tweet_results: { result: { __typename: 'Tweet', core: { user_results: { result: legacyUser } } } } } } },
              { content: { itemContent: { tweet_results: { result: { __typename: 'Tweet', core: { user_results: { result: coreUser } } } } } } },
              { content: { itemContent: { tweet_results: { result: { __typename: 'Tweet', core: { user_results: { result: legacyUser } } } } } } },
            ],
          },
        ],
      },
    },
  },
};

describe("X's GraphQL accounts", () => {
  it('finds each user once, in both shapes, with id, bio, location, grey check and affiliation', () => {
    const accounts = extractAccounts(timeline);
    expect(accounts).toEqual([
      {
        platform: 'x',
        handle: 'StateDept',
        userId: '9624742',
        badge: 'grey',
        name: 'Department of State',
        bio: 'Official account of the U.S. Department of State.',
        location: 'Washington, DC',
        affiliation: 'United States government organization',
      },
      { platform: 'x', handle: 'dianaReports', userId: '1234567890', badge: 'blue', name: 'Diana Reporter', bio: 'Diplomatic correspondent.', location: 'Brussels' },
    ]);
  });

  it('ignores unknown shapes and invalid handles or ids', () => {
    expect(extractAccounts({ data: { user: { __typename: 'User', rest_id: 'abc', legacy: { screen_name: 'x' } } } })).toEqual([]);
    expect(extractAccounts({ __typename: 'User', rest_id: '1', legacy: { screen_name: 'bad handle!' } })).toEqual([]);
    expect(extractAccounts(null)).toEqual([]);
    expect(extractAccounts('string')).toEqual([]);
    expect(extractAccounts([1, 2, [3, [4]]])).toEqual([]);
  });

  it('survives a deeply nested or huge response without blowing the stack', () => {
    let deep: Record<string, unknown> = legacyUser;
    for (let i = 0; i < 100_000; i++) deep = { next: deep };
    expect(() => extractAccounts(deep)).not.toThrow();
    const wide = { items: Array.from({ length: 100_000 }, (_, i) => ({ ...legacyUser, rest_id: String(i + 1) })) };
    expect(extractAccounts(wide).length).toBeLessThanOrEqual(500);
  });

  it('only reads GraphQL URLs of X', () => {
    expect(isXGraphqlUrl('https://x.com/i/api/graphql/abc/HomeTimeline?variables=1')).toBe(true);
    expect(isXGraphqlUrl('/i/api/graphql/abc/UserByScreenName')).toBe(true);
    expect(isXGraphqlUrl('https://x.com/i/api/1.1/jot/client_event.json')).toBe(false);
    expect(isXGraphqlUrl('https://evil.example/i/api/graphql/abc')).toBe(false);
  });

  it('validates records handed over from the page world', () => {
    const good = { platform: 'x', handle: 'StateDept', userId: '9624742', badge: 'grey', bio: 'b' };
    expect(parseAccountEvent(JSON.stringify([good]))).toEqual([good]);
    expect(parseAccountEvent(JSON.stringify([{ ...good, handle: '<script>' }]))).toEqual([]);
    expect(parseAccountEvent(JSON.stringify([{ ...good, badge: 'platinum' }]))).toEqual([]);
    expect(parseAccountEvent(JSON.stringify([{ ...good, userId: 42 }]))).toEqual([]);
    expect(parseAccountEvent('{not json')).toEqual([]);
    expect(parseAccountEvent({ not: 'a string' })).toEqual([]);
    expect(parseAccountEvent(JSON.stringify({ not: 'an array' }))).toEqual([]);
    expect(parseAccountEvent(JSON.stringify([{ ...good, bio: 'x'.repeat(10_000) }]))[0]!.bio).toHaveLength(2000);
  });
});
