import { applyCorrection, type Correction } from '../accounts/corrections';
import { Directory, handleKey } from '../accounts/directory';
import { identifyListed } from '../accounts/listed';
import type { AccountInput, Identification } from '../types';

const accountKey = (a: AccountInput) => JSON.stringify([a.platform, a.handle.toLowerCase(), a.name, a.bio, a.badge, a.userId, a.location]);

/**
 * Identification as a content script does it. The directory and the look-alike guard answer at
 * once, in the page. Inference (large multilingual tables, a slow first call) runs in the
 * background: unlisted accounts are sent there in one batch per frame and answered for the rest
 * of the page's life. Until then a post is "pending" and gets no state. The user's corrections
 * apply on top of either.
 */
export class PageIdentifier {
  private inferred = new Map<string, Identification>();
  /** The directory's and guards' verdict per account (null: needs inference); a timeline repeats authors. */
  private listed = new Map<string, Identification | null>();
  private waiting = new Map<string, AccountInput>();
  private flushQueued = false;

  constructor(
    private directory: Directory,
    private overrides: Record<string, Correction>,
    private readonly infer: (accounts: AccountInput[]) => Promise<Identification[]>,
    private readonly onAnswers: () => void,
    private readonly onError: (error: unknown) => void,
  ) {}

  /** The identification, or null while the background is inferring it. */
  identify(account: AccountInput): Identification | null {
    const key = accountKey(account);
    let listed = this.listed.get(key);
    if (listed === undefined) {
      listed = identifyListed(account, this.directory);
      if (this.listed.size > 20_000) this.listed.clear();
      this.listed.set(key, listed);
    }
    const base = listed ?? this.inferred.get(key);
    if (!base) {
      this.ask(account);
      return null;
    }
    const correction = this.overrides[handleKey(account.platform, account.handle)];
    return correction ? applyCorrection(base, correction) : base;
  }

  setOverrides(overrides: Record<string, Correction>): void {
    this.overrides = overrides;
  }

  setDirectory(directory: Directory): void {
    this.directory = directory;
    this.inferred.clear();
    this.listed.clear();
  }

  private ask(account: AccountInput): void {
    const key = accountKey(account);
    if (this.waiting.has(key)) return;
    this.waiting.set(key, account);
    if (this.flushQueued) return;
    this.flushQueued = true;
    queueMicrotask(() => this.flush());
  }

  private flush(): void {
    this.flushQueued = false;
    const batch = [...this.waiting.entries()];
    if (!batch.length) return;
    this.infer(batch.map(([, a]) => a)).then(
      (answers) => {
        batch.forEach(([key], i) => {
          this.waiting.delete(key);
          const answer = answers[i];
          if (answer) this.inferred.set(key, answer);
        });
        if (this.inferred.size > 20_000) this.inferred.clear();
        this.onAnswers();
      },
      (error) => {
        // Asked again on the next change; a dead background must not make every frame retry.
        for (const [key] of batch) this.waiting.delete(key);
        this.onError(error);
      },
    );
  }
}
