import type { BlueskyAccount, BlueskyPost } from './bluesky-markup';

// The offline Bluesky demo (npm start), its fixtures and e2e tests. Handles of institutions are
// real where the directory lists them; the posts are invented, in the style of each account.
export const GERMAN_FOREIGN_OFFICE: BlueskyAccount = {
  handle: 'diplo.de',
  name: 'Auswärtiges Amt',
  bio: 'Das Auswärtige Amt – Federal Foreign Office of Germany. Impressum: https://www.auswaertiges-amt.de',
};
export const US_EMBASSY_KENYA: BlueskyAccount = { handle: 'ke.usembassy.gov', name: 'U.S. Embassy Nairobi', bio: 'Official account of the U.S. Embassy in Kenya.' };
export const CITY_HALL: BlueskyAccount = { handle: 'mayor.nyc.gov', name: 'NYC Mayor’s Office', bio: 'News from City Hall.' };
export const READER: BlueskyAccount = { handle: 'newsreader.bsky.social', name: 'A news reader', bio: 'I read the news.' };

export const BLUESKY_DEMO_POSTS: BlueskyPost[] = [
  {
    rkey: '3n2qqturvc223',
    handle: 'diplo.de',
    name: 'Auswärtiges Amt',
    text: 'Wir begrüßen die heute unterzeichnete Vereinbarung und danken unseren Partnern für die enge Zusammenarbeit. 🇩🇪🇪🇺',
  },
  {
    rkey: '3n2qulokkk224',
    handle: 'ke.usembassy.gov',
    name: 'U.S. Embassy Nairobi',
    text: 'We welcome the new partnership on health and thank our Kenyan partners for their cooperation.',
  },
  {
    rkey: '3n2sqeyh32225',
    handle: 'newsreader.bsky.social',
    name: 'A news reader',
    text: 'Long day at the summit. What the foreign ministers said, thread below.',
    quote: { rkey: '3n2nnrivwk226', handle: 'belgiummfa.bsky.social', name: 'Belgium MFA', text: 'The Minister met her counterparts to discuss regional security and humanitarian access.' },
  },
  {
    rkey: '3n2vkvrlo2227',
    handle: 'uk.diplo.de',
    name: 'German Embassy London',
    text: 'Join us on Saturday for the open day at the Embassy. Everyone is welcome!',
    repostedBy: 'newsreader.bsky.social',
  },
  {
    rkey: '3n2vmlg7ck22a',
    handle: 'mayor.nyc.gov',
    name: 'NYC Mayor’s Office',
    text: 'Street closures this weekend for the marathon.',
  },
  {
    rkey: '3n2xn4pths22b',
    handle: 'newsreader.bsky.social',
    name: '@diplo.de',
    text: 'Not the ministry, just a name: @diplo.de posted earlier today.',
  },
];
