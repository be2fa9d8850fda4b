// Writes posts straight into the extension's IndexedDB (its own origin), as the background would have
// recorded them: for the demo history, the insights test and the insights benchmark.
import type { StoredPost } from '../utils/core/records';
import { openExtensionPage, type Session } from './browser';

export async function seedPosts(session: Session, posts: readonly StoredPost[], tags: readonly string[] = []): Promise<void> {
  // The library page opens the database, so the schema exists before the raw writes.
  const page = await openExtensionPage(session, 'library.html');
  await page.getByTestId('result-count').waitFor();
  for (let i = 0; i < posts.length; i += 10_000) {
    await page.evaluate(
      async ({ chunk, tagNames }) => {
        await new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('diplolens');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction(['posts', 'tags'], 'readwrite');
            for (const p of chunk) tx.objectStore('posts').put(p);
            for (const name of tagNames) tx.objectStore('tags').put({ name, createdAt: Date.now() });
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        });
      },
      { chunk: posts.slice(i, i + 10_000), tagNames: [...tags] },
    );
  }
  await page.close();
}
