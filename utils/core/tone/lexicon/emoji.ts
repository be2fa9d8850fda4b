import type { CueClass } from './types';

/**
 * Emoji carry tone in every language. Eye-rolls and clowns mock; a laughing face
 * mocks more often than not in a rival's direction but also appears in friendly
 * banter, so it weighs less; a plain smile after a barb is passive-aggressive
 * but harmless alone, so it weighs too little to decide anything by itself.
 */
export const EMOJI_CUES: Record<string, { cls: CueClass | 'mocking_emoji'; weight: number }> = {
  '🙄': { cls: 'mocking_emoji', weight: 1.0 },
  '🤡': { cls: 'mocking_emoji', weight: 1.0 },
  '🙃': { cls: 'mocking_emoji', weight: 0.9 },
  '😏': { cls: 'mocking_emoji', weight: 0.9 },
  '🥱': { cls: 'mocking_emoji', weight: 0.7 },
  '🍿': { cls: 'mocking_emoji', weight: 0.6 },
  '😂': { cls: 'mocking_emoji', weight: 0.6 },
  '🤣': { cls: 'mocking_emoji', weight: 0.6 },
  '😆': { cls: 'mocking_emoji', weight: 0.4 },
  '😉': { cls: 'mocking_emoji', weight: 0.4 },
  '🙂': { cls: 'mocking_emoji', weight: 0.4 },
  '🤔': { cls: 'mocking_emoji', weight: 0.4 },
  '🤦': { cls: 'mocking_emoji', weight: 0.7 },
  '🤝': { cls: 'cooperate', weight: 0.6 },
  '🙏': { cls: 'thank', weight: 0.4 },
  '❤': { cls: 'friendship', weight: 0.4 },
  '💙': { cls: 'friendship', weight: 0.4 },
  '💚': { cls: 'friendship', weight: 0.4 },
  '🫶': { cls: 'friendship', weight: 0.4 },
  '🎉': { cls: 'congratulate', weight: 0.4 },
  '🎊': { cls: 'congratulate', weight: 0.4 },
  '🥳': { cls: 'congratulate', weight: 0.4 },
  '🕯': { cls: 'condole', weight: 0.5 },
  '💐': { cls: 'condole', weight: 0.3 },
  '🕊': { cls: 'reconcile', weight: 0.3 },
  '😡': { cls: 'criticize', weight: -0.4 },
  '🤬': { cls: 'criticize', weight: -0.5 },
};
