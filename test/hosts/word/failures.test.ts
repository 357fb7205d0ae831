import { HostError } from "../../../src/hosts/host";
import { WordHost, WORD_HOST_MESSAGES, type WordRunner } from "../../../src/hosts/word";
import { failureOf } from "../../../src/hosts/word/failures";
import { OoxmlWriteError } from "../../../src/ooxml";
import { fakeWordWith } from "./support/fixtures";

describe("Word host failures", () => {
  it.each([
    ["AccessDenied", "read-only"],
    ["NotAllowed", "read-only"],
    ["ItemNotFound", "not-found"],
    ["InvalidArgument", "invalid-input"],
    ["ApiNotFound", "not-supported"],
    ["GeneralException", "host-error"],
  ])("maps Office's %s to %s", (code, reason) => {
    expect(failureOf(Object.assign(new Error("x"), { code })).reason).toBe(reason);
  });

  it("maps the writer's refusals and anything else", () => {
    expect(failureOf(new OoxmlWriteError("stale", "changed")).reason).toBe("stale");
    expect(failureOf(new TypeError("bug"))).toEqual({
      reason: "host-error",
      message: WORD_HOST_MESSAGES.hostError,
    });
  });

  it("turns a failing Word into outcomes, a HostError and false, never a rejection of applyEdits", async () => {
    const fake = await fakeWordWith("mn-liem-hai-2025");
    const failing: WordRunner = {
      run: () => Promise.reject(Object.assign(new Error("boom"), { code: "GeneralException" })),
    };
    const host = new WordHost({ globals: { Word: failing, Office: fake.office } });
    await expect(host.readDocument()).rejects.toBeInstanceOf(HostError);
    await expect(
      host.applyEdits([{ kind: "insertFragment", fragment: { blocks: [] }, at: { kind: "end" } }])
    ).resolves.toMatchObject({ ok: false, reason: "host-error" });
    await expect(host.selectCell({ tableIndex: 0, rowIndex: 0, cellIndex: 0 })).resolves.toBe(
      false
    );
  });
});
