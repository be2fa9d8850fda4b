import type { Correction } from '../core/accounts/corrections';
import { Directory, handleKey } from '../core/accounts/directory';
import { shownIdentification } from '../core/accounts/inferred-badges';
import { identifyListed } from '../core/accounts/listed';
import type { AccountInput, Identification } from '../core/model';
import { BatchedLookup } from './batched-lookup';

const accountKey = (a: AccountInput) => JSON.stringify([a.platform, a.handle.toLowerCase(), a.name, a.bio, a.badge, a.userId, a.location, a.provenDomains]);

/**
 * Identification as a content script does it. The directory and the look-alike guard answer at
 * once, in the page. Inference (large multilingual tables, a slow first call) runs in the
 * background: unlisted accounts are sent there in one batch per frame and answered for the rest
 * of the page's life. Until then a post is "pending" and gets no state. The user's corrections
 * apply on top of either.
 */
export class PageIdentifier {
  /** The directory's and guards' verdict per account (null: needs inference); a timeline repeats authors. */
  private listed = new Map<string, Identification | null>();
  private inferred: BatchedLookup<AccountInput, Identification>;
  /** The user's setting: whether an account found official by inference alone gets a ("likely") badge. */
  private inferredBadges = true;

  constructor(
    private directory: Directory,
    private overrides: Record<string, Correction>,
    infer: (accounts: AccountInput[]) => Promise<Identification[]>,
    onAnswers: () => void,
    onError: (error: unknown) => void,
  ) {
    this.inferred = new BatchedLookup(infer, onAnswers, onError);
  }

  /** The identification, or null while the background is inferring it. */
  identify(account: AccountInput): Identification | null {
    const key = accountKey(account);
    let listed = this.listed.get(key);
    if (listed === undefined) {
      listed = identifyListed(account, this.directory);
      if (this.listed.size > 20_000) this.listed.clear();
      this.listed.set(key, listed);
    }
    const base = listed ?? this.inferred.get(key, account);
    if (!base) return null;
    return shownIdentification(base, this.overrides[handleKey(account.platform, account.handle)], this.inferredBadges);
  }

  setInferredBadges(on: boolean): void {
    this.inferredBadges = on;
  }

  setOverrides(overrides: Record<string, Correction>): void {
    this.overrides = overrides;
  }

  setDirectory(directory: Directory): void {
    this.directory = directory;
    this.inferred.clear();
    this.listed.clear();
  }
}
