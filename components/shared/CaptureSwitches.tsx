import { useEffect, useState } from 'preact/hooks';
import type { DiploLensDB } from '../../utils/db/database';
import { PLATFORMS, type CapturePolicy } from '../../utils/core/model';
import { getCapturePolicy, setCapture } from '../../utils/db/settings';

const PLATFORM_NAMES = { x: 'X', bluesky: 'Bluesky', mastodon: 'Mastodon' } as const;

/** The per-platform capture switches (library and options page): one setting, shown in both. */
export function CaptureSwitches({ db }: { db: DiploLensDB }) {
  const [capture, setCapturePolicy] = useState<CapturePolicy | null>(null);
  useEffect(() => {
    getCapturePolicy(db).then(setCapturePolicy);
  }, [db]);
  if (!capture) return null;
  return (
    <fieldset>
      <legend>Record official posts automatically on</legend>
      {PLATFORMS.map((p) => (
        <label key={p} class="inline">
          <input type="checkbox" data-testid={`capture-${p}`} checked={capture[p]} onChange={async (e) => setCapturePolicy(await setCapture(db, p, e.currentTarget.checked))} />{' '}
          {PLATFORM_NAMES[p]}
        </label>
      ))}
      <p class="muted">Posts saved by hand from the badge menu are kept whatever these say.</p>
    </fieldset>
  );
}
