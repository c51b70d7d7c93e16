/**
 * Calendar dates as the gemeente reads them: ISO strings (jjjj-mm-dd) in Europe/Amsterdam, so a
 * check run at 00:30 on 1 March counts as 1 March whatever the server's own time zone is.
 */
const amsterdamDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

export function localDate(instant: Date): string {
  return amsterdamDate.format(instant);
}

/** Adds calendar months; the day is clamped, so 31 August + 6 months is 28 (or 29) February. */
export function addMonths(isoDate: string, months: number): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const totalMonths = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(totalMonths / 12);
  const targetMonth = (totalMonths % 12) + 1;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth, 0)).getUTCDate();
  const targetDay = Math.min(day, lastDay);
  return `${String(targetYear).padStart(4, '0')}-${String(targetMonth).padStart(2, '0')}-${String(targetDay).padStart(2, '0')}`;
}

/** "23 november 2026": the way dates appear in Dutch reports. */
export function dutchDate(isoDate: string): string {
  const months = [
    'januari',
    'februari',
    'maart',
    'april',
    'mei',
    'juni',
    'juli',
    'augustus',
    'september',
    'oktober',
    'november',
    'december',
  ];
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return `${day} ${months[month - 1] ?? ''} ${year}`;
}
