import {
  formatNumber,
  newNumberText,
  parseNumberText,
  renumberText,
} from "../../../src/core/insert/numbering";

describe("TT numbers", () => {
  it.each([
    ["1", 1, "arabic"],
    ["01", 1, "arabic"],
    [" 12. ", 12, "arabic"],
    ["3)", 3, "arabic"],
    ["II", 2, "roman-upper"],
    ["iv.", 4, "roman-lower"],
    ["XIV", 14, "roman-upper"],
  ] as const)("reads %j as %d", (text, value, style) => {
    expect(parseNumberText(text)).toMatchObject({ value, style });
  });

  it.each(["", "-", "a", "0", "1.2", "IIII", "IC", "Tiêu chí 1"])(
    "reads %j as no number",
    (text) => {
      expect(parseNumberText(text)).toBeUndefined();
    }
  );

  it("renumbers keeping everything around the number", () => {
    const number = (text: string) => {
      const parsed = parseNumberText(text);
      if (!parsed) throw new Error(text);
      return parsed;
    };
    expect(renumberText(number(" 2. "), 3)).toBe(" 3. ");
    expect(renumberText(number("09"), 10)).toBe("10");
    expect(renumberText(number("04"), 5)).toBe("05");
    expect(renumberText(number("IX"), 10)).toBe("X");
    expect(renumberText(number("iii"), 4)).toBe("iv");
  });

  it("writes new numbers in the style of the rows around them", () => {
    expect(formatNumber(7)).toBe("7");
    expect(newNumberText(3, parseNumberText(" 2. "))).toBe("3.");
    expect(newNumberText(4, parseNumberText("II"))).toBe("IV");
    expect(newNumberText(4)).toBe("4");
  });
});
