/* eslint-disable office-addins/load-object-before-read, office-addins/call-sync-before-read,
   office-addins/call-sync-after-load, office-addins/no-navigational-load --
   these tests read unloaded properties and results on purpose, to prove the fake throws like Word;
   the lint rules also take a ClientResult's value and scalars they do not list (nestingLevel)
   for unloaded reads and navigation loads. */
import { readDocxParts, readFlatOpc } from "../../../../src/ooxml";
import { FakeWord } from "../../../../src/hosts/word/fake";
import { directModel, fakeWordWith, loadFixture } from "../support/fixtures";

/** The error a promise rejects with. */
async function rejection(promise: Promise<unknown>): Promise<{ code?: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    return error as { code?: string; message: string };
  }
  throw new Error("expected a rejection");
}

describe("FakeWord: Word's rules", () => {
  it("throws on a property read before load and sync", async () => {
    const fake = await fakeWordWith("mn-pom-lot-2021");
    await fake.word.run(async (context) => {
      const table = context.document.body.tables.getFirst();
      expect(() => table.rowCount).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      table.load("rowCount");
      expect(() => table.rowCount).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(table.rowCount).toBe(6);
      expect(() => table.nestingLevel).toThrow(
        expect.objectContaining({ code: "PropertyNotLoaded" })
      );
    });
    // Recorded too, so a host that swallows the error cannot hide it from the tests.
    expect(fake.misuses).toEqual([
      "Table.rowCount read without a synced load",
      "Table.rowCount read without a synced load",
      "Table.nestingLevel read without a synced load",
    ]);
  });

  it("throws on a ClientResult's value before sync", async () => {
    const fake = await fakeWordWith("mn-pom-lot-2021");
    await fake.word.run(async (context) => {
      const ooxml = context.document.body.getOoxml();
      expect(() => ooxml.value).toThrow(expect.objectContaining({ code: "ValueNotLoaded" }));
      await context.sync();
      expect(ooxml.value).toContain("pkg:package");
    });
  });

  it("gives null objects that must be loaded before isNullObject is read", async () => {
    const fake = await fakeWordWith("mn-pom-lot-2021");
    await fake.word.run(async (context) => {
      const table = context.document.body.tables.getFirst();
      const missing = table.getCellOrNullObject(99, 0);
      const present = table.getCellOrNullObject(3, 1);
      expect(missing).not.toBeNull();
      expect(() => missing.isNullObject).toThrow(
        expect.objectContaining({ code: "PropertyNotLoaded" })
      );
      missing.load("value");
      present.load("value");
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(() => missing.value).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      expect(present.isNullObject).toBe(false);
      expect(present.value).toMatch(/^Tiêu chí 2\.3/);
    });
  });

  it("fails the whole sync on a failing action, keeping what ran before it", async () => {
    const fake = await fakeWordWith("mn-pom-lot-2021");
    const before = fake.documentXml;
    const error = await rejection(
      fake.word.run(async (context) => {
        const cell = context.document.body.tables.getFirst().getCell(3, 1);
        cell.body.insertText("Đã sửa", "Replace");
        const missing = context.document.body.tables.getFirst().getCell(99, 0);
        missing.load("value");
        cell.body.insertText("Không tới đây", "Replace");
        await context.sync();
      })
    );
    expect(error.code).toBe("ItemNotFound");
    expect(fake.documentXml).not.toBe(before);
    expect(fake.documentXml).toContain("Đã sửa");
    expect(fake.documentXml).not.toContain("Không tới đây");
  });

  it("makes queued writes take effect at sync, in order", async () => {
    const fake = await fakeWordWith("mn-pom-lot-2021");
    await fake.word.run(async (context) => {
      const cell = context.document.body.tables.getFirst().getCell(3, 1);
      cell.body.insertText("một", "Replace");
      cell.body.insertText("hai", "Replace");
      cell.load("value");
      expect(fake.documentXml).not.toContain(">hai<");
      await context.sync();
      expect(cell.value).toBe("hai");
    });
  });

  it("refuses writes to a read-only document with AccessDenied", async () => {
    const fake = await fakeWordWith("mn-pom-lot-2021", { readOnly: true });
    const error = await rejection(
      fake.word.run(async (context) => {
        context.document.body.tables.getFirst().getCell(3, 1).body.insertText("x", "Replace");
        await context.sync();
      })
    );
    expect(error.code).toBe("AccessDenied");
  });

  it("counts syncs, the final one of run included, and can add latency", async () => {
    const fake = await fakeWordWith("mn-pom-lot-2021", { syncLatencyMs: 20 });
    const started = Date.now();
    await fake.word.run(async (context) => {
      context.document.body.load("text");
      await context.sync();
      context.document.body.load("text");
    });
    expect(fake.syncCount).toBe(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(35);
  });

  it("has no member above its WordApi version", async () => {
    const fake13 = await fakeWordWith("mn-pom-lot-2021", { apiVersion: "1.3" });
    await fake13.word.run(async (context) => {
      const table = context.document.body.tables.getFirst();
      expect(() => table.mergeCells(0, 0, 0, 1)).toThrow(
        expect.objectContaining({ code: "ApiNotFound" })
      );
      expect(() => context.document.onParagraphChanged).toThrow(
        expect.objectContaining({ code: "ApiNotFound" })
      );
      expect(() => table.getCell(0, 0).select()).toThrow(
        expect.objectContaining({ code: "ApiNotFound" })
      );
    });
    expect(fake13.office.context.requirements.isSetSupported("WordApi", "1.3")).toBe(true);
    expect(fake13.office.context.requirements.isSetSupported("WordApi", "1.6")).toBe(false);
    const fake16 = await fakeWordWith("mn-pom-lot-2021", { apiVersion: "1.6" });
    await fake16.word.run(async (context) => {
      expect(context.document.onParagraphChanged).toBeDefined();
    });
    expect(fake16.office.context.requirements.isSetSupported("WordApi", "1.6")).toBe(true);
  });

  it("fails the batch when cellIndex of a vertically merged cell is loaded (office-js #3200)", async () => {
    const fake = await fakeWordWith("mn-pom-lot-2021");
    const error = await rejection(
      fake.word.run(async (context) => {
        const cell = context.document.body.tables.getFirst().getNext().getCell(0, 0);
        cell.load("cellIndex");
        await context.sync();
      })
    );
    expect(error.code).toBe("GeneralException");
  });
});

describe("FakeWord: backed by a real document", () => {
  it("answers getOoxml with a package that reads like the .docx itself", async () => {
    const fake = await fakeWordWith("mn-pom-lot-2021");
    const ooxml = await fake.word.run(async (context) => {
      const result = context.document.body.getOoxml();
      await context.sync();
      return result.value;
    });
    expect(readFlatOpc(ooxml).model).toEqual(await directModel("mn-pom-lot-2021"));
  });

  it("keeps objects on their element when content is inserted before it", async () => {
    const fake = await fakeWordWith("mn-liem-hai-2025");
    const fixture = await loadFixture("mn-liem-hai-2025");
    const firstTableOoxml = await fake.word.run(async (context) => {
      const first = context.document.body.tables.getFirst();
      const second = first.getNext();
      second.load("rowCount");
      const ooxml = first.getRange("Whole").getOoxml();
      await context.sync();
      first.getRange("Whole").insertOoxml(ooxml.value, "Before");
      second.getCell(1, 0).body.insertText("bảng thứ hai", "Replace");
      await context.sync();
      return ooxml.value;
    });
    const model = readDocxParts(
      new Map([...fixture.parts, ["word/document.xml", fake.documentXml]])
    ).model;
    const tables = model.blocks.filter((block) => block.kind === "table");
    expect(tables).toHaveLength(6);
    expect(firstTableOoxml).toContain("w:tbl");
    expect(tables[2]?.kind === "table" && tables[2].rows[1]?.cells[0]?.text).toBe("bảng thứ hai");
  });

  it("lists nested tables in body.tables unless told not to", async () => {
    const documentXml =
      `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` +
      `<w:tbl><w:tr><w:tc><w:tbl><w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl><w:p/></w:tc></w:tr></w:tbl>` +
      `<w:p/><w:tbl><w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl><w:sectPr/></w:body></w:document>`;
    const levels = async (fake: FakeWord) =>
      fake.word.run(async (context) => {
        const first = context.document.body.tables.getFirst();
        const second = first.getNextOrNullObject();
        first.load("nestingLevel");
        second.load("nestingLevel");
        await context.sync();
        return [first.nestingLevel, second.nestingLevel];
      });
    expect(await levels(new FakeWord({ documentXml }))).toEqual([1, 2]);
    expect(await levels(new FakeWord({ documentXml, bodyTablesIncludeNested: false }))).toEqual([
      1, 1,
    ]);
  });

  it("reports the user's typing and cursor moves as events", async () => {
    const fake = await fakeWordWith("mn-pom-lot-2021", { apiVersion: "1.6" });
    const paragraphEvents: string[] = [];
    const selectionEvents: unknown[] = [];
    await fake.word.run(async (context) => {
      context.document.onParagraphChanged.add(async (event) => {
        paragraphEvents.push(event.source);
      });
      await context.sync();
    });
    fake.office.context.document.addHandlerAsync(
      fake.office.EventType.DocumentSelectionChanged,
      (args: unknown) => selectionEvents.push(args)
    );
    fake.userTypesInCell({ tableIndex: 0, rowIndex: 3, cellIndex: 2 }, " thêm");
    fake.remoteEdit();
    await fake.settle();
    expect(paragraphEvents).toEqual(["Local", "Remote"]);
    expect(selectionEvents).toHaveLength(1);
  });
});
