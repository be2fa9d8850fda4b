/** The longest line a reader accepts: a post with its notes at their limits stays far below this. */
export const MAX_LINE_LENGTH = 64 * 1024 * 1024;

/**
 * A file's lines, read as a stream: only the current chunk and one partial line are held, so a file of
 * any size can be read. A line longer than MAX_LINE_LENGTH is refused with an error, not held.
 */
export async function* fileLines(file: Blob, maxLineLength = MAX_LINE_LENGTH): AsyncGenerator<string> {
  const reader = file.stream().pipeThrough(new TextDecoderStream()).getReader();
  let rest = '';
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      rest += value;
      const lines = rest.split('\n');
      rest = lines.pop()!;
      for (const line of lines) yield line.endsWith('\r') ? line.slice(0, -1) : line;
      if (rest.length > maxLineLength) throw new Error(`a line is longer than ${Math.round(maxLineLength / 1024 / 1024)} MB`);
    }
    if (rest) yield rest;
  } finally {
    reader.releaseLock();
  }
}
