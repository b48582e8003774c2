/**
 * Saves a Blob through a plain <a download> click: it needs no "downloads"
 * permission. The object URL is revoked a minute later, not at once, because
 * Firefox starts reading it only after the click handler returns.
 */
export function saveBlobAsDownload(
  blob: Blob,
  fileName: string,
  doc: Document = document,
  revokeAfterMs = 60_000,
): void {
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), revokeAfterMs);
}
