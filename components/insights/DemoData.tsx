import { useState } from 'preact/hooks';
import type { DiploLensDB } from '../../utils/db/database';
import { countDemoPosts, DEMO_TAG, removeDemoData } from '../../utils/db/insights';
import { useLiveQuery } from '../shared/useLiveQuery';

/** Says when generated demo posts are in the figures, and removes them in one click. */
export function DemoData({ db, onChange }: { db: DiploLensDB; onChange: () => void }) {
  const count = useLiveQuery(() => countDemoPosts(db), [db]).value ?? 0;
  const [busy, setBusy] = useState(false);
  if (!count) return null;
  return (
    <p class="banner demo" role="note" data-testid="demo-banner">
      {count.toLocaleString()} generated demo posts (tagged “{DEMO_TAG}”) are included in these figures: they are not real posts.{' '}
      <button
        type="button"
        disabled={busy}
        data-testid="remove-demo"
        onClick={async () => {
          setBusy(true);
          try {
            await removeDemoData(db);
            onChange();
          } finally {
            setBusy(false);
          }
        }}
      >
        Remove demo data
      </button>
    </p>
  );
}
