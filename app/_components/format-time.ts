const format = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

/** One way to show a moment on the account pages; UTC, said so, because servers and readers differ. */
export function formatTime(date: Date): string {
  return `${format.format(date)} UTC`;
}
