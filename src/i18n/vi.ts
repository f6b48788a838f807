import type { Catalogue } from "./catalogue.js";
import { vi as messages } from "./messages.js";

const EXIT_CODES =
  "Mã kết thúc: 0 – không có lỗi; 1 – kế hoạch có lỗi (hoặc có nhiệm vụ quá hạn, khi dùng --fail-on-overdue); 2 – không đọc được tệp hoặc gõ lệnh sai.";

/** Tiếng Việt: the tool's default language. */
export const vi: Catalogue = {
  name: "Tiếng Việt",
  messages,
  date: (day) => {
    const [y, m, d] = day.split("-").map(Number);
    return `${d}/${m}/${y}`;
  },
  help: {
    usage: "Cách dùng",
    headings: { commands: "Lệnh", arguments: "Tham số", options: "Tùy chọn", examples: "Ví dụ" },
    values: {
      file: "tệp",
      files: "tệp...",
      dir: "thư mục",
      date: "ngày",
      time: "giờ",
      number: "số",
      id: "mã",
      session: "mã-buổi",
      task: "mã-nhiệm-vụ",
      unit: "mã-đơn-vị",
      text: "nội dung",
      name: "họ tên",
      period: "kỳ",
      shell: "shell",
      profile: "thể thức",
      format: "dạng",
      kind: "loại",
      status: "trạng thái",
      state: "tình trạng",
      lang: "ngôn ngữ",
    },
    glosses: {
      status: { open: "chưa thực hiện", in_progress: "đang thực hiện", done: "đã hoàn thành", cancelled: "đã hủy" },
      state: {
        overdue: "quá hạn",
        due_soon: "sắp đến hạn",
        open: "chưa đến hạn",
        awaiting_schedule: "chờ chốt lịch hoặc chờ ban hành thông báo",
        done_late: "hoàn thành quá hạn",
        done_on_time: "hoàn thành đúng hạn",
        cancelled: "đã hủy",
      },
      kind: { plan: "Kế hoạch", conclusions: "Thông báo kết luận", minutes: "Biên bản" },
      format: { text: "bảng để đọc", json: "JSON cho chương trình khác", csv: "CSV, dấu phẩy, UTF-8", xlsx: "bảng tính Excel" },
      lang: { vi: "tiếng Việt", en: "tiếng Anh" },
      shell: { bash: "Linux, Git Bash", zsh: "macOS", powershell: "Windows" },
    },
    defaultIs: (value) => `mặc định: ${value}`,
    oneOf: (values) => `một trong: ${values}`,
    repeatable: "có thể ghi nhiều lần",
    commandPlaceholder: "lệnh",
    optionsPlaceholder: "tùy chọn",
    program: {
      summary: "Kế hoạch đối thoại trực tiếp của Bí thư với Nhân dân: kiểm tra, theo dõi thời hạn, xuất văn bản.",
      examples: [
        ["dialogue validate examples/ke-hoach-doi-thoai-2021.yaml", ""],
        ["dialogue status examples/ke-hoach-doi-thoai-2021.yaml --as-of 2021-04-01", ""],
        ["dialogue status --help", "hướng dẫn của một lệnh"],
        ["dialogue --lang en --help", "hướng dẫn bằng tiếng Anh"],
      ],
    },
    global: {
      lang: "ngôn ngữ hiển thị",
      help: "xem hướng dẫn",
      version: "in số phiên bản",
      helpCommand: "xem hướng dẫn của một lệnh",
      helpCommandArgument: "lệnh cần xem hướng dẫn",
    },
    commands: {
      init: {
        summary: "Tạo kế hoạch năm mới: hỏi vài câu rồi ghi một tệp kế hoạch có chú thích, hợp lệ ngay.",
        arguments: { file: "tệp kế hoạch cần tạo" },
        options: {
          yes: "không hỏi: lấy câu trả lời từ các tùy chọn dưới đây",
          province: 'tên tỉnh, ví dụ "Quảng Ngãi"',
          year: "năm của kế hoạch (mặc định: năm nay)",
          signer: "họ tên người ký",
          position: "chức vụ người ký (mặc định: BÍ THƯ)",
          session: "chủ đề một buổi đối thoại",
          units: "mã các đơn vị trong danh sách gợi ý, cách nhau bởi dấu phẩy",
        },
        examples: [
          ["dialogue init", "hỏi từng câu, ghi ke-hoach.yaml"],
          ["dialogue init ke-hoach-2026.yaml", ""],
          ['dialogue init ke-hoach-2026.yaml --yes --province "Quảng Ngãi" --year 2026 --signer "Họ Tên" --session "Chủ đề một"', ""],
        ],
        notes: ["Không bao giờ ghi đè tệp đã có."],
      },
      validate: {
        summary: "Kiểm tra tệp kế hoạch theo cấu trúc tệp kế hoạch và các quy tắc của kế hoạch; chỉ ra từng lỗi kèm dòng, cột.",
        arguments: { files: "các tệp kế hoạch (.yaml)" },
        options: { format: "dạng kết quả" },
        examples: [
          ["dialogue validate examples/ke-hoach-doi-thoai-2021.yaml", ""],
          ["dialogue validate ke-hoach/*.yaml --format json", ""],
        ],
      },
      status: {
        summary: "Xem thời hạn và tình trạng từng nhiệm vụ: việc gì quá hạn, của đơn vị nào.",
        arguments: { files: "các tệp kế hoạch (.yaml)" },
        options: {
          asOf: "ngày dùng để xét hạn (mặc định: hôm nay theo giờ Việt Nam)",
          unit: "chỉ xem nhiệm vụ của đơn vị có mã này",
          session: "chỉ xem nhiệm vụ của buổi đối thoại có mã này",
          state: "chỉ xem nhiệm vụ ở tình trạng này",
          dueWithin: 'chỉ xem nhiệm vụ quá hạn hoặc đến hạn trong N ngày (mặc định "sắp đến hạn" là 7 ngày)',
          period: "chỉ xem thời hạn trong một kỳ báo cáo: tháng (2021-04), q1..q4, 6m, 9m, year; có thể kèm năm (2021-q3)",
          format: "dạng kết quả (mặc định: text, hoặc theo đuôi tệp của -o: .xlsx, .csv, .json)",
          output: "ghi kết quả vào tệp này thay vì ra màn hình",
          failOnOverdue: "kết thúc với mã 1 khi có nhiệm vụ quá hạn (dùng cho nhắc việc tự động)",
        },
        examples: [
          ["dialogue status ke-hoach.yaml", "tình hình hôm nay"],
          ["dialogue status ke-hoach.yaml --as-of 2021-04-01", "tình hình vào một ngày"],
          ["dialogue status ke-hoach.yaml --state overdue", "chỉ các nhiệm vụ quá hạn"],
          ["dialogue status ke-hoach.yaml --unit ban-dan-van --period q2", ""],
          ["dialogue status ke-hoach.yaml -o bao-cao.xlsx", "bảng tính Excel: danh sách nhiệm vụ và trang tổng hợp theo đơn vị"],
          ["dialogue status ke-hoach/*.yaml --format csv > bao-cao.csv", ""],
        ],
      },
      task: {
        summary: "Ghi tiến độ một nhiệm vụ vào tệp kế hoạch (chỉ các dòng của nhiệm vụ đó thay đổi).",
        arguments: { file: "tệp kế hoạch", taskId: "mã nhiệm vụ", status: "trạng thái mới" },
        options: {
          on: "ngày xảy ra (mặc định: hôm nay)",
          ref: 'văn bản báo cáo kết quả (số, ngày), ví dụ "Báo cáo số 12-BC/TĐ ngày 30/3/2021"',
          note: "ghi chú tiến độ, ghi kèm ngày theo --on",
          session: "với nhiệm vụ lặp lại theo từng buổi đối thoại: buổi nào",
        },
        examples: [
          ['dialogue task ke-hoach.yaml bao-cao-tu-tuong done --on 2021-03-30 --ref "Báo cáo số 12-BC/TĐ"', ""],
          ['dialogue task ke-hoach.yaml bao-cao-ly-son in_progress --note "Đã nhận báo cáo của 3/5 xã"', ""],
          ["dialogue task ke-hoach.yaml tham-muu-noi-dung done --session khoi-nghiep", ""],
          ["dialogue task ke-hoach.yaml bao-cao-tu-tuong open", "ghi nhầm done: bỏ ngày hoàn thành và văn bản báo cáo"],
        ],
        notes: ["Chỉ các dòng của nhiệm vụ đó thay đổi; chú thích và định dạng khác trong tệp được giữ nguyên."],
      },
      session: {
        summary: "Ghi lịch buổi đối thoại: chốt lịch, dời ngày, đã tổ chức, hoãn hoặc hủy.",
        arguments: { file: "tệp kế hoạch", sessionId: "mã buổi đối thoại" },
        options: {
          date: "ngày tổ chức đã chốt",
          time: "giờ bắt đầu (HH:MM)",
          venue: "địa điểm",
          heldOn: "buổi đối thoại đã tổ chức vào ngày này",
          postponeTo: "hoãn sang ngày, tháng (2021-10) hoặc quý (2021-Q4)",
          cancel: "hủy buổi đối thoại",
          undoHeld: "bỏ ghi nhận \"đã tổ chức\" ghi nhầm (khi buổi chưa có hồ sơ)",
          reason: "lý do hoãn hoặc hủy",
          on: "ngày ghi nhận thay đổi vào lịch sử (mặc định: hôm nay)",
        },
        examples: [
          ["dialogue session ke-hoach.yaml khoi-nghiep --date 2021-04-20 --time 08:00", ""],
          ["dialogue session ke-hoach.yaml khoi-nghiep --held-on 2021-04-22", ""],
          ['dialogue session ke-hoach.yaml ly-son --postpone-to 2021-Q4 --reason "Dịch bệnh"', ""],
          ['dialogue session ke-hoach.yaml ly-son --cancel --reason "Đã giải quyết xong kiến nghị"', ""],
          ["dialogue session ke-hoach.yaml khoi-nghiep --undo-held", "ghi nhầm là đã tổ chức"],
        ],
      },
      record: {
        summary: "Thêm khung hồ sơ buổi đối thoại (ý kiến, kết luận, thông báo), có chú thích, cho buổi đã tổ chức.",
        arguments: { file: "tệp kế hoạch", sessionId: "mã buổi đối thoại" },
        options: {},
        examples: [
          ["dialogue session ke-hoach.yaml khoi-nghiep --held-on 2021-04-22", ""],
          ["dialogue record ke-hoach.yaml khoi-nghiep", ""],
          ["dialogue render ke-hoach.yaml --session khoi-nghiep --only minutes", ""],
        ],
      },
      render: {
        summary: "Xuất văn bản chính thức dạng DOCX đúng thể thức (Kế hoạch, Thông báo kết luận, Biên bản).",
        arguments: { file: "tệp kế hoạch" },
        options: {
          output: "thư mục ghi văn bản",
          only: "chỉ xuất loại văn bản này",
          session: "chỉ xuất thông báo kết luận và biên bản của buổi này",
          profile: "thể thức: hd36 (Hướng dẫn 36-HD/VPTW) hoặc hd05 (Hướng dẫn 05-HD/VPTW)",
          templates: "thư mục mẫu văn bản (bản sao của templates/ đã sửa theo tỉnh)",
          pdf: "ghi thêm tệp PDF (qua LibreOffice)",
        },
        examples: [
          ["dialogue render examples/ke-hoach-doi-thoai-2021.yaml", "ghi out/ke-hoach-doi-thoai-2021-ke-hoach.docx"],
          ["dialogue render ke-hoach.yaml -o van-ban --profile hd05", ""],
          ["dialogue render ke-hoach.yaml --templates mau-cua-tinh/", ""],
        ],
      },
      calendar: {
        summary: "Ghi các buổi đối thoại và thời hạn vào tệp lịch iCalendar (.ics) cho Outlook, Google hoặc điện thoại.",
        arguments: { files: "các tệp kế hoạch (.yaml)" },
        options: { output: "tệp .ics cần ghi (mặc định: out/<tên tệp kế hoạch>.ics; nhiều kế hoạch: out/lich-doi-thoai.ics)" },
        examples: [
          ["dialogue calendar ke-hoach.yaml", "ghi out/ke-hoach.ics"],
          ["dialogue calendar ke-hoach/*.yaml -o doi-thoai.ics", ""],
        ],
        notes: ["Nhập lại tệp vào lịch sẽ cập nhật các sự kiện đã có (mã sự kiện không đổi), không nhân đôi."],
      },
      schema: {
        summary: "In đường dẫn của cấu trúc tệp kế hoạch (cho tiện ích YAML của VS Code), hoặc chép nó vào thư mục kế hoạch.",
        arguments: {},
        options: { copyTo: "chép plan.schema.json vào thư mục này" },
        examples: [
          ["dialogue schema", ""],
          ["dialogue schema --copy-to ke-hoach/", ""],
        ],
      },
      completion: {
        summary: "In đoạn mã gợi ý lệnh (bấm Tab) cho cửa sổ dòng lệnh.",
        arguments: { shell: "loại cửa sổ dòng lệnh" },
        options: {},
        examples: [
          ["source <(dialogue completion bash)", "thêm vào ~/.bashrc"],
          ["dialogue completion powershell | Out-String | Invoke-Expression", "thêm vào hồ sơ PowerShell"],
        ],
      },
    },
    exitCodes: EXIT_CODES,
  },
};
