// Timestamps in our tables are `timestamp(3)` in UTC, as Prisma writes them.
// Raw SQL gets them as ISO text without the zone, cast with ::timestamp, so the
// session's time zone never shifts a value and an injected clock is honoured.
export function utc(date: Date): string {
  return date.toISOString().slice(0, -1);
}
