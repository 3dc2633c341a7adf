import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { ToolbarPage } from './toolbarPage';

/** A design file on the person's disk, opened with Import and the file chooser. */
export class DesignFilePage {
  constructor(
    readonly page: Page,
    private readonly toolbar: ToolbarPage,
  ) {}

  /** Writes `design` to a file, then imports it as a person does: Import, pick the file. */
  async import(design: unknown, name: string): Promise<void> {
    const file = join(tmpdir(), `franz-${name}-${process.pid}-${Date.now()}.json`);
    writeFileSync(file, JSON.stringify(design, null, 2));
    const chooser = this.page.waitForEvent('filechooser');
    await this.toolbar.button('Import').click();
    await (await chooser).setFiles(file);
  }
}
