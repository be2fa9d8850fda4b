/** Hands a Blob to the browser's downloads (no permission needed: an <a download> click in our own page). */
export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // The download has its own reference once started; a minute is ample for it to begin.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Lets the page paint and take input between chunks of work. */
export const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
