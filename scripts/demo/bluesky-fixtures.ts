// The Bluesky fixtures in tests/fixtures/bluesky/, built from scripts/demo/bluesky-markup.ts and the
// demo posts. `npx tsx scripts/demo/write-bluesky-fixtures.ts` rewrites them; a unit test checks that
// the committed files are what this builds, so the markup has one source.
import { type BlueskyPost, blueskyPage, feedPage, hoverCard, likeNotification, notificationPost, profileCard, profileHeader, SOCIAL_APP_SOURCES as SRC, threadAnchor, threadReply } from './bluesky-markup';
import { BLUESKY_DEMO_POSTS, CITY_HALL, GERMAN_FOREIGN_OFFICE, READER, US_EMBASSY_KENYA } from './bluesky-timeline';

const [foreignOffice, embassy] = BLUESKY_DEMO_POSTS as [BlueskyPost, BlueskyPost];

export const BLUESKY_FIXTURES: Record<string, string> = {
  'timeline.html': feedPage(BLUESKY_DEMO_POSTS),
  'profile.html': blueskyPage(profileHeader(GERMAN_FOREIGN_OFFICE) + feedPage([foreignOffice]).split('<main role="main">')[1]!.split('</main>')[0], 'Auswärtiges Amt (@diplo.de) — Bluesky', [SRC.profileHeader, SRC.feedItem, SRC.postMeta, SRC.link]),
  'thread.html': blueskyPage(
    threadAnchor(foreignOffice) +
      threadReply({ rkey: '3n2xuo4lu222c', handle: READER.handle, name: READER.name, text: 'Danke! Great news.' }) +
      threadReply({ ...embassy, quote: { rkey: foreignOffice.rkey, handle: foreignOffice.handle, name: foreignOffice.name, text: foreignOffice.text } }),
    'Post — Bluesky',
    [SRC.threadAnchor, SRC.threadPost, SRC.postMeta, SRC.quote, SRC.controls],
  ),
  'notifications.html': blueskyPage(notificationPost({ ...embassy, text: '@newsreader.bsky.social thank you for joining the event.' }) + likeNotification(GERMAN_FOREIGN_OFFICE, 'My post that the ministry liked.'), 'Notifications — Bluesky', [SRC.notification, SRC.postMeta, SRC.link]),
  'accounts.html': blueskyPage(
    [GERMAN_FOREIGN_OFFICE, US_EMBASSY_KENYA, CITY_HALL, READER].map(profileCard).join('') + hoverCard(US_EMBASSY_KENYA),
    'Followers — Bluesky',
    [SRC.profileCard, SRC.hoverCard],
  ),
};
