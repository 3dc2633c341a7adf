import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Keeping designs as a person meets it: the question a share link asks ("Open shared" / "Keep mine"),
 * the Recent designs view (rows named by the design) and the notice about a saved design that did not
 * open as it was; the banners that stay while saving fails or another tab saved; parts that failed to draw.
 */
export class KeepingPage {
  constructor(readonly page: Page) {}

  /** A link's fragment as Share makes it (`#design=` + deflate-raw + base64url), for a design a colleague sent. */
  static linkFor(design: unknown): string {
    return `#design=${deflateRawSync(Buffer.from(JSON.stringify(design))).toString('base64url')}`;
  }

  linkQuestion(): Locator {
    return this.page.getByRole('dialog', { name: /^Open the shared design/ });
  }

  recent(): Locator {
    return this.page.getByRole('dialog', { name: 'Recent designs' });
  }

  /** A kept design's row in Recent designs. */
  recentItem(name: string): Locator {
    return this.recent().getByRole('listitem', { name, exact: true });
  }

  async openRecent(): Promise<void> {
    await this.page
      .getByRole('group', { name: 'Design' })
      .getByRole('button', { name: 'Recent', exact: true })
      .click();
    await expect(this.recent()).toBeVisible();
  }

  /** The notice that stays about a saved design that did not open as it was. */
  savedNotice(): Locator {
    return this.page.getByRole('alert', { name: 'Your saved design' });
  }

  /** Imports a design file through the toolbar's Import, as a person does. */
  async importFile(file: string): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: 'Import', exact: true }).click();
    await (await chooser).setFiles(file);
  }

  /** A passing notice (information) with this text. */
  notice(text: string): Locator {
    return this.page.getByRole('status').filter({ hasText: text });
  }

  /** The design's name in the top bar. */
  designName(): Locator {
    return this.page.locator('.brand__design');
  }

  /** Clicks a button that downloads, and gives the downloaded file's name and text. */
  async download(button: Locator): Promise<{ name: string; text: string }> {
    const download = this.page.waitForEvent('download');
    await button.click();
    const file = await download;
    const stream = await file.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return { name: file.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
  }

  /** "Browser storage is full: changes are not being saved." with Export. */
  storageBanner(): Locator {
    return this.page.getByRole('region', { name: 'Saving', exact: true });
  }

  /** "This design was changed in another tab" with Use theirs / Keep mine. */
  tabBanner(): Locator {
    return this.page.getByRole('region', { name: 'Another tab', exact: true });
  }

  /** What a part shows instead of itself when it failed to draw: "The canvas", "The inspector". */
  partError(part: string): Locator {
    return this.page.getByRole('alert', { name: `${part} failed`, exact: true });
  }

  /** The saved value of a localStorage key, for what a person cannot see (a backup kept for later). */
  stored(key: string): Promise<string | null> {
    return this.page.evaluate<string | null>(`localStorage.getItem(${JSON.stringify(key)})`);
  }
}

/** Writes a design file to import, as a person would have one on disk. */
export function designFile(design: unknown): string {
  const file = join(
    tmpdir(),
    `franz-${process.pid}-${Date.now()}-${Math.round(performance.now())}.franz.json`,
  );
  writeFileSync(file, JSON.stringify(design));
  return file;
}
