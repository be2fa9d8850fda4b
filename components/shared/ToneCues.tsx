import type { ToneCue } from '../../utils/core/model';
import { READING_CUE_KIND } from '../../utils/core/tones';

/** The cues behind a tone: the post's own words quoted, a reading of the whole post described, each with its signed weight. */
export function ToneCues({ cues }: { cues: readonly ToneCue[] }) {
  return (
    <ul class="cues">
      {cues.map((c, i) => (
        <li key={i}>
          {c.kind === READING_CUE_KIND ? <span>{c.cue}</span> : <q><bdi>{c.cue}</bdi></q>}{' '}
          <span class="w">
            {c.kind} {c.weight > 0 ? '+' : ''}
            {c.weight.toFixed(2)}
          </span>
        </li>
      ))}
    </ul>
  );
}
