/**
 * A time of day as Vietnamese and British English both write it, 24-hour "14:05:09". Not
 * `toLocaleTimeString`: its first call loads the locale's date data, about 25 ms of the task
 * pane's first render in Chromium, for a fixed pattern.
 */
export function clockTime(date: Date): string {
  const two = (value: number) => String(value).padStart(2, "0");
  return `${two(date.getHours())}:${two(date.getMinutes())}:${two(date.getSeconds())}`;
}
