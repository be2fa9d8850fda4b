import type { DiploLensDB } from './database';
import type { Platform } from '../core/model';

/** Which platforms record official posts automatically. Saving a post by hand works regardless. */
export type CapturePolicy = Record<Platform, boolean>;

export const PLATFORMS: Platform[] = ['x', 'bluesky', 'mastodon'];
export const DEFAULT_CAPTURE: CapturePolicy = { x: true, bluesky: true, mastodon: true };

const CAPTURE_KEY = 'capture';
const CODER_KEY = 'coder';

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

/** Kept in extension storage, not IndexedDB: when IndexedDB is full, this note must still get written. */
export const STORAGE_PROBLEM_KEY = 'diplolens:storageProblem';
export interface StorageProblem {
  at: number;
  message: string;
}
