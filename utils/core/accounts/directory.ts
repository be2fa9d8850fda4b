// The directory of listed official accounts: built from entries (bundled JSON in the background, or
// entries sent by message to a content script), looked up by (platform, handle) and by X's numeric id.
import type { Platform, Role } from '../model';
import { handleKey, type DirectoryEntry, type DirectoryFile, type DirectorySource } from './directory-entry';
import { buildLookalikeIndex, type LookalikeIndex } from './lookalike';
import { fold } from '../text/fold';
import { words } from './text';

export { handleKey, type DirectoryEntry, type DirectoryFile, type DirectorySource, type DirectoryTier } from './directory-entry';

export class Directory {
  readonly entries: DirectoryEntry[];
  private byHandle = new Map<string, DirectoryEntry>();
  private byUserId = new Map<string, DirectoryEntry>();
  private lookalikes: LookalikeIndex | null = null;
  private byOfficeKey: Map<string, DirectoryEntry[]> | null = null;
  private byNameKey: Map<string, DirectoryEntry[]> | null = null;

  /**
   * `lookalikes`: an index built elsewhere from the same entries (the background's, for a content script);
   * `sources`: the bundled file's dated sources, by tag, for naming them in the badge's card.
   */
  constructor(
    entries: readonly DirectoryEntry[],
    lookalikes?: LookalikeIndex,
    readonly sources: Readonly<Record<string, DirectorySource>> = {},
  ) {
    this.entries = [...entries];
    this.lookalikes = lookalikes ?? null;
    for (const e of entries) {
      if (!e || typeof e.handle !== 'string' || !e.handle) continue;
      const k = handleKey(e.platform, e.handle);
      if (!this.byHandle.has(k)) this.byHandle.set(k, e);
      if (e.userId && !this.byUserId.has(handleKey(e.platform, e.userId))) this.byUserId.set(handleKey(e.platform, e.userId), e);
    }
  }

  /** A directory file as bundled (utils/core/accounts/directory.json) or as a test fixture. */
  static fromFile(file: Pick<DirectoryFile, 'accounts' | 'sources'>): Directory {
    return new Directory(file.accounts, undefined, file.sources);
  }

  get size(): number {
    return this.entries.length;
  }

  byHandleOf(platform: Platform, handle: string): DirectoryEntry | undefined {
    return this.byHandle.get(handleKey(platform, handle));
  }

  /** By the platform's stable account id (X numeric id, Bluesky DID, Mastodon account URI), which renames keep. */
  byAccountId(platform: Platform, userId: string): DirectoryEntry | undefined {
    return this.byUserId.get(handleKey(platform, userId));
  }

  /**
   * The listed accounts of one office: a state's (or organisation's) role, and for a post abroad its
   * host ("the embassy of China in the United States"). From dated sources and the maintainers' list,
   * never from the user's own lists, whose handles must not surface in what the page is told.
   */
  byOffice(platform: Platform, office: { role: Role; country: string | null; org: string | null; host: string | null }): readonly DirectoryEntry[] {
    this.byOfficeKey ??= this.groupShared((e) => officeKey(e.platform, e));
    return this.byOfficeKey.get(officeKey(platform, office)) ?? [];
  }

  /**
   * The listed accounts with this display name on the platform, compared word by word after folding
   * (flags, punctuation and case aside). From dated sources and the maintainers' list only, as byOffice.
   */
  byName(platform: Platform, name: string): readonly DirectoryEntry[] {
    this.byNameKey ??= this.groupShared((e) => (e.name ? nameKey(e.platform, e.name) : null));
    const key = nameKey(platform, name);
    return key.endsWith(':') ? [] : this.byNameKey.get(key) ?? [];
  }

  /** Entries of dated sources and the maintainers' list (never the user's own), grouped by `key`. */
  private groupShared(key: (e: DirectoryEntry) => string | null): Map<string, DirectoryEntry[]> {
    const groups = new Map<string, DirectoryEntry[]>();
    for (const e of this.entries) {
      if (!e?.handle || e.tier === 'user') continue;
      const k = key(e);
      if (k === null) continue;
      const list = groups.get(k);
      if (list) list.push(e);
      else groups.set(k, [e]);
    }
    return groups;
  }

  /** Look-alike index, built on first use (content scripts that never meet an unlisted handle skip it). */
  lookalikeIndex(): LookalikeIndex {
    return (this.lookalikes ??= buildLookalikeIndex(this.entries));
  }
}

const officeKey = (platform: Platform, o: { role: Role; country: string | null; org: string | null; host: string | null }) =>
  [platform, o.role, o.country ?? '', o.org ?? '', o.host ?? ''].join('|');
const nameKey = (platform: Platform, name: string) => platform + ':' + words(fold(name.slice(0, 200))).join(' ');
