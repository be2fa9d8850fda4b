// Styles of the badge, inside its shadow root: X's CSS cannot reach in, ours cannot leak out.
// The pill carries its own background and text colours, so it reads the same on X's light, dim
// and dark themes (X's theme is not visible to prefers-color-scheme), without reading the page's styles.
export const BADGE_CSS = `
:host { display: inline-flex; vertical-align: middle; margin-inline-start: 4px; font: 12px/16px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; max-width: 100%;
  /* In a narrow name row the pill gives way before the author's name does (it shrinks a thousand times
     faster), down to the flag and the tone's symbol: the speaker's name goes first, then the tone's word.
     Its accessible name still says it all. */
  flex: 0 1000 auto; min-width: min(100%, 8em); }
button.dl { all: unset; display: inline-flex; align-items: center; gap: 4px; cursor: help; border-radius: 9px; padding: 1px 6px;
  background: #eff3f4; color: #0f1419; border: 1px solid #cfd9de; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; max-width: min(36em, 100%); box-sizing: border-box; }
button.dl:focus-visible { outline: 2px solid #1d9bf0; outline-offset: 1px; }
.who { overflow: hidden; text-overflow: ellipsis; flex: 0 1000 auto; min-width: 2.2em; }
.tone { display: inline-block; border-radius: 7px; padding: 0 5px; color: #fff; font-weight: 600; overflow: hidden; text-overflow: ellipsis; flex: 0 1 auto; min-width: 2.6em; box-sizing: border-box; }
button.dl.warn { background: #9a6700; color: #fff; border-color: #7d4e00; }
/* Provenance at a glance: a listing is solid, an inference ("likely") dashed, the user's own label dotted. */
button.dl.inferred { border-style: dashed; border-color: #6e7781; }
button.dl.user { border-style: dotted; border-color: #0969da; }
.basis { font-size: 11px; color: #57606a; }
.card { position: fixed; margin: 0; inset: auto; max-width: 346px; padding: 10px 12px; border-radius: 10px; border: 1px solid #8c959f;
  background: #ffffff; color: #1f2328; box-shadow: 0 8px 24px rgba(0,0,0,.25); overflow-y: auto; overscroll-behavior: contain; box-sizing: border-box; font: 13px/18px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; white-space: normal; }
.card h3 { margin: 0 0 4px; font-size: 13px; }
.card p { margin: 2px 0; }
.card ul { margin: 4px 0 0; padding-inline-start: 16px; }
.card .w { font-variant-numeric: tabular-nums; color: #57606a; }
.card .muted { color: #57606a; }
.actions { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; margin-top: 8px; padding-top: 8px; border-top: 1px solid #d0d7de; }
.actions button { font: inherit; font-size: 12px; border: 1px solid #8c959f; border-radius: 6px; background: #f6f8fa; color: #1f2328; padding: 2px 8px; cursor: pointer; }
.actions button:focus-visible { outline: 2px solid #1d9bf0; outline-offset: 1px; }
.actions .status { color: #57606a; font-size: 12px; }
`;
