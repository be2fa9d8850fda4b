// The bundled directory (~300 kB of JSON). Kept apart from directory.ts so that code needing only the
// class (the content script, which receives entries by message) does not pull the data in.
import data from './directory.json';
import { Directory, type DirectoryFile } from './directory';

let cached: Directory | null = null;

/** The directory shipped with the extension, parsed once. */
export function bundledDirectory(): Directory {
  return (cached ??= Directory.fromFile(data as unknown as DirectoryFile));
}
