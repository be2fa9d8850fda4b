// A generated history for the insights page, clearly marked as demo data: every post carries the
// "demo data" tag and a "[Demo]" prefix, and the insights page removes them all in one click.
// Ten states speak of each other for eighteen months; relations drift (US–Russia sour after a
// crisis, China–US thaw, France–Germany stay warm) so the charts have something to show.
import type { StoredPost } from '../../utils/core/records';
import type { Role, Tone, ToneOrUnknown } from '../../utils/core/model';
import { DEMO_TAG } from '../../utils/db/insights';
import { rng } from '../bench/synthetic-posts';

const SPEAKERS: { country: string; handle: string; role: Role; name: string }[] = [
  { country: 'US', handle: 'StateDept', role: 'foreign_ministry', name: 'Department of State' },
  { country: 'RU', handle: 'mfa_russia', role: 'foreign_ministry', name: 'MFA Russia' },
  { country: 'CN', handle: 'MFA_China', role: 'foreign_ministry', name: 'MFA China' },
  { country: 'FR', handle: 'francediplo', role: 'foreign_ministry', name: 'France Diplomatie' },
  { country: 'DE', handle: 'AuswaertigesAmt', role: 'foreign_ministry', name: 'Auswärtiges Amt' },
  { country: 'GB', handle: 'UKinUSA', role: 'embassy', name: 'UK in the USA' },
  { country: 'UA', handle: 'MFA_Ukraine', role: 'foreign_ministry', name: 'MFA of Ukraine' },
  { country: 'JP', handle: 'MofaJapan_en', role: 'foreign_ministry', name: 'MOFA Japan' },
  { country: 'IN', handle: 'IndiainUSA', role: 'embassy', name: 'India in USA' },
  { country: 'BR', handle: 'ItamaratyGovBr', role: 'foreign_ministry', name: 'Itamaraty' },
];
const NAMES: Record<string, string> = { US: 'the United States', RU: 'Russia', CN: 'China', FR: 'France', DE: 'Germany', GB: 'the United Kingdom', UA: 'Ukraine', JP: 'Japan', IN: 'India', BR: 'Brazil' };
const OPENINGS: Record<Tone, string[]> = {
  cooperative: ['We welcome the agreement with', 'Thank you to our partners in', 'A productive meeting with our friends from', 'Proud to stand with'],
  confrontational: ['We condemn the actions of', 'We reject the claims made by', 'Unacceptable provocation by', 'We demand accountability from'],
  neutral: ['The Minister met counterparts from', 'Readout of the call with', 'Consular notice for travellers to', 'Press briefing on relations with'],
  sarcastic: ['Another "helpful" lecture from', 'Apparently the so-called experts of', 'Such a "peaceful" gesture by', 'Thanks for the lesson, as always,'],
};
/** Base stance of a pair (−1 hostile … +1 friendly), symmetric. */
const STANCE: Record<string, number> = { 'US|RU': -0.2, 'CN|US': -0.5, 'FR|DE': 0.8, 'RU|UA': -0.9, 'GB|US': 0.7, 'JP|US': 0.6, 'CN|RU': 0.5, 'IN|US': 0.3, 'BR|CN': 0.3 };
const START = Date.UTC(2024, 5, 1);
const MONTHS = 18;
const CRISIS_MONTH = 8;

function stance(a: string, b: string, month: number): number {
  const base = STANCE[[a, b].sort().join('|')] ?? 0.1;
  // The crisis: US–Russia relations sour, China–US thaw a little.
  if ([a, b].sort().join('|') === 'RU|US' && month >= CRISIS_MONTH) return -0.9;
  if ([a, b].sort().join('|') === 'CN|US' && month >= CRISIS_MONTH + 3) return 0.1;
  return base;
}

export function demoHistory(count = 3000, seed = 7): StoredPost[] {
  const r = rng(seed);
  const posts: StoredPost[] = [];
  for (let i = 0; i < count; i++) {
    const speaker = SPEAKERS[Math.floor(r() * SPEAKERS.length)]!;
    const others = SPEAKERS.filter((s) => s.country !== speaker.country);
    const target = others[Math.floor(r() * others.length)]!.country;
    const month = Math.floor((i / count) * MONTHS);
    const s = stance(speaker.country, target, month);
    const x = r() * 2 - 1 + s;
    const tone: ToneOrUnknown = r() < 0.05 ? 'unknown' : x > 0.4 ? 'cooperative' : x < -0.9 ? (r() < 0.3 ? 'sarcastic' : 'confrontational') : x < -0.4 ? 'confrontational' : 'neutral';
    const opening = OPENINGS[tone === 'unknown' ? 'neutral' : tone];
    const postedAt = START + Math.floor((i / count) * MONTHS * 30.4 * 86_400_000);
    const coded: Tone | null = r() < 0.08 ? (tone === 'unknown' ? 'neutral' : tone) : null;
    posts.push({
      platform: 'x',
      postId: `demo-${i}`,
      url: null,
      postedAt: new Date(postedAt).toISOString(),
      firstSeen: postedAt + 60_000,
      lastSeen: postedAt + 60_000,
      timesSeen: 1,
      handle: speaker.handle,
      authorName: speaker.name,
      text: `[Demo] ${opening[Math.floor(r() * opening.length)]} ${NAMES[target]}.`,
      lang: 'en',
      official: true,
      country: speaker.country,
      org: null,
      role: speaker.role,
      host: null,
      basis: 'directory',
      tone,
      toneScore: tone === 'cooperative' ? 0.6 : tone === 'confrontational' ? -0.6 : tone === 'sarcastic' ? -0.4 : 0,
      toneCues: [],
      saved: false,
      tags: [DEMO_TAG],
      codedTone: coded,
      codedBy: coded ? 'demo' : null,
      codedAt: coded ? postedAt + 120_000 : null,
      changedAt: postedAt + 60_000,
    });
  }
  return posts;
}
