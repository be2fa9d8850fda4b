import type { ToneLexicon } from './types';
import { en } from './en';
import { fr } from './fr';
import { es } from './es';
import { de } from './de';
import { ru } from './ru';
import { ar } from './ar';
import { zh } from './zh';
import { pt } from './pt';

/** Supported languages. Adding one is adding its file and a line here. */
export const LEXICONS: Record<string, ToneLexicon> = { en, fr, es, de, ru, ar, zh, pt };

export type { ToneLexicon, CueClass } from './types';
export { CUE_CLASSES } from './types';
