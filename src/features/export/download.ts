// Saving a file from the page: a temporary <a download> pointing at an object URL.

import { slug } from '../../domain/text.ts';

/** Lower-case words joined by hyphens, safe in a file name (ids may come from imported files). */
export const fileSlug = (text: string): string => slug(text, 80) || 'llave';

/** Starts the download of `blob` as `fileName`. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
