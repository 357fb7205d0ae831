import type { LocalizedText } from "../../core/model/localized";
import { OoxmlWriteError, type OoxmlWriteErrorCode } from "../../ooxml";
import type { EditOutcome, HostFailure } from "../host";

const FAILURES: Record<OoxmlWriteErrorCode, HostFailure> = {
  "not-found": "not-found",
  stale: "stale",
  conflict: "invalid-input",
  "invalid-spec": "invalid-input",
  "not-supported": "not-supported",
};

const MESSAGES: Record<OoxmlWriteErrorCode, LocalizedText> = {
  "not-found": {
    vi: "Không tìm thấy chỗ cần sửa trong tài liệu (có thể tài liệu đã thay đổi); chưa sửa gì. Hãy kiểm tra lại.",
    en: "The place to edit is not in the document (it may have changed); nothing was changed. Check again.",
  },
  stale: {
    vi: "Nội dung ô đã thay đổi từ lần kiểm tra trước; chưa sửa gì. Hãy kiểm tra lại.",
    en: "The cell's text changed since the last check; nothing was changed. Check again.",
  },
  conflict: {
    vi: "Các thay đổi chồng lên nhau nên chưa sửa gì.",
    en: "The changes overlap, so nothing was changed.",
  },
  "invalid-spec": {
    vi: "Không tạo được nội dung cần chèn nên chưa sửa gì.",
    en: "The content to insert could not be built, so nothing was changed.",
  },
  "not-supported": {
    vi: "Chỗ này của tài liệu chưa sửa tự động được; chưa sửa gì.",
    en: "This part of the document cannot be edited automatically; nothing was changed.",
  },
};

/** The outcome of a batch the writer refused (nothing was written), in words for users. */
export function failedEdit(error: unknown, fileName: string | undefined): EditOutcome {
  if (error instanceof OoxmlWriteError) {
    const message = MESSAGES[error.code];
    return {
      ok: false,
      reason: FAILURES[error.code],
      message: { vi: `${message.vi} (${error.message})`, en: `${message.en} (${error.message})` },
    };
  }
  const file = fileName === undefined ? "" : ` “${fileName}”`;
  return {
    ok: false,
    reason: "host-error",
    message: {
      vi: `Lỗi không mong đợi khi sửa tệp${file}; chưa sửa gì (${String(error)}).`,
      en: `Unexpected error while editing the file${file}; nothing was changed (${String(error)}).`,
    },
  };
}
