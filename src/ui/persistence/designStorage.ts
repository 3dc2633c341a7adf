// What persistence needs of localStorage, with no DOM types, so code the CLI's tests share stays DOM-free.
export interface DesignStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}
