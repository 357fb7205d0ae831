import { readFileSync } from "fs";
import { join } from "path";
import type { DocumentEdit } from "../../../src/core/edits/edit";
import { openDocx } from "../../../src/hosts/docx";
import type { DocumentHost } from "../../../src/hosts/host";
import { readDocxParts } from "../../../src/ooxml";
import { docxPackage, zipEntries, zipText } from "../../support/docx-package";
import { documentXml, p, tbl, tc } from "../../ooxml/documents";
import { fixtureParts, FIXTURES_DIRECTORY } from "../../ooxml/fixtures";

const FIXTURE = "mn-liem-hai-2025";
const fixtureBytes = () =>
  new Uint8Array(readFileSync(join(FIXTURES_DIRECTORY, `${FIXTURE}.docx`)));

const APPEND: DocumentEdit = {
  kind: "insertFragment",
  fragment: { blocks: [{ kind: "paragraph", runs: [{ text: "Đoạn mới ở cuối" }] }] },
  at: { kind: "end" },
};

describe("the docx host", () => {
  it("cannot select or watch, and has no cursor", async () => {
    const host = await openDocx(fixtureBytes(), `${FIXTURE}.docx`);
    expect(host.capabilities).toEqual({
      canSelect: false,
      hasCursor: false,
      canWatchChanges: false,
    });
    await expect(host.selectCell({ tableIndex: 0, rowIndex: 0, cellIndex: 0 })).resolves.toBe(
      false
    );
    expect((host as DocumentHost).watchChanges).toBeUndefined();
    expect(host.fileName).toBe(`${FIXTURE}.docx`);
  });

  it("reads the document as the reader reads its parts (styles included)", async () => {
    const host = await openDocx(fixtureBytes());
    expect(await host.readDocument()).toEqual(readDocxParts(await fixtureParts(FIXTURE)).model);
  });

  it("saves the very bytes it opened when nothing was edited", async () => {
    const bytes = fixtureBytes();
    const host = await openDocx(bytes);
    expect(host.modified).toBe(false);
    expect(await host.save()).toEqual(bytes);
    expect(await host.applyEdits([])).toEqual({ ok: true, applied: 0 });
    expect(host.modified).toBe(false);
  });

  it("changes only the main document part: every other part keeps its content", async () => {
    const bytes = fixtureBytes();
    const host = await openDocx(bytes);
    expect(await host.applyEdits([APPEND])).toEqual({ ok: true, applied: 1 });
    expect(host.modified).toBe(true);
    const saved = await host.save();
    const before = await zipEntries(bytes);
    const after = await zipEntries(saved);
    expect([...after.keys()]).toEqual([...before.keys()]);
    for (const [name, content] of before) {
      if (name === "word/document.xml") continue;
      expect({ name, same: Buffer.from(after.get(name)!).equals(Buffer.from(content)) }).toEqual({
        name,
        same: true,
      });
    }
    expect(await zipText(saved, "word/document.xml")).toBe(host.documentXml);
    // The same edits save to the same bytes, whenever saved.
    await new Promise((resolve) => setTimeout(resolve, 2100));
    expect(await host.save()).toEqual(saved);
    const reopened = await openDocx(saved);
    const blocks = (await reopened.readDocument()).blocks;
    expect(blocks.at(-1)).toMatchObject({ kind: "paragraph", text: "Đoạn mới ở cuối" });
    expect(await reopened.readDocument()).toEqual(await host.readDocument());
  });

  it("keeps binary parts as they were", async () => {
    const image = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
    const bytes = await docxPackage(documentXml(p("a")), {
      extraParts: { "word/media/image1.png": image },
    });
    const host = await openDocx(bytes);
    await host.applyEdits([APPEND]);
    const saved = await zipEntries(await host.save());
    expect(saved.get("word/media/image1.png")).toEqual(image);
  });

  it("treats the cursor as the end of the document", async () => {
    const atEnd = await openDocx(fixtureBytes());
    const atCursor = await openDocx(fixtureBytes());
    await atEnd.applyEdits([APPEND]);
    await atCursor.applyEdits([{ ...APPEND, at: { kind: "cursor" } } as DocumentEdit]);
    expect(atCursor.documentXml).toBe(atEnd.documentXml);
  });

  it("refuses a batch whole, with a reason and a message in both languages, changing nothing", async () => {
    const host = await openDocx(await docxPackage(documentXml(tbl(`<w:tr>${tc(p("cũ"))}</w:tr>`))));
    const before = host.documentXml;
    const stale = await host.applyEdits([
      APPEND,
      {
        kind: "setCellText",
        cell: { tableIndex: 0, rowIndex: 0, cellIndex: 0 },
        expectedText: "khác",
        text: "mới",
      },
    ]);
    expect(stale).toMatchObject({ ok: false, reason: "stale" });
    const missing = await host.applyEdits([
      {
        kind: "replaceTable",
        tableIndex: 3,
        table: { kind: "table", columnWeights: [1], headerRows: [], bodyRows: [] },
      },
    ]);
    expect(missing).toMatchObject({ ok: false, reason: "not-found" });
    const invalid = await host.applyEdits([
      {
        kind: "insertFragment",
        fragment: { blocks: [{ kind: "table", columnWeights: [], headerRows: [], bodyRows: [] }] },
        at: { kind: "end" },
      },
    ]);
    expect(invalid).toMatchObject({ ok: false, reason: "invalid-input" });
    for (const outcome of [stale, missing, invalid]) {
      if (outcome.ok) throw new Error("expected a refusal");
      expect(outcome.message.vi).toMatch(/chưa sửa gì/);
      expect(outcome.message.en).toMatch(/nothing was changed/);
    }
    expect(host.documentXml).toBe(before);
    expect(host.modified).toBe(false);
  });

  it("writes a UTF-16 document part back in UTF-16, byte-order mark included", async () => {
    const text =
      "\ufeff" + documentXml(p("Kế hoạch")).replace('encoding="UTF-8"', 'encoding="UTF-16"');
    const utf16 = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) {
      utf16[i * 2] = text.charCodeAt(i) & 0xff;
      utf16[i * 2 + 1] = text.charCodeAt(i) >> 8;
    }
    const host = await openDocx(await docxPackage("", { documentBytes: utf16 }));
    expect((await host.readDocument()).blocks[0]).toMatchObject({ text: "Kế hoạch" });
    await host.applyEdits([APPEND]);
    const saved = (await zipEntries(await host.save())).get("word/document.xml")!;
    expect([saved[0], saved[1]]).toEqual([0xff, 0xfe]);
    const reopened = await openDocx(await host.save());
    expect(
      (await reopened.readDocument()).blocks.map((b) => b.kind === "paragraph" && b.text)
    ).toEqual(["Kế hoạch", "Đoạn mới ở cuối"]);
  });
});
