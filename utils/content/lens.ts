import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { renderBadge } from '../../components/badge/badge-host';
import type { SiteModule } from '../sites/types';
import { createAccountLearning } from './features/account-learning';
import { badgeActions } from './features/badge-actions';
import { createRecorder } from './features/capture';
import { reportDiagnostics } from './features/diagnostics-reporter';
import { createSyncedIdentifier } from './features/directory-sync';
import { createErrorLog } from './features/errors';
import { listenToPageWorld } from './features/page-world-bridge';
import { listenForSaveRequests } from './features/save-post';
import { classifyCached } from './features/tone-loader';
import { warmUp } from './features/warm-up';
import { createScanner } from './scanner';

/**
 * The content script's whole life on one platform's pages: the features of ./features, wired
 * together. Fetch the directory from the background, then badge and record posts as they
 * appear. Nothing here may throw into the page; everything stops when the extension is updated
 * or removed (the context becomes invalid). Resolves with `stop`, which halts the scanning (the
 * badges already drawn stay).
 */
export async function startLens(site: SiteModule, ctx: ContentScriptContext): Promise<{ stop(): void }> {
  let scanner: ReturnType<typeof createScanner> | undefined;
  const log = createErrorLog(ctx);
  ctx.onInvalidated(() => scanner?.stop());

  const accounts = createAccountLearning(ctx, log, (handles) => scanner?.rescanAccounts(handles));
  listenToPageWorld(ctx, site, log, (account) => accounts.learn(account, true), (handles) => scanner?.rescanAccounts(handles));
  const identifier = await createSyncedIdentifier(accounts.memory, log, {
    retryPending: () => scanner?.retryPending(),
    rescanAll: () => scanner?.rescanAll(),
  });
  const recorder = createRecorder(ctx, log);
  const complete = accounts.memory.complete.bind(accounts.memory);

  const running = createScanner(document, {
    site,
    identify: (account) => {
      const known = complete(account);
      const identification = identifier.identify(known);
      accounts.persistIfOfficial(known, identification);
      return identification;
    },
    classify: classifyCached,
    renderBadge: (slot, handle, verdict, context) =>
      renderBadge(slot, handle, verdict, verdict ? badgeActions(context.post, context.account, verdict, complete) : undefined),
    onAccount: (seen) => accounts.learn(seen.account, false),
    surface: () => site.surfaceOf(location.pathname),
    record(verdicts) {
      for (const v of verdicts) recorder.record(v.post, v.identification, v.tone, complete(v.post.author));
    },
    onError: (error, where) => log.report(error, where),
  });
  scanner = running;

  listenForSaveRequests(site, accounts.memory, identifier, log);
  reportDiagnostics(ctx, site, running.stats, log);
  await warmUp(site.platform, identifier);
  if (!ctx.isInvalid) running.start();
  return { stop: () => running.stop() };
}
