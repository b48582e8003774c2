// Decimal units, as browsers and operating systems show disk space
// (1 MB = 1,000,000 bytes), so the numbers match what the student sees elsewhere.
const UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;

/** "12.3 MB", "1.2 GB", "512 bytes": a byte count in the reader's locale. */
export function formatBytes(bytes: number, locale?: string): string {
  const value = Number.isFinite(bytes) && bytes > 0 ? bytes : 0;
  let index = 0;
  // Move up a unit while the number would show as 1,000 or more after rounding
  // (999.96 MB reads better as "1 GB" than as "1,000 MB").
  while (index < UNITS.length - 1 && Math.round((value / 1000 ** index) * 10) / 10 >= 1000)
    index += 1;
  const unit = UNITS[index]!;
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit,
    unitDisplay: unit === 'byte' ? 'long' : 'short',
    maximumFractionDigits: unit === 'byte' ? 0 : 1,
  }).format(value / 1000 ** index);
}
