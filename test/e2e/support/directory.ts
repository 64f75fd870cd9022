import type { Page } from 'playwright-core';

/** The directory's own count ("213 service(s)"); -1 while it is still searching. */
export async function resultCount(page: Page): Promise<number> {
  const text =
    (await page
      .locator('.results-count')
      .textContent()
      .catch(() => null)) ?? '';
  const match = /^(\d[\d\s\u202f]*) service/.exec(text);
  return match?.[1] ? Number(match[1].replace(/\D/g, '')) : -1;
}

/** Waits (outside a test body, where expect.poll is not allowed) until the count passes `min`. */
export async function waitForResults(page: Page, min: number, timeoutMs = 30_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const count = await resultCount(page);
    if (count >= min) return count;
    if (Date.now() > deadline)
      throw new Error(`directory shows ${count} results, expected ≥ ${min}`);
    await page.waitForTimeout(100);
  }
}
