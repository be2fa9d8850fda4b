// Identification of official diplomatic accounts (ACCOUNTS-GUIDE.md): look-alike guard, directory,
// a government domain the platform proved, then inference from name, bio, handle and badge.
import type { AccountInput, Identification, Role } from '../model';
import { handleKey, type Directory, type DirectoryEntry } from './directory';
import { INFERRED_ONLY, inferAccount } from './infer';
import { fromEntry, identifyListed, isUnconfirmed, normalisedHandle, notOfficial } from './listed';
import { identifyByDomain } from './proven-domain';
import { describePlace, describeSpeaker } from '../describe';
import { ROLES } from '../roles';
import { findPlaces } from '../countries';
import { fold } from '../text/fold';
import { words } from './text';
import { ORGS, ROLE_PHRASES } from './lexicon';

export { Directory, handleKey, type DirectoryEntry, type DirectoryFile } from './directory';
export { applyCorrection, type Correction } from './corrections';
// CSV import (papaparse + valibot) lives in ./csv so the content script does not bundle them.
export { skeleton, findLookalike, selfImitation } from './lookalike';
export { inferAccount, parseHandle } from './infer';
export { identifyListed } from './listed';
export { identifyByDomain } from './proven-domain';

/**
 * The directory and the guards first; then a government domain the platform proved the account
 * controls; inference for an unlisted account that imitates nobody, and to corroborate a listed
 * handle that no dated source confirms. The content script runs the first part itself
 * (identifyListed) and asks the background for this whole function: one identification, wherever
 * it runs.
 */
export function identifyAccount(account: AccountInput, directory?: Directory): Identification {
  const listed = identifyListed(account, directory);
  if (listed) return listed;
  const handle = normalisedHandle(account)!;
  const entry = directory?.byHandleOf(account.platform, handle);
  const unconfirmed = entry && directory && isUnconfirmed(entry) ? entry : undefined;
  const byDomain = identifyByDomain({ ...account, handle });
  if (byDomain) {
    // A listing no dated source confirms is confirmed by a proven domain of the same state or organisation.
    if (unconfirmed && byDomain.official && (unconfirmed.country ?? null) === byDomain.country && (unconfirmed.org ?? null) === byDomain.org) {
      const id = fromEntry(unconfirmed, directory!, 'by handle');
      return { ...id, reasons: [...id.reasons, `confirmed by its proven domain: ${byDomain.reasons[0]}`] };
    }
    return byDomain;
  }
  const inferred = inferAccount({ ...account, handle });
  if (!unconfirmed) return directory ? withoutListedOffice({ ...account, handle }, inferred, directory) : inferred;
  // Inference alone refuses a gold check (a verified business or NGO); for a handle the project lists as
  // an office, the platform's verification of an organisation is no evidence against it, so the name and
  // bio may confirm the listing as they would without the check (and nothing more).
  if (account.badge === 'gold') {
    const confirmed = corroborate(unconfirmed, directory!, inferAccount({ ...account, handle, badge: 'none' }));
    return confirmed.basis === 'directory' ? confirmed : corroborate(unconfirmed, directory!, inferred);
  }
  return corroborate(unconfirmed, directory!, inferred);
}

/**
 * A handle only the project's own list names, judged with what inference reads in its name and bio:
 * agreeing on country (or organisation) and role confirms the listing; otherwise inference decides
 * alone (at most "likely"), and an account that shows nothing official is not badged.
 */
export function corroborate(entry: DirectoryEntry, directory: Directory, inferred: Identification): Identification {
  if (!inferred.official) {
    return notOfficial([
      `@${entry.handle} is in DiploLens’s own list but in no dated source, and its name and bio do not show the office`,
      ...inferred.reasons,
    ]);
  }
  const samePlace = entry.country ? inferred.country === entry.country : inferred.org === entry.org;
  if (samePlace && inferred.role === entry.role) {
    const id = fromEntry(entry, directory, 'by handle');
    return { ...id, reasons: [...id.reasons, 'confirmed by its name and bio', ...inferred.reasons.filter((r) => r !== INFERRED_ONLY)] };
  }
  return { ...inferred, reasons: [...inferred.reasons, `DiploLens’s own list says otherwise for @${entry.handle}; not confirmed`] };
}

/**
 * Offices one state (or organisation) fills once, so that an unlisted account claiming one that is
 * listed is not a second holder: a foreign ministry, a head of state or government, a foreign minister,
 * an organisation itself, and a post in one host (an embassy, a mission, an ambassador). Not a consulate
 * (a state has several in one host country), nor an organisation's officials or a `government` body.
 */
const ONE_HOLDER: ReadonlySet<Role> = new Set<Role>([
  'foreign_ministry', 'foreign_minister', 'head_of_state', 'head_of_government', 'international_org', 'embassy', 'mission', 'ambassador',
]);
const POSTED_ABROAD: ReadonlySet<Role> = new Set<Role>(['embassy', 'mission', 'ambassador']);
/**
 * Roles a person holds. A person's name is theirs alone, where an office's name ("UK Prime Minister") is
 * shared by its accounts, old and new: an unlisted account in the name of a listed person of the same
 * state or organisation ("António Guterres" under another handle) is what an impersonator shows.
 */
const PERSONS: ReadonlySet<Role> = new Set<Role>(['head_of_state', 'head_of_government', 'foreign_minister', 'ambassador', 'io_official']);

/**
 * An inference that an unlisted account is an office whose account is already listed, or a listed
 * person, on a page that shows no government label, is what an impersonator shows ("Farnesina" under a
 * new handle): not official. A real second account of the office (a new handle, a second language) carries the
 * platform's government label on X and is kept; without it, the reader is pointed at the listed one.
 */
function withoutListedOffice(account: AccountInput, inferred: Identification, directory: Directory): Identification {
  const role = inferred.role;
  if (!inferred.official || account.badge === 'grey' || !role) return inferred;
  if (PERSONS.has(role)) {
    const other = (e: DirectoryEntry) => handleKey(e.platform, e.handle) !== handleKey(account.platform, account.handle);
    const namesake =
      directory
        .byName(account.platform, account.name ?? '')
        .find((e) => (e.country ?? null) === inferred.country && (e.org ?? null) === inferred.org && other(e)) ??
      // The holder of the same office under a shortened or lengthened name ("Dr Tedros Adhanom" for the listed
      // "Tedros Adhanom Ghebreyesus").
      directory
        .byOffice(account.platform, { role, country: inferred.country, org: inferred.org, host: POSTED_ABROAD.has(role) ? inferred.host : null })
        .find((e) => other(e) && samePerson(e.name ?? '', account.name ?? ''));
    if (namesake) {
      return notOfficial([
        `its display name is that of the listed @${namesake.handle}; with no government label, a second account in that name is not shown as official`,
        ...inferred.reasons.filter((r) => r !== INFERRED_ONLY),
      ]);
    }
  }
  if (!ONE_HOLDER.has(role)) return inferred;
  if (POSTED_ABROAD.has(role) && !inferred.host) return inferred;
  // An organisation's office in a state ("UN in Yemen", "UNICEF Nigeria") is one of many, not the organisation.
  if (role === 'international_org' && namesAState(account.name ?? '')) return inferred;
  const listed = directory.byOffice(account.platform, { role, country: inferred.country, org: inferred.org, host: POSTED_ABROAD.has(role) ? inferred.host : null });
  if (!listed.length) return inferred;
  const handles = listed.slice(0, 3).map((e) => '@' + e.handle).join(', ');
  return notOfficial([
    `it presents itself as ${officeName(role, inferred)}, listed as ${handles}; with no government label, a second account claiming that office is not shown as official`,
    ...inferred.reasons.filter((r) => r !== INFERRED_ONLY),
  ]);
}

let notANameCache: ReadonlySet<string> | null = null;
/**
 * Words of a display name that do not tell people apart: the words of titles and organisations ("NATO Deputy
 * Secretary General" shares no name with "NATO Secretary General") and the particles many names share.
 * Built on first use, as the lexicon is: the background's service worker starts often, and most starts
 * judge no person.
 */
const notANameWords = (): ReadonlySet<string> =>
  (notANameCache ??= new Set([
    ...['dr', 'mr', 'mrs', 'ms', 'prof', 'sir', 'hon', 'his', 'her', 'excellency', 'bin', 'bint', 'ibn', 'abu', 'al', 'el', 'de', 'del', 'da'],
    ...['do', 'dos', 'das', 'di', 'du', 'la', 'le', 'van', 'von', 'der', 'den', 'the', 'official', 'office', 'account'],
    ...[...Object.values(ROLE_PHRASES).flat(), ...Object.values(ORGS).flatMap((org) => [...org.names, ...org.acronyms])].flatMap((phrase) => words(fold(phrase))),
  ]));
const nameWords = (name: string) => {
  const notAName = notANameWords();
  return new Set(words(fold(name.slice(0, 200))).filter((w) => w.length >= 3 && !notAName.has(w)));
};

/** Two display names of one person: at least two name words in common, and at least half of the listed name's. */
function samePerson(listedName: string, name: string): boolean {
  const listed = nameWords(listedName);
  if (listed.size < 2) return false;
  let shared = 0;
  for (const w of nameWords(name)) if (listed.has(w)) shared++;
  return shared >= 2 && shared * 2 >= listed.size;
}

function namesAState(name: string): boolean {
  return findPlaces(words(fold(name))).some((p) => p.kind !== 'capital');
}

/** "the embassy of China in United States", "NATO". */
function officeName(role: Role, id: Identification): string {
  const who = describeSpeaker(id).text;
  if (role === 'international_org') return who;
  return `the ${ROLES[role].label.toLowerCase()} of ${who}${POSTED_ABROAD.has(role) ? ' ' + describePlace(id) : ''}`;
}
