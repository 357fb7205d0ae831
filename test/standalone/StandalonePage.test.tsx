import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { loadStrings, stringsFor } from "../../src/taskpane/i18n/strings";
import { describeRule } from "../../src/taskpane/session/rule-titles";
import { fileOf, fixtureBytes, sampleBytes } from "./support/files";
import { renderPage, SAMPLE_NAME } from "./support/render-page";

const vi = stringsFor("vi");
let en = vi;

// index.tsx loads the language before the first render.
beforeAll(async () => {
  en = await loadStrings("en");
});

function ruleHeading(ruleId: string, count: number): RegExp {
  const title = describeRule(ruleId)?.vi ?? ruleId;
  return new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} \\(${count}\\)$`);
}

function fileInput(): HTMLInputElement {
  return screen.getByLabelText(vi.standalone.fileInput) as HTMLInputElement;
}

const downloadButton = () => screen.getByRole("button", { name: vi.standalone.download });

function leaveIsQuestioned(): boolean {
  const event = new Event("beforeunload", { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
}

let downloads: { name: string; href: string }[];

beforeEach(() => {
  downloads = [];
  jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (
    this: HTMLAnchorElement
  ) {
    downloads.push({ name: this.download, href: this.href });
  });
  Element.prototype.scrollIntoView = jest.fn();
});

afterEach(() => jest.restoreAllMocks());

describe("standalone page: opening files", () => {
  it("opens the sample plan at start, says files stay on the computer, and lists its problems", async () => {
    renderPage();
    expect(screen.getByText(vi.standalone.privacy)).toBeInTheDocument();
    expect(await screen.findByText(`Tệp: ${SAMPLE_NAME}`)).toBeInTheDocument();
    expect(screen.getAllByText(vi.standalone.sample).length).toBeGreaterThan(0);
    expect(
      await screen.findByRole("heading", { name: ruleHeading("missing-owner", 1) })
    ).toBeInTheDocument();
    expect(
      screen.getByRole("heading", { name: ruleHeading("vague-deadline", 2) })
    ).toBeInTheDocument();
    expect(
      screen.getByRole("heading", { name: ruleHeading("missing-monitor", 2) })
    ).toBeInTheDocument();
    expect(
      screen.getByRole("heading", { name: ruleHeading("criterion-title-misspelled", 1) })
    ).toBeInTheDocument();
    expect(
      screen.getByRole("heading", { name: ruleHeading("deadline-outside-school-year", 1) })
    ).toBeInTheDocument();
  });

  it("opens a file chosen with the button's file input", async () => {
    renderPage();
    await screen.findByText(`Tệp: ${SAMPLE_NAME}`);
    await userEvent
      .setup()
      .upload(fileInput(), fileOf(fixtureBytes("mn-pom-lot-2021"), "ke-hoach-pom-lot.docx"));
    expect(await screen.findByText("Tệp: ke-hoach-pom-lot.docx")).toBeInTheDocument();
    expect(screen.queryByText(vi.standalone.sampleNote)).not.toBeInTheDocument();
    expect(
      await screen.findByRole("heading", { name: ruleHeading("open-ended-deadline", 2) })
    ).toBeInTheDocument();
  });

  it("refuses a file that is not a .docx, naming it, and keeps the open file", async () => {
    renderPage();
    await screen.findByText(`Tệp: ${SAMPLE_NAME}`);
    const notDocx = fileOf(
      new TextEncoder().encode("Kế hoạch năm học 2025-2026"),
      "ke-hoach-cu.docx"
    );
    await userEvent.setup().upload(fileInput(), notDocx);
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent(vi.standalone.openFailed);
    expect(alert).toHaveTextContent("Tệp “ke-hoach-cu.docx” không phải tài liệu Word .docx");
    expect(screen.getByText(`Tệp: ${SAMPLE_NAME}`)).toBeInTheDocument();
    await userEvent.setup().click(within(alert).getByRole("button", { name: vi.toastDismiss }));
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });

  it("opens a file dropped anywhere on the page, showing where to drop while dragging", async () => {
    renderPage();
    await screen.findByText(`Tệp: ${SAMPLE_NAME}`);
    const file = fileOf(fixtureBytes("mn-liem-hai-2025"), "liem-hai.docx");
    const dataTransfer = { types: ["Files"], files: [file], dropEffect: "none" };
    fireEvent.dragEnter(window, { dataTransfer });
    fireEvent.dragOver(window, { dataTransfer });
    expect(screen.getByText(vi.standalone.dropHere)).toBeInTheDocument();
    fireEvent.drop(window, { dataTransfer });
    expect(screen.queryByText(vi.standalone.dropHere)).not.toBeInTheDocument();
    expect(await screen.findByText("Tệp: liem-hai.docx")).toBeInTheDocument();
  });

  it("says when the sample cannot be loaded, and still offers to open a file", async () => {
    renderPage({
      sample: { fileName: SAMPLE_NAME, load: () => Promise.reject(new Error("offline")) },
    });
    expect(await screen.findByRole("alert")).toHaveTextContent(vi.standalone.sampleFailed);
    expect(screen.getByRole("button", { name: vi.standalone.openFirst })).toBeInTheDocument();
    expect(screen.getByText(vi.standalone.noDocument)).toBeInTheDocument();
  });

  it("speaks English in an English browser", async () => {
    renderPage({ language: "en" });
    expect(screen.getByText(en.standalone.privacy)).toBeInTheDocument();
    expect(await screen.findByText(`File: ${SAMPLE_NAME}`)).toBeInTheDocument();
  });
});

describe("standalone page: changes and downloading", () => {
  it("enables the download once the file changed, downloads it under a new name, and warns before leaving until then", async () => {
    renderPage();
    await screen.findByRole("heading", { name: ruleHeading("vague-deadline", 2) });
    expect(downloadButton()).toHaveAttribute("aria-disabled", "true");
    expect(leaveIsQuestioned()).toBe(false);

    const user = userEvent.setup();
    await user.click(screen.getAllByRole("button", { name: /^Sửa: / })[0] as HTMLElement);
    await waitFor(() => expect(downloadButton()).not.toHaveAttribute("aria-disabled"));
    expect(screen.getByText(vi.standalone.unsaved)).toBeInTheDocument();
    expect(leaveIsQuestioned()).toBe(true);

    await user.click(downloadButton());
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0]?.name).toBe("ke-hoach-mau-mam-non-da-sua.docx");
    expect(downloads[0]?.href).toMatch(/^blob:/);
    expect(
      await screen.findByText("Đã tải về “ke-hoach-mau-mam-non-da-sua.docx”.")
    ).toBeInTheDocument();
    expect(leaveIsQuestioned()).toBe(false);
  });

  it("asks before opening another file over changes not downloaded", async () => {
    renderPage();
    await screen.findByRole("heading", { name: ruleHeading("vague-deadline", 2) });
    const user = userEvent.setup();
    await user.click(screen.getAllByRole("button", { name: /^Sửa: / })[0] as HTMLElement);
    await waitFor(() => expect(downloadButton()).not.toHaveAttribute("aria-disabled"));

    const next = fileOf(sampleBytes(), "ban-sao.docx");
    await user.upload(fileInput(), next);
    const dialog = await screen.findByRole("alertdialog", { name: vi.standalone.discardTitle });
    await user.click(within(dialog).getByRole("button", { name: vi.standalone.discardCancel }));
    expect(screen.getByText(`Tệp: ${SAMPLE_NAME}`)).toBeInTheDocument();

    await user.upload(fileInput(), next);
    await user.click(await screen.findByRole("button", { name: vi.standalone.discardConfirm }));
    expect(await screen.findByText("Tệp: ban-sao.docx")).toBeInTheDocument();
    expect(downloadButton()).toHaveAttribute("aria-disabled", "true");
  });
});

describe("standalone page: where a finding is", () => {
  it("marks the problem cells and, on choosing a finding, outlines its cell and scrolls to it", async () => {
    const { container } = renderPage();
    await screen.findByRole("heading", { name: ruleHeading("missing-owner", 1) });
    // The owner cell of row 7 of table 2 (the plan table after the issuer/motto layout table).
    const ownerCell = container.querySelector('[data-cell="1/6:4"]') as HTMLElement;
    expect(ownerCell).toHaveAttribute("data-severity", "error");
    expect(within(ownerCell).getByRole("img")).toHaveAccessibleName(
      /^Lỗi: Dòng tiêu chí 2\.2 chưa ghi người chủ trì/
    );
    expect(container.querySelectorAll("[data-severity]")).toHaveLength(7);

    const user = userEvent.setup();
    const finding = screen.getByRole("button", {
      name: /Dòng tiêu chí 2\.2 chưa ghi người chủ trì/,
    });
    expect(finding).toHaveAttribute("title", vi.standalone.showInTable);
    await user.click(finding);
    expect(ownerCell).toHaveAttribute("aria-current", "location");
    expect(ownerCell.scrollIntoView).toHaveBeenCalled();
    expect(screen.getByText("Đang chỉ ô ở bảng 2, dòng 7.")).toBeInTheDocument();

    screen.getByRole("button", { name: /“12\/2026”/ }).focus();
    await user.keyboard("{Enter}");
    expect(container.querySelector('[data-cell="1/12:5"]')).toHaveAttribute(
      "aria-current",
      "location"
    );
    expect(ownerCell).not.toHaveAttribute("aria-current");
  });
});
