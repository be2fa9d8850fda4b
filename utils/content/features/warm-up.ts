import { renderBadge } from '../../../components/badge/badge-host';
import { countryName } from '../../core/countries';
import type { Identification, Platform, ToneResult } from '../../core/model';
import type { PageIdentifier } from '../identifier';
import { classifyCached, loadTone } from './tone-loader';

const nextTask = () => new Promise((next) => setTimeout(next, 0));

/**
 * Cold code costs about 60 ms at its first use: the tone lexicon's compile and compromise's first
 * run, the browser's country names (ICU), the first badge. Paid in one batch, that would be a long
 * task as the page loads; each step runs here as a task of its own, before the first scan.
 */
export async function warmUp(platform: Platform, identifier: PageIdentifier): Promise<void> {
  const lang = document.documentElement.lang || 'en';
  await nextTask();
  await loadTone();
  const steps = [
    () => classifyCached('We welcome the agreement and thank our partners, but condemn the so-called "vote".', 'en'),
    () => lang.startsWith('en') || classifyCached('…', lang),
    () => countryName('FR'),
    () => identifier.identify({ platform, handle: 'diplolens_warm_up', name: 'Warm up', badge: 'none' }),
    () => {
      const slot = document.createElement('div');
      const tone: ToneResult = { tone: 'cooperative', score: 1, cues: [], lang: 'en' };
      const identification: Identification = { official: true, country: 'FR', org: null, role: 'embassy', host: 'US', basis: 'directory', reasons: [] };
      renderBadge(slot, 'warm_up', { identification, tone });
      renderBadge(slot, 'warm_up', null);
    },
  ];
  for (const step of steps) {
    await nextTask();
    try {
      step();
    } catch {
      /* warming is best effort */
    }
  }
}
