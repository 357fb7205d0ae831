import type { LocalizedText } from "../../core/model/localized";
import { HostError } from "../host";

/** Why a file could not be opened as a .docx. */
export type DocxProblem =
  | "empty"
  | "not-a-zip"
  | "corrupt-zip"
  | "too-large"
  | "encrypted"
  | "legacy-doc"
  | "missing-document-part"
  | "not-a-word-document"
  | "malformed-xml";

/** A file that is not a .docx we can open; the message names the file and says what to do. */
export class DocxOpenError extends HostError {
  constructor(
    readonly problem: DocxProblem,
    readonly fileName: string | undefined,
    message: LocalizedText,
    cause?: unknown
  ) {
    super("invalid-input", message);
    this.name = "DocxOpenError";
    if (cause !== undefined) this.cause = cause;
  }
}

export interface ProblemDetail {
  /** e.g. the part that is malformed and where. */
  readonly detail?: string;
  readonly limitMegabytes?: number;
  readonly cause?: unknown;
}

export function docxOpenError(
  problem: DocxProblem,
  fileName: string | undefined,
  detail: ProblemDetail = {}
): DocxOpenError {
  const file = fileLabel(fileName);
  const message = MESSAGES[problem](file, detail);
  return new DocxOpenError(problem, fileName, message, detail.cause);
}

function fileLabel(fileName: string | undefined): LocalizedText {
  return fileName === undefined
    ? { vi: "Tệp", en: "The file" }
    : { vi: `Tệp “${fileName}”`, en: `The file “${fileName}”` };
}

const MESSAGES: Record<DocxProblem, (file: LocalizedText, detail: ProblemDetail) => LocalizedText> =
  {
    empty: (file) => ({
      vi: `${file.vi} trống (0 byte), không phải tài liệu Word.`,
      en: `${file.en} is empty (0 bytes); it is not a Word document.`,
    }),
    "not-a-zip": (file) => ({
      vi: `${file.vi} không phải tài liệu Word .docx. Hãy mở tệp bằng Word và lưu lại dưới dạng .docx.`,
      en: `${file.en} is not a Word .docx document. Open it in Word and save it as .docx.`,
    }),
    "corrupt-zip": (file, { detail }) => ({
      vi: `${file.vi} bị hỏng, không giải nén được${suffix(detail)}. Hãy thử mở bằng Word và lưu lại.`,
      en: `${file.en} is damaged and cannot be unpacked${suffix(detail)}. Try opening it in Word and saving it again.`,
    }),
    "too-large": (file, { limitMegabytes }) => ({
      vi: `${file.vi} khi giải nén quá lớn (trên ${limitMegabytes ?? "?"} MB) hoặc có quá nhiều phần; không mở để tránh treo máy.`,
      en: `${file.en} unpacks to too much data (over ${limitMegabytes ?? "?"} MB) or too many parts; it was not opened, to keep the computer responsive.`,
    }),
    encrypted: (file) => ({
      vi: `${file.vi} được đặt mật khẩu. Hãy mở bằng Word, bỏ mật khẩu (Tệp → Thông tin → Bảo vệ tài liệu → Mã hóa bằng mật khẩu, xóa mật khẩu), lưu lại rồi thử lại.`,
      en: `${file.en} is password-protected. Open it in Word, remove the password (File → Info → Protect Document → Encrypt with Password, clear it), save, and try again.`,
    }),
    "legacy-doc": (file) => ({
      vi: `${file.vi} là tệp .doc cũ, hãy lưu lại dưới dạng .docx (trong Word: Tệp → Lưu thành → Tài liệu Word (*.docx)) rồi thử lại.`,
      en: `${file.en} is an old .doc file; save it as .docx (in Word: File → Save As → Word Document (*.docx)) and try again.`,
    }),
    "missing-document-part": (file) => ({
      vi: `${file.vi} là tệp nén nhưng không chứa nội dung văn bản Word (thiếu word/document.xml).`,
      en: `${file.en} is a zip package but holds no Word document content (word/document.xml is missing).`,
    }),
    "not-a-word-document": (file) => ({
      vi: `${file.vi} không phải tài liệu Word (có thể là tệp Excel hoặc PowerPoint).`,
      en: `${file.en} is not a Word document (it may be an Excel or PowerPoint file).`,
    }),
    "malformed-xml": (file, { detail }) => ({
      vi: `${file.vi} bị hỏng: nội dung không phải XML hợp lệ${suffix(detail)}. Hãy thử mở bằng Word và lưu lại.`,
      en: `${file.en} is damaged: its content is not well-formed XML${suffix(detail)}. Try opening it in Word and saving it again.`,
    }),
  };

function suffix(detail: string | undefined): string {
  return detail === undefined ? "" : ` (${detail})`;
}
