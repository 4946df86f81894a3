/**
 * A file size as a person reads it: bytes below 1 KiB, then KiB and MiB with one decimal.
 *
 * @example
 * formatBytes(2048) // "2.0 KiB"
 */
export function formatBytes(size: number): string {
  if (size < 1024) return `${size} bytes`;
  if (size < 1024 * 1024) return `${(size / 1024).toFixed(1)} KiB`;
  return `${(size / (1024 * 1024)).toFixed(1)} MiB`;
}
