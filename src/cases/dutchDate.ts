/** Dates as residents and staff read them: "3 december" or "3 december 2026", in Dutch time. */
const withoutYear = new Intl.DateTimeFormat('nl-NL', {
  timeZone: 'Europe/Amsterdam',
  day: 'numeric',
  month: 'long',
});
const withYear = new Intl.DateTimeFormat('nl-NL', {
  timeZone: 'Europe/Amsterdam',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

export function formatDutchDate(moment: Date | string, options: { year?: boolean } = {}): string {
  const date = typeof moment === 'string' ? new Date(moment) : moment;
  return (options.year === true ? withYear : withoutYear).format(date);
}
