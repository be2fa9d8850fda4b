// Where an imported post says otherwise than the stored one. An import keeps what is stored; the report
// lists each conflict (stored versus incoming) and the user may accept the incoming side, part by part.
import type { StoredPost } from '../records';

/** The parts of a post an import can disagree on, and the fields each part carries when it is accepted. */
export const CONFLICT_PARTS = {
  text: ['text', 'textLength'],
  labels: ['official', 'country', 'org', 'role', 'host', 'basis', 'lang', 'tone', 'toneScore', 'toneConfidence', 'toneCues'],
  coding: ['codedTone', 'codedBy', 'codedAt'],
} as const satisfies Record<string, readonly (keyof StoredPost)[]>;
export type ConflictPart = keyof typeof CONFLICT_PARTS;
export const CONFLICT_PART_NAMES = Object.keys(CONFLICT_PARTS) as ConflictPart[];

type PartFields = (typeof CONFLICT_PARTS)[ConflictPart][number];
/** The fields of every part, as one side of a conflict says them. */
export type ConflictSide = Pick<StoredPost, PartFields>;

export interface Conflict {
  /** `platform:postId` */
  key: string;
  /** The parts that differ, in CONFLICT_PARTS order. */
  parts: ConflictPart[];
  stored: ConflictSide;
  incoming: ConflictSide;
}

const sideOf = (post: StoredPost): ConflictSide => {
  const side: Record<string, unknown> = {};
  for (const part of CONFLICT_PART_NAMES) for (const field of CONFLICT_PARTS[part]) side[field] = post[field] ?? null;
  return side as ConflictSide;
};

const isCoded = (p: Pick<StoredPost, 'codedTone'>) => p.codedTone !== null && p.codedTone !== undefined;

/**
 * The parts where `incoming` says otherwise than `stored`: another text; other labels (official, country,
 * organisation, role, host or tone; a changed score or cue alone is the model, not a disagreement); a
 * coding by someone else or another tone where the post is coded already (a coding for an uncoded post is
 * simply added by the import).
 */
export function conflictParts(stored: StoredPost, incoming: StoredPost): ConflictPart[] {
  const parts: ConflictPart[] = [];
  if (incoming.text !== stored.text) parts.push('text');
  const labels = ['official', 'country', 'org', 'role', 'host', 'tone'] as const;
  if (labels.some((f) => (incoming[f] ?? null) !== (stored[f] ?? null))) parts.push('labels');
  if (isCoded(stored) && isCoded(incoming) && (incoming.codedTone !== stored.codedTone || incoming.codedBy !== stored.codedBy)) parts.push('coding');
  return parts;
}

export function conflictOf(key: string, stored: StoredPost, incoming: StoredPost): Conflict | null {
  const parts = conflictParts(stored, incoming);
  return parts.length ? { key, parts, stored: sideOf(stored), incoming: sideOf(incoming) } : null;
}

/**
 * The stored post with the accepted parts of a conflict taken from the incoming side, or null when the
 * stored post no longer is what the conflict showed (changed since, e.g. coded in another tab): then nothing
 * is taken, since the user accepted a change of something else.
 */
export function acceptParts<P extends StoredPost>(current: P, conflict: Conflict, accepted: readonly ConflictPart[]): P | null {
  const now = sideOf(current);
  const unchanged = CONFLICT_PART_NAMES.every((part) => CONFLICT_PARTS[part].every((f) => JSON.stringify(now[f]) === JSON.stringify(conflict.stored[f])));
  if (!unchanged) return null;
  const next = { ...current } as Record<string, unknown>;
  for (const part of accepted) {
    if (!conflict.parts.includes(part)) continue;
    for (const field of CONFLICT_PARTS[part]) next[field] = conflict.incoming[field];
  }
  // As an import stores them: a cut text's length and a tone model's figure are present or absent, never null.
  if (next.textLength === null) delete next.textLength;
  if (next.toneConfidence === null) delete next.toneConfidence;
  return next as unknown as P;
}
