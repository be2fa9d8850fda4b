import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/**
 * The real texts live in ../shared beside the repository (their sources give no licence to
 * redistribute them); the repository keeps only ids and labels.
 */
export const POOL_DIR = process.env.DIPLOLENS_TONE_POOL ?? fileURLToPath(new URL('../../../shared/data/tone-pool/', import.meta.url));

export function poolPath(file: string): string {
  return join(POOL_DIR, file);
}
