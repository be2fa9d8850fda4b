import { countryName } from '../../utils/core/countries';
import { PLATFORMS } from '../../utils/core/model';
import type { PostFilter } from '../../utils/core/library/query';
import { ROLES } from '../../utils/core/roles';
import { TONES } from '../../utils/core/tones';
import { ROLE_IDS, TONE_IDS, type Platform, type Role, type Tone, type ToneOrUnknown } from '../../utils/core/model';

const PLATFORM_LABEL: Record<Platform, string> = { x: 'X', bluesky: 'Bluesky', mastodon: 'Mastodon' };

const dayStart = (s: string) => (s ? Date.parse(`${s}T00:00:00`) : null);
const dayEnd = (s: string) => (s ? Date.parse(`${s}T23:59:59.999`) : null);
const dayOf = (ms: number | null | undefined) => {
  if (ms == null) return '';
  const d = new Date(ms);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/** The filters shared by the popup and the library: country, role, tone, coded tone, tag, platform, dates. */
export function FilterBar({
  filter,
  onChange,
  countries,
  tags,
  showCoded = true,
}: {
  filter: PostFilter;
  onChange: (next: PostFilter) => void;
  countries: string[];
  tags: string[];
  showCoded?: boolean;
}) {
  const set = (patch: Partial<PostFilter>) => onChange({ ...filter, ...patch });
  return (
    <div class="filters" role="group" aria-label="Filters">
      <select aria-label="Country" data-testid="filter-country" value={filter.country ?? ''} onChange={(e) => set({ country: e.currentTarget.value })}>
        <option value="">All countries</option>
        {countries.map((c) => (
          <option key={c} value={c}>
            {countryName(c)}
          </option>
        ))}
      </select>
      <select aria-label="Role" data-testid="filter-role" value={filter.role ?? ''} onChange={(e) => set({ role: e.currentTarget.value as Role | '' })}>
        <option value="">All roles</option>
        {ROLE_IDS.map((r) => (
          <option key={r} value={r}>
            {ROLES[r].label}
          </option>
        ))}
      </select>
      <select aria-label="Automatic tone" data-testid="filter-tone" value={filter.tone ?? ''} onChange={(e) => set({ tone: e.currentTarget.value as ToneOrUnknown | '' })}>
        <option value="">Any tone</option>
        {[...TONE_IDS, 'unknown' as const].map((t) => (
          <option key={t} value={t}>
            {TONES[t].symbol} {TONES[t].label}
          </option>
        ))}
      </select>
      {showCoded ? (
        <select aria-label="Coded tone" data-testid="filter-coded" value={filter.coded ?? ''} onChange={(e) => set({ coded: e.currentTarget.value as Tone | 'uncoded' | '' })}>
          <option value="">Coded or not</option>
          <option value="uncoded">Not coded yet</option>
          {TONE_IDS.map((t) => (
            <option key={t} value={t}>
              Coded {TONES[t].label.toLowerCase()}
            </option>
          ))}
        </select>
      ) : null}
      <select aria-label="Tag" data-testid="filter-tag" value={filter.tag ?? ''} onChange={(e) => set({ tag: e.currentTarget.value })}>
        <option value="">Any tag</option>
        {tags.map((t) => (
          <option key={t} value={t}>
            {t}
          </option>
        ))}
      </select>
      <select aria-label="Platform" data-testid="filter-platform" value={filter.platform ?? ''} onChange={(e) => set({ platform: e.currentTarget.value as Platform | '' })}>
        <option value="">All platforms</option>
        {PLATFORMS.map((p) => (
          <option key={p} value={p}>
            {PLATFORM_LABEL[p]}
          </option>
        ))}
      </select>
      <label class="date">
        From <input type="date" data-testid="filter-from" value={dayOf(filter.from)} onChange={(e) => set({ from: dayStart(e.currentTarget.value) })} />
      </label>
      <label class="date">
        to <input type="date" data-testid="filter-to" value={dayOf(filter.to)} onChange={(e) => set({ to: dayEnd(e.currentTarget.value) })} />
      </label>
    </div>
  );
}
