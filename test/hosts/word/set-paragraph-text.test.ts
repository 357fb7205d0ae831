import { fakeWordWith } from "./support/fixtures";
import { hostOn, modelNow, syncsOf } from "./support/host";

const paragraphText = (blocks: { kind: string; text?: string }[], index: number) => {
  const block = blocks[index];
  return block?.kind === "paragraph" ? block.text : undefined;
};

describe("WordHost.applyEdits: setParagraphText", () => {
  it("rewrites paragraphs before the first table and after one, in two syncs", async () => {
    const fake = await fakeWordWith("mn-pom-lot-2021");
    const host = hostOn(fake);
    const before = await host.readDocument();
    const attachment = paragraphText(before.blocks, 22) ?? "";
    const number = paragraphText(before.blocks, 0) ?? "";
    expect(attachment).toMatch(/^\(Kèm theo Báo cáo số 9\/KH-MNPL/);
    const corrected = attachment.replace("Báo cáo số 9/", "Kế hoạch số 97/");
    const { result, syncs } = await syncsOf(fake, () =>
      host.applyEdits([
        { kind: "setParagraphText", blockIndex: 22, expectedText: attachment, text: corrected },
        { kind: "setParagraphText", blockIndex: 0, expectedText: number, text: "Số: 97/KH-MNPL" },
      ])
    );
    expect(result).toEqual({ ok: true, applied: 2 });
    expect(syncs).toBe(2);
    expect(fake.gate.uses.map((use) => use.member)).toContain("Paragraph.insertText");
    const after = await modelNow(fake, "mn-pom-lot-2021");
    expect(paragraphText(after.blocks, 22)).toBe(corrected);
    expect(paragraphText(after.blocks, 0)).toBe("Số: 97/KH-MNPL");
    expect(after.blocks.filter((block) => block.kind === "table")).toHaveLength(2);
  });

  it("refuses as stale, writing nothing, when the paragraph changed since the reading", async () => {
    const fake = await fakeWordWith("mn-pom-lot-2021");
    const host = hostOn(fake);
    const before = await host.readDocument();
    const attachment = paragraphText(before.blocks, 22) ?? "";
    fake.userRetypesParagraph("Kèm theo Báo cáo số", "(Kèm theo Kế hoạch số 97/KH-MNPL)");
    const xml = fake.documentXml;
    const result = await host.applyEdits([
      { kind: "setParagraphText", blockIndex: 22, expectedText: attachment, text: "x" },
    ]);
    expect(result).toMatchObject({ ok: false, reason: "stale" });
    expect(fake.documentXml).toBe(xml);
  });
});
