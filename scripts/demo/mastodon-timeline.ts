import type { MastodonPost } from './mastodon-markup';

// The offline Mastodon demo timeline (npm start), the e2e timeline and the page bench's posts.
// The accounts are real official accounts listed in the directory; the posts are invented in their style.
const aa = { acct: 'AuswaertigesAmt@social.bund.de', name: 'Auswärtiges Amt', bio: 'Hier informiert das Auswärtige Amt über deutsche Außenpolitik.', fields: [{ name: 'Website', url: 'https://www.auswaertiges-amt.de/', verified: true }] };
const london = { acct: 'germanyinuk@social.bund.de', name: 'German Embassy London', bio: 'Official account of the German Embassy in London.' };
const curia = { acct: 'Curia@social.network.europa.eu', name: 'EU Court of Justice', bio: 'Official account of the Court of Justice of the European Union.' };
const reader = { acct: 'reader', name: 'A Reader', bio: 'I read the news.' };

export const MASTODON_DEMO_POSTS: MastodonPost[] = [
  { id: '113500000000000001', account: aa, lang: 'en', text: 'We welcome the ceasefire agreement and thank our partners for their tireless mediation. Germany stands ready to support its implementation.' },
  { id: '113500000000000002', account: reader, lang: 'en', text: 'Lovely autumn walk along the river today.' },
  { id: '113500000000000003', account: london, lang: 'en', text: 'Consular notice: the visa section will be closed on Friday. Please book appointments online.' },
  { id: '113500000000000004', account: aa, lang: 'de', text: 'Wir verurteilen den Angriff aufs Schärfste. Die Verantwortlichen müssen zur Rechenschaft gezogen werden.' },
  { id: '113500000000000005', account: curia, lang: 'en', text: 'Judgment in Case C-123/26: the Court clarifies the scope of the right to data portability.', boostedBy: 'reader' },
  { id: '113500000000000006', account: reader, lang: 'en', text: 'Worth reading in full.', quote: { id: '113500000000000007', account: aa, lang: 'en', text: 'Our statement on the summit: we thank all delegations for a constructive week.' } },
];
