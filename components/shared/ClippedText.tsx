import { useEffect, useState } from 'preact/hooks';
import { sliceWhole } from '../../utils/core/text/clip';

/**
 * How much of a text a view lays out at first, and how much more each "show more" adds. Laying out a
 * 25,000-character word without breaks costs seconds; a few thousand characters cost milliseconds.
 */
export const SHOWN_AT_FIRST = 2_000;
export const SHOWN_PER_STEP = 4_000;
/** A list row shows one line: far fewer characters than this ever fit. */
export const ROW_CHARACTERS = 300;

/** A post's text as a bounded prefix for one-line list rows. */
export const rowText = (text: string) => sliceWhole(text, ROW_CHARACTERS);

/**
 * A post text drawn clipped: the first SHOWN_AT_FIRST characters, "show more" adds SHOWN_PER_STEP at a
 * time; a text cut when it was stored says how long it was originally.
 */
export function ClippedText({ text, textLength, lang }: { text: string; textLength?: number | null; lang?: string | null }) {
  const [limit, setLimit] = useState(SHOWN_AT_FIRST);
  useEffect(() => setLimit(SHOWN_AT_FIRST), [text]);
  const shown = sliceWhole(text, limit);
  const hidden = text.length - shown.length;
  return (
    <>
      <p class="text" dir="auto" lang={lang ?? undefined} data-testid="post-text" data-shown={shown.length}>
        {shown}
        {hidden > 0 ? '…' : null}
      </p>
      {hidden > 0 ? (
        <button type="button" class="link" data-testid="show-more" onClick={() => setLimit(limit + SHOWN_PER_STEP)}>
          Show more ({hidden.toLocaleString()} more characters)
        </button>
      ) : null}
      {textLength ? (
        <p class="muted small" data-testid="text-cut" data-text-length={textLength}>
          cut: {textLength.toLocaleString()} characters originally (texts are kept up to {text.length.toLocaleString()})
        </p>
      ) : null}
    </>
  );
}
