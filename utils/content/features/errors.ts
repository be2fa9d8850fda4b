import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { DiagnosticsReport } from '../../protocol';

const KEEP = 20;

/**
 * The content script's last errors, for the diagnostics page. Nothing here throws into the
 * page; once the extension is updated or removed (the context is invalid), errors are expected
 * and not kept.
 */
export function createErrorLog(ctx: Pick<ContentScriptContext, 'isInvalid'>) {
  const errors: DiagnosticsReport['errors'] = [];
  return {
    errors,
    report(error: unknown, where: string): void {
      if (ctx.isInvalid) return;
      const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      errors.push({ where, message: message.slice(0, 300), at: Date.now() });
      if (errors.length > KEEP) errors.shift();
    },
  };
}

export type ErrorLog = ReturnType<typeof createErrorLog>;
