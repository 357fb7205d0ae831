/**
 * The sample plan the standalone page opens by default: a preschool plan written for kdcl (no real
 * school, no person named; titles stand for people and "…" for names), laid out the way schools
 * type theirs (shared/reference/plans.md), with the slips staff most often make, so the page has
 * something to show at once:
 * - a row with no owner (criterion 2.2);
 * - "Cả năm" as a deadline (criteria 1.8 and 5.4);
 * - a criterion title typed from memory (3.2: "phụ vụ" for "phục vụ", "khối phòng" dropped);
 * - a deadline outside the school year (4.1: "12/2026" in the 2025 - 2026 plan);
 * - empty monitor cells (3.2 and the second row of 3.5).
 */

/** One action row of the plan table. The second row of a criterion leaves `criterion` out. */
export interface SampleRow {
  criterion?: string;
  weakness: string;
  action: string;
  owner: string;
  deadline: string;
  monitor: string;
}

export interface SampleStandard {
  heading: string;
  rows: SampleRow[];
}

export const ISSUER = ["UBND XÃ …", "TRƯỜNG MẦM NON …"];
export const MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"];
export const PLAN_NUMBER = "Số: 45/KH-MN";
export const PLACE_AND_DATE = "…, ngày 20 tháng 10 năm 2025";
export const TITLE = ["KẾ HOẠCH", "Cải tiến chất lượng giáo dục năm học 2025 - 2026"];

export const GROUNDS = [
  "Căn cứ Thông tư số 19/2018/TT-BGDĐT ngày 22 tháng 8 năm 2018 của Bộ Giáo dục và Đào tạo ban hành Quy định về kiểm định chất lượng giáo dục và công nhận đạt chuẩn quốc gia đối với trường mầm non;",
  "Căn cứ Công văn số 5942/BGDĐT-QLCL ngày 28 tháng 12 năm 2018 của Bộ Giáo dục và Đào tạo về việc hướng dẫn tự đánh giá và đánh giá ngoài cơ sở giáo dục mầm non;",
  "Căn cứ báo cáo tự đánh giá của nhà trường, Trường Mầm non … xây dựng kế hoạch cải tiến chất lượng giáo dục như sau:",
];

export const PURPOSE_HEADING = "I. MỤC ĐÍCH, YÊU CẦU";
export const PURPOSE = [
  "- Khắc phục những hạn chế đã chỉ ra trong báo cáo tự đánh giá, phát huy điểm mạnh, từng bước nâng cao chất lượng nuôi dưỡng, chăm sóc, giáo dục trẻ.",
  "- Mỗi nội dung cải tiến có biện pháp cụ thể, người thực hiện, thời gian hoàn thành và người giám sát; kế hoạch được công khai tới toàn thể cán bộ, giáo viên, nhân viên.",
];

export const CONTENT_HEADING = "II. NỘI DUNG KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC";

export const TABLE_HEADERS = [
  "TT",
  "Tiêu chuẩn, tiêu chí",
  "Nội dung cần cải tiến",
  "Biện pháp thực hiện",
  "Người thực hiện",
  "Thời gian thực hiện",
  "Người giám sát",
];

export const LEVEL_GROUP = "MỨC 1, 2, 3";
export const LEVEL_4_GROUP = "MỨC 4: Không có";

export const STANDARDS: SampleStandard[] = [
  {
    heading: "Tiêu chuẩn 1: Tổ chức và quản lý nhà trường",
    rows: [
      {
        criterion: "Tiêu chí 1.4: Hiệu trưởng, phó hiệu trưởng, tổ chuyên môn và tổ văn phòng",
        weakness: "Sinh hoạt tổ chuyên môn có lúc còn hình thức, chưa đi sâu vào chuyên đề.",
        action:
          "Sinh hoạt chuyên môn 2 lần/tháng theo chuyên đề; mỗi tổ chọn một chuyên đề trọng tâm cho mỗi học kỳ và báo cáo kết quả.",
        owner: "Phó hiệu trưởng; tổ trưởng chuyên môn",
        deadline: "11/2025 - 5/2026",
        monitor: "Hiệu trưởng",
      },
      {
        criterion: "Tiêu chí 1.8: Quản lý các hoạt động giáo dục",
        weakness: "Kiểm tra nội bộ các hoạt động giáo dục chưa thường xuyên.",
        action:
          "Lập lịch kiểm tra nội bộ theo tháng;\ncông khai kết quả kiểm tra tại cuộc họp hội đồng sư phạm.",
        owner: "Hiệu trưởng, Ban kiểm tra nội bộ",
        deadline: "Cả năm",
        monitor: "Ban Thanh tra nhân dân",
      },
    ],
  },
  {
    heading: "Tiêu chuẩn 2: Cán bộ quản lý, giáo viên, nhân viên",
    rows: [
      {
        criterion: "Tiêu chí 2.2: Đối với giáo viên",
        weakness:
          "Một số giáo viên còn lúng túng khi ứng dụng công nghệ thông tin trong tổ chức hoạt động cho trẻ.",
        action:
          "Bồi dưỡng kỹ năng soạn bài giảng điện tử; giáo viên thành thạo kèm cặp giáo viên mới theo nhóm.",
        owner: "",
        deadline: "12/2025 - 3/2026",
        monitor: "Phó hiệu trưởng",
      },
    ],
  },
  {
    heading: "Tiêu chuẩn 3: Cơ sở vật chất và thiết bị dạy học",
    rows: [
      {
        criterion: "Tiêu chí 3.2: Khối phòng nhóm trẻ, lớp mẫu giáo và phòng phụ vụ học tập",
        weakness: "Một số phòng nhóm, lớp thiếu giá, kệ để đồ dùng cá nhân của trẻ.",
        action:
          "Tham mưu mua sắm bổ sung giá, kệ; tận dụng nguyên vật liệu sẵn có làm kệ trưng bày sản phẩm của trẻ.",
        owner: "Hiệu trưởng, kế toán",
        deadline: "1/2026 - 4/2026",
        monitor: "",
      },
      {
        criterion: "Tiêu chí 3.5: Thiết bị, đồ dùng, đồ chơi",
        weakness: "Đồ chơi ngoài trời ở khu sân chơi đã xuống cấp.",
        action: "Sửa chữa, sơn lại đồ chơi ngoài trời; kiểm tra độ an toàn hằng tháng.",
        owner: "Phó hiệu trưởng phụ trách cơ sở vật chất, nhân viên bảo vệ",
        deadline: "11/2025 - 12/2025",
        monitor: "Hiệu trưởng",
      },
      {
        weakness: "Các góc hoạt động còn ít đồ dùng, đồ chơi tự làm.",
        action: "Tổ chức hội thi làm đồ dùng, đồ chơi từ nguyên vật liệu tái chế.",
        owner: "Tổ chuyên môn, giáo viên các lớp",
        deadline: "3/2026",
        monitor: "",
      },
    ],
  },
  {
    heading: "Tiêu chuẩn 4: Quan hệ giữa nhà trường, gia đình và xã hội",
    rows: [
      {
        criterion: "Tiêu chí 4.1: Ban đại diện cha mẹ trẻ",
        weakness: "Ban đại diện cha mẹ trẻ ở một số lớp hoạt động chưa đều.",
        action:
          "Họp Ban đại diện cha mẹ trẻ đầu mỗi học kỳ; thống nhất kế hoạch phối hợp với từng lớp.",
        owner: "Hiệu trưởng, giáo viên chủ nhiệm các lớp",
        deadline: "12/2026",
        monitor: "Công đoàn cơ sở",
      },
    ],
  },
  {
    heading: "Tiêu chuẩn 5: Hoạt động và kết quả nuôi dưỡng, chăm sóc, giáo dục trẻ",
    rows: [
      {
        criterion: "Tiêu chí 5.2: Tổ chức hoạt động nuôi dưỡng, chăm sóc và giáo dục trẻ",
        weakness: "Hoạt động trải nghiệm cho trẻ mẫu giáo chưa phong phú.",
        action:
          "Xây dựng kế hoạch hoạt động trải nghiệm theo chủ đề, mỗi tháng ít nhất một hoạt động ngoài lớp học.",
        owner: "Tổ chuyên môn mẫu giáo",
        deadline: "11/2025 - 5/2026",
        monitor: "Phó hiệu trưởng",
      },
      {
        criterion: "Tiêu chí 5.4: Kết quả giáo dục",
        weakness: "Tỉ lệ trẻ 5 - 6 tuổi mạnh dạn trong giao tiếp chưa cao.",
        action:
          "Tăng cường hoạt động kể chuyện, đóng vai; tạo cơ hội để trẻ trình bày ý kiến trước lớp.",
        owner: "Giáo viên lớp mẫu giáo 5 - 6 tuổi",
        deadline: "Cả năm",
        monitor: "Hiệu trưởng",
      },
    ],
  },
];

export const ORGANISATION_HEADING = "III. TỔ CHỨC THỰC HIỆN";
export const ORGANISATION = [
  "1. Hiệu trưởng: chỉ đạo chung; phân công người thực hiện từng nội dung; kiểm tra, giám sát việc thực hiện kế hoạch.",
  "2. Phó hiệu trưởng: hướng dẫn các tổ chuyên môn thực hiện các nội dung được giao; tổng hợp kết quả theo học kỳ.",
  "3. Tổ chuyên môn, giáo viên, nhân viên: thực hiện các nội dung được phân công; báo cáo kết quả vào cuối mỗi học kỳ.",
  "Trên đây là kế hoạch cải tiến chất lượng giáo dục năm học 2025 - 2026 của Trường Mầm non …",
];

export const RECIPIENTS = ["Nơi nhận:", "- Phòng Văn hóa - Xã hội (để b/c);", "- Lưu: VT."];
export const SIGNATURE = ["HIỆU TRƯỞNG", "", "", "…"];
