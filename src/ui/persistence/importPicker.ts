import type { FranzStore } from '../../store/store';
import { importDesignFile } from './importDesign';
import { browserEnv } from './pageEnv';

const INPUT_ID = 'franz-import-file';

/**
 * Opens the browser's file chooser and imports the chosen design. One hidden file input serves the
 * Import button and the command alike; it stays in the page so tests can also set files on it.
 */
export function openImportPicker(store: FranzStore): void {
  let input = document.getElementById(INPUT_ID) as HTMLInputElement | null;
  if (!input) {
    input = document.createElement('input');
    input.type = 'file';
    input.id = INPUT_ID;
    input.accept = '.json,application/json';
    input.hidden = true;
    input.setAttribute('aria-label', 'Design file to import');
    document.body.append(input);
  }
  const picker = input;
  picker.onchange = () => {
    const file = picker.files?.[0];
    picker.value = '';
    if (file) void importDesignFile(store, file, browserEnv().storage);
  };
  picker.click();
}
