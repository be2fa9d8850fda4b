import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { identifyAccount } from '../core/accounts';
import { bundledDirectory } from '../core/accounts/bundled-directory';
import { classifyTone } from '../core/tone';
import { detectLanguage } from '../core/tone/detect-language';
import { isTentative } from '../core/tones';
import { PLATFORMS, VERIFICATION_BADGES, type AccountInput, type Platform, type VerificationBadge } from '../core/model';
import { INSIGHTS_USAGE, insightsCommand } from './insights';

const USAGE = `Usage: diplolens <command> < input.jsonl > output.jsonl

Commands:
  tone      reads {"id","text","lang"?} per line, writes {"id","tone","score","cues","lang"},
            with "confidence" and "tentative" where the model (en, es, zh) decided
  accounts  reads {"id","platform","handle","name"?,"bio"?,"badge"?} per line,
            writes {"id","official","country","org","role","host","basis"}
${INSIGHTS_USAGE}

A malformed line is reported on stderr with its line number; the other lines are
still answered; the exit code is 1 if any line was bad.`;

class LineError extends Error {}

const BADGES: readonly VerificationBadge[] = VERIFICATION_BADGES;

function optionalString(row: Record<string, unknown>, key: string): string | undefined {
  const value = row[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw new LineError(`"${key}" must be a string`);
  return value;
}

function requiredString(row: Record<string, unknown>, key: string): string {
  const value = optionalString(row, key);
  if (value === undefined || value === '') throw new LineError(`missing "${key}"`);
  return value;
}

function idOf(row: Record<string, unknown>): string | number {
  const id = row.id;
  if (typeof id === 'string' || typeof id === 'number') return id;
  throw new LineError('missing "id" (a string or a number)');
}

type Answer = (row: Record<string, unknown>) => object;

function toneAnswer(): Answer {
  return (row) => {
    const id = idOf(row);
    const text = optionalString(row, 'text');
    if (text === undefined) throw new LineError('missing "text"');
    // X always declares a post's language; other sources may not, and then it is detected.
    const declared = optionalString(row, 'lang');
    const result = classifyTone(text, declared && declared !== 'und' ? declared : detectLanguage(text));
    return { id, tone: result.tone, score: result.score, cues: result.cues, lang: result.lang, ...(result.confidence === undefined ? {} : { confidence: result.confidence, tentative: isTentative(result) }) };
  };
}

function accountsAnswer(): Answer {
  const directory = bundledDirectory();
  return (row) => {
    const id = idOf(row);
    const platform = requiredString(row, 'platform') as Platform;
    if (!PLATFORMS.includes(platform)) throw new LineError(`"platform" must be one of ${PLATFORMS.join(', ')}`);
    const badge = optionalString(row, 'badge') as VerificationBadge | undefined;
    if (badge !== undefined && !BADGES.includes(badge)) throw new LineError(`"badge" must be one of ${BADGES.join(', ')}`);
    const account: AccountInput = {
      platform,
      handle: requiredString(row, 'handle').replace(/^@/, ''),
      name: optionalString(row, 'name'),
      bio: optionalString(row, 'bio'),
      badge,
      userId: optionalString(row, 'userId'),
    };
    const r = identifyAccount(account, directory);
    return { id, official: r.official, country: r.country, org: r.org, role: r.role, host: r.host, basis: r.basis };
  };
}

export async function main(args: string[], stdin: Readable, stdout: Writable, stderr: Writable): Promise<number> {
  const [command] = args;
  if (command === '--help' || command === '-h' || command === 'help') {
    stdout.write(USAGE + '\n');
    return 0;
  }
  if (command === 'insights') return insightsCommand(args.slice(1), stdin, stdout, stderr);
  const answer = command === 'tone' ? toneAnswer() : command === 'accounts' ? accountsAnswer() : null;
  if (!answer) {
    stderr.write((command ? `diplolens: unknown command "${command}"\n\n` : '') + USAGE + '\n');
    return 2;
  }
  let lineNumber = 0;
  let bad = 0;
  for await (const line of createInterface({ input: stdin, crlfDelay: Infinity })) {
    lineNumber++;
    if (line.trim() === '') continue;
    try {
      let row: unknown;
      try {
        row = JSON.parse(line);
      } catch (error) {
        throw new LineError(`not valid JSON (${(error as Error).message})`);
      }
      if (typeof row !== 'object' || row === null || Array.isArray(row)) throw new LineError('expected a JSON object');
      stdout.write(JSON.stringify(answer(row as Record<string, unknown>)) + '\n');
    } catch (error) {
      bad++;
      const reason = error instanceof LineError ? error.message : `internal error: ${String(error)}`;
      stderr.write(`diplolens ${command}: line ${lineNumber}: ${reason}\n`);
    }
  }
  return bad > 0 ? 1 : 0;
}
