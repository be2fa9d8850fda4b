import type { DiploLensDB } from './database';
import { PLATFORMS, type CapturePolicy, type Platform } from '../core/model';

export const DEFAULT_CAPTURE: CapturePolicy = Object.fromEntries(PLATFORMS.map((p) => [p, true])) as CapturePolicy;

export const CAPTURE_KEY = 'capture';
/** The user's imported list of official accounts (utils/background/accounts.ts). */
export const IMPORTED_ACCOUNTS_KEY = 'importedAccounts';
export const CODER_KEY = 'coder';

export async function getCapturePolicy(db: DiploLensDB): Promise<CapturePolicy> {
  const row = await db.settings.get(CAPTURE_KEY);
  return { ...DEFAULT_CAPTURE, ...((row?.value as Partial<CapturePolicy> | undefined) ?? {}) };
}

export async function setCapture(db: DiploLensDB, platform: Platform, on: boolean): Promise<CapturePolicy> {
  return db.transaction('rw', db.settings, async () => {
    const policy = { ...(await getCapturePolicy(db)), [platform]: on };
    await db.settings.put({ key: CAPTURE_KEY, value: policy });
    return policy;
  });
}

/** The name written into codedBy: who coded a post, for inter-coder comparisons. */
export async function getCoder(db: DiploLensDB): Promise<string> {
  const row = await db.settings.get(CODER_KEY);
  return typeof row?.value === 'string' && row.value ? row.value : 'me';
}

export async function setCoder(db: DiploLensDB, name: string): Promise<void> {
  await db.settings.put({ key: CODER_KEY, value: name.trim() || 'me' });
}

const SELECTION_KEY = 'librarySelection';

export interface LibrarySelection {
  /** What the posts are, for the library's banner: "United States speaking of Russia". */
  label: string;
  keys: string[];
}

/** Hands a set of posts to the library (opened with ?selection), which may be too large for a URL. */
export async function saveLibrarySelection(db: DiploLensDB, selection: LibrarySelection): Promise<void> {
  await db.settings.put({ key: SELECTION_KEY, value: selection });
}

export async function readLibrarySelection(db: DiploLensDB): Promise<LibrarySelection | null> {
  const value = (await db.settings.get(SELECTION_KEY))?.value as Partial<LibrarySelection> | undefined;
  return value && typeof value.label === 'string' && Array.isArray(value.keys) ? { label: value.label, keys: value.keys.filter((k): k is string => typeof k === 'string') } : null;
}
