const units: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400 };

/** "8h", "30m", "7d", "90s" or plain seconds ("3600") → seconds; null when unreadable. */
export function parseDuration(text: string): number | null {
  const match = /^\s*(\d+)\s*([smhd]?)\s*$/i.exec(text);
  if (!match) return null;
  return Number(match[1]) * units[(match[2] || "s").toLowerCase()];
}
