/** What the Word host tells staff when something goes wrong, in both languages. */
import type { LocalizedText } from "../../core/model/localized";

export const MESSAGES = {
  readOnly: {
    vi: "Tài liệu đang mở ở chế độ chỉ đọc nên không sửa được. Hãy bấm “Cho phép chỉnh sửa” (hoặc lưu một bản sao) rồi thử lại.",
    en: "The document is open read-only, so it cannot be changed. Choose Enable Editing (or save a copy) and try again.",
  },
  notAllowed: {
    vi: "Word không cho phép sửa chỗ này (tài liệu hoặc phần này đang bị khóa, hoặc đang có hộp thoại mở). Hãy kiểm tra rồi thử lại.",
    en: "Word does not allow this change here (the document or this part of it is protected, or a dialog is open). Check and try again.",
  },
  notFound: {
    vi: "Không tìm thấy chỗ cần sửa trong tài liệu nữa (có thể tài liệu vừa thay đổi). Hãy bấm Kiểm tra ngay rồi thử lại.",
    en: "The place to change is no longer in the document (it may have just changed). Choose Check now and try again.",
  },
  stale: {
    vi: "Nội dung ở đây đã thay đổi từ lần kiểm tra trước nên chưa sửa. Hãy bấm Kiểm tra ngay rồi thử lại.",
    en: "The content here changed since the last check, so nothing was changed. Choose Check now and try again.",
  },
  notSupported: {
    vi: "Phiên bản Word này không hỗ trợ thao tác này. Hãy cập nhật Office hoặc dùng Word trên web.",
    en: "This version of Word does not support this action. Update Office or use Word on the web.",
  },
  invalidInput: {
    vi: "Không thể thực hiện thay đổi này (yêu cầu sửa không hợp lệ).",
    en: "This change cannot be made (the requested edit is not valid).",
  },
  hostError: {
    vi: "Word báo lỗi khi sửa tài liệu. Hãy thử lại; nếu vẫn lỗi, hãy lưu tài liệu và mở lại.",
    en: "Word reported an error while changing the document. Try again; if it persists, save the document and reopen it.",
  },
  readFailed: {
    vi: "Không đọc được nội dung tài liệu từ Word. Hãy thử lại.",
    en: "The document's content could not be read from Word. Please try again.",
  },
  unreadable: {
    vi: "Word trả về nội dung mà tiện ích không đọc được.",
    en: "Word returned content this add-in cannot read.",
  },
  cellMergedBelow: {
    vi: "Ô này nằm trong một ô đã gộp theo chiều dọc; hãy sửa ô đầu tiên của phần gộp.",
    en: "This cell is part of a vertically merged cell; edit the first cell of the merge.",
  },
  conflictingEdits: {
    vi: "Các thay đổi yêu cầu cùng lúc chồng lên nhau (cùng một bảng bị thay thế và sửa).",
    en: "The changes requested together overlap (the same table is replaced and edited).",
  },
} satisfies Record<string, LocalizedText>;
