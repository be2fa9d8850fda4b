// The bundled directory's coverage: per tier (sourced by a dated list, or unconfirmed), per role,
// per source, and per UN member state.
import { printCoverage, readDirectory } from '../directory/coverage';

export default async function directoryEval(): Promise<void> {
  printCoverage(readDirectory());
}
