import { clockTime } from "../../../src/taskpane/i18n/clock-time";

describe("clockTime", () => {
  it("writes a 24-hour time with two digits each, as vi-VN and en-GB do", () => {
    expect(clockTime(new Date(2026, 10, 23, 7, 5, 9))).toBe("07:05:09");
    expect(clockTime(new Date(2026, 10, 23, 23, 59, 0))).toBe("23:59:00");
    expect(clockTime(new Date(2026, 10, 23, 0, 0, 0))).toBe("00:00:00");
  });

  it("matches what the locales themselves write", () => {
    const date = new Date(2026, 10, 23, 14, 5, 9);
    expect(clockTime(date)).toBe(date.toLocaleTimeString("en-GB"));
    expect(clockTime(date)).toBe(date.toLocaleTimeString("vi-VN"));
  });
});
