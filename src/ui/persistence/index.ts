// What the page uses of persistence.
export { loadInitialDesign } from './loadInitialDesign';
export { startAutosave } from './autosave';
export { startLinkListener } from './linkListener';
export { downloadDesign } from './exportDesign';
export { openImportPicker } from './importPicker';
export { importDesignFile } from './importDesign';
export { shareDesign } from './shareDesign';
