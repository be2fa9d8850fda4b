import { browser } from 'wxt/browser';
import { identifyAccount } from '../core/accounts';
import { bundledDirectory } from '../core/accounts/bundled-directory';
import type { Correction } from '../core/accounts/corrections';
import { parseAccountsCsv } from '../core/accounts/csv';
import { parseCorrection } from '../core/accounts/correction-schema';
import { shownIdentification } from '../core/accounts/inferred-badges';
import { Directory, handleKey, type DirectoryEntry } from '../core/accounts/directory';
import { serializeLookalikeIndex, type SerializedLookalikeIndex } from '../core/accounts/lookalike';
import type { AccountRecord, DiploLensDB } from '../db/database';
import { IMPORTED_ACCOUNTS_KEY } from '../db/settings';
import { stored, type CorrectedAccount, type Handlers } from '../protocol';
import { siteFor } from '../sites/registry';
import type { AccountInput, Identification, Platform } from '../core/model';

/** How many remembered accounts (with a bio seen) a tab gets at start. */
const REMEMBERED_LIMIT = 5_000;

export type Overrides = Record<string, Correction>;

/** Opens an account's correction page in a small window (a tab where windows cannot be made). */
export async function openCorrectionPage(platform: Platform, handle: string): Promise<void> {
  const url = browser.runtime.getURL(`/accounts.html?platform=${encodeURIComponent(platform)}&handle=${encodeURIComponent(handle)}`);
  await browser.windows.create({ url, type: 'popup', width: 520, height: 720 }).catch(() => browser.tabs.create({ url }));
}

/** The correction in force: the last one recorded, unless it was an undo marker (null fields). */
export function currentCorrection(record: AccountRecord | undefined): Correction | null {
  const last = record?.corrections.at(-1);
  if (!last || last.fields.cleared) return null;
  return last.fields as unknown as Correction;
}

/** The corrections in force, by handleKey, as every tab applies them (read inside the caller's transaction). */
export async function correctionsInForce(db: DiploLensDB): Promise<Overrides> {
  const inForce: Overrides = {};
  await db.accounts.each((r) => {
    const correction = currentCorrection(r);
    if (correction) inForce[handleKey(r.platform, r.handle)] = correction;
  });
  return inForce;
}

function emptyAccount(platform: Platform, handle: string, now: number): AccountRecord {
  return { platform, handle, names: [], bios: [], corrections: [], firstSeen: now, lastSeen: now };
}

/**
 * Accounts: the directory (bundled plus the researcher's imports), the user's corrections
 * (stored with the account in the database, mirrored to storage.local so every open tab
 * applies them at once) and what pages showed about accounts.
 */
export function accountHandlers(db: DiploLensDB): Handlers {
  const bundled = bundledDirectory();

  async function imported(): Promise<DirectoryEntry[]> {
    // The user's own list: trusted because the user chose it, and never named in a platform's page.
    const rows = ((await db.settings.get(IMPORTED_ACCOUNTS_KEY))?.value as DirectoryEntry[] | undefined) ?? [];
    return rows.map((row) => ({ ...row, tier: 'user' as const }));
  }

  /** Imported rows win over bundled ones for the same handle: the researcher's list is newer. */
  async function directory(): Promise<Directory> {
    const mine = await imported();
    if (!mine.length) return bundled;
    const keys = new Set(mine.map((e) => handleKey(e.platform, e.handle)));
    return new Directory([...mine, ...bundled.entries.filter((e) => !keys.has(handleKey(e.platform, e.handle)))], undefined, bundled.sources);
  }

  /**
   * Adds the correction `next` makes of an account's record (none when it returns null) and publishes
   * the corrections in force to every tab. The record is read, changed and the corrections in force
   * collected in one transaction, so two quick changes (a correction and its undo, two tabs at once)
   * never publish a state that mixes them.
   */
  async function changeCorrection(platform: Platform, handle: string, next: (record: AccountRecord) => Record<string, unknown> | null): Promise<void> {
    const now = Date.now();
    const overrides = await db.transaction('rw', db.accounts, async () => {
      const record = (await db.accounts.get([platform, handle])) ?? emptyAccount(platform, handle, now);
      const fields = next(record);
      if (!fields) return null;
      record.corrections.push({ at: now, fields });
      await db.accounts.put(record);
      return correctionsInForce(db);
    });
    if (overrides) await stored.overrides.setValue(overrides);
  }

  return {
    'directory:get': async () => {
      const remembered: AccountInput[] = [];
      await db.accounts
        .orderBy('lastSeen')
        .reverse()
        .until(() => remembered.length >= REMEMBERED_LIMIT)
        .each((r) => {
          const bio = r.bios.at(-1)?.bio;
          if (bio || r.userId) remembered.push({ platform: r.platform, handle: r.handle, ...(bio ? { bio } : {}), ...(r.userId ? { userId: r.userId } : {}) });
        });
      // The look-alike index costs ~75 ms to build: built once here, not on the page's main thread.
      const dir = await directory();
      return { entries: dir.entries, sources: { ...dir.sources }, lookalikes: serializeLookalikeIndex(dir.lookalikeIndex()), remembered };
    },

    'accounts:infer': async ({ accounts }) => {
      const dir = await directory();
      return { identifications: accounts.slice(0, 1000).map((account) => identifyAccount(account, dir)) };
    },

    'accounts:learn': async ({ accounts }) => {
      const now = Date.now();
      await db.transaction('rw', db.accounts, async () => {
        for (const account of accounts.slice(0, 500)) {
          if (!account?.handle || !account.platform) continue;
          const record = (await db.accounts.get([account.platform, account.handle])) ?? emptyAccount(account.platform, account.handle, now);
          if (account.userId) record.userId = account.userId;
          if (account.name && !record.names.includes(account.name)) record.names = [...record.names, account.name].slice(-10);
          if (account.bio && record.bios.at(-1)?.bio !== account.bio) record.bios = [...record.bios, { bio: account.bio.slice(0, 2000), seen: now }].slice(-5);
          record.lastSeen = now;
          await db.accounts.put(record);
        }
      });
      return null;
    },

    'accounts:identify': async ({ platform, handle }) => {
      const record = await db.accounts.get([platform, handle]);
      const proven = siteFor(platform)?.provenDomainsOf?.(handle) ?? [];
      const known: AccountInput = {
        platform,
        handle,
        ...(record?.names.at(-1) ? { name: record.names.at(-1) } : {}),
        ...(record?.bios.at(-1) ? { bio: record.bios.at(-1)!.bio } : {}),
        ...(record?.userId ? { userId: record.userId } : {}),
        ...(proven.length ? { provenDomains: proven } : {}),
      };
      const correction = currentCorrection(record);
      const automatic = identifyAccount(known, await directory());
      // The label the page shows, so the accounts page never calls official what the user chose not to badge.
      const identification = shownIdentification(automatic, correction, await stored.inferredBadges.getValue());
      return { identification, correction, known };
    },

    'corrections:set': async ({ platform, handle, correction }) => {
      const checked = parseCorrection(correction);
      if (!checked) throw new Error('A correction says whether the account is official, with a known role and ISO country code.');
      await changeCorrection(platform, handle.replace(/^@/, ''), () => ({ ...checked }));
      return null;
    },

    'corrections:undo': async ({ platform, handle }) => {
      let restored: Correction | null = null;
      await changeCorrection(platform, handle, (record) => {
        if (!currentCorrection(record)) return null;
        // Undo goes back one step: the correction before the last one, or none.
        const previous = record.corrections.slice(0, -1).filter((c) => !c.fields.cleared).at(-1);
        restored = previous ? (previous.fields as unknown as Correction) : null;
        return previous ? { ...previous.fields } : { cleared: true };
      });
      return { correction: restored };
    },

    'corrections:list': async () => {
      const accounts: CorrectedAccount[] = [];
      await db.accounts.each((r) => {
        const correction = currentCorrection(r);
        if (correction) accounts.push({ platform: r.platform, handle: r.handle, correction, at: r.corrections.at(-1)!.at, history: r.corrections.length });
      });
      return { accounts: accounts.sort((a, b) => b.at - a.at) };
    },

    'directory:import': async ({ csv }) => {
      const { accepted, rejected } = parseAccountsCsv(csv);
      if (accepted.length) {
        const merged = new Map((await imported()).map((e) => [handleKey(e.platform, e.handle), e]));
        for (const e of accepted) merged.set(handleKey(e.platform, e.handle), { ...e, source: e.source || 'user-import' });
        await db.settings.put({ key: IMPORTED_ACCOUNTS_KEY, value: [...merged.values()] });
        await stored.directoryVersion.setValue(Date.now());
      }
      return { accepted: accepted.length, rejected, total: accepted.length + rejected.length };
    },

    'directory:imported': async () => ({ entries: await imported() }),

    'directory:clear-imported': async () => {
      await db.settings.delete(IMPORTED_ACCOUNTS_KEY);
      await stored.directoryVersion.setValue(Date.now());
      return null;
    },

    'ui:correct': async ({ platform, handle }) => {
      await openCorrectionPage(platform, handle);
      return null;
    },
  };
}
