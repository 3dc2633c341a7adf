// The `#design=` link of a design, made with Node's zlib: the same format the page's Share writes
// (raw deflate, base64url), so the benchmark also checks the two agree.
import { deflateRawSync } from 'node:zlib';

export function designHash(doc: unknown): string {
  return `#design=${deflateRawSync(JSON.stringify(doc)).toString('base64url')}`;
}
