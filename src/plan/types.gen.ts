// Generated from schemas/plan.schema.json by `npm run gen:types`. Do not edit by hand.

/**
 * Ngày ban hành kế hoạch (YYYY-MM-DD). Bỏ trống khi còn là dự thảo chưa ký.
 */
export type DateString = string;
/**
 * Đoạn căn cứ mở đầu ("Thực hiện Quy chế …"). Được dùng *nghiêng* và **đậm**.
 */
export type RichText = string;
/**
 * Văn bản tiếng Việt, ghi đúng như văn bản gốc. *chữ nghiêng* đặt giữa hai dấu *, **chữ đậm** giữa hai cặp dấu **.
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "RichText".
 */
export type RichText1 = string;
/**
 * Mã ngắn của buổi đối thoại, ví dụ "khoi-nghiep"; dùng trong hạn tương đối và trên dòng lệnh.
 */
export type Id = string;
/**
 * Văn bản tiếng Việt, ghi đúng như văn bản gốc. *chữ nghiêng* đặt giữa hai dấu *, **chữ đậm** giữa hai cặp dấu **.
 */
export type RichText2 = string;
/**
 * Văn bản tiếng Việt, ghi đúng như văn bản gốc. *chữ nghiêng* đặt giữa hai dấu *, **chữ đậm** giữa hai cặp dấu **.
 */
export type RichText3 = string;
/**
 * Ngày cụ thể (YYYY-MM-DD).
 */
export type DateString1 = string;
/**
 * Giờ bắt đầu (HH:MM), chỉ dùng cùng date.
 */
export type TimeString = string;
/**
 * Ngày theo dạng YYYY-MM-DD, ví dụ 2021-03-31.
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "Date".
 */
export type DateString2 = string;
/**
 * Ngày theo dạng YYYY-MM-DD, ví dụ 2021-03-31.
 */
export type DateString3 = string;
/**
 * Giờ bắt đầu (HH:MM).
 */
export type TimeString1 = string;
/**
 * Ngày theo dạng YYYY-MM-DD, ví dụ 2021-03-31.
 */
export type DateString4 = string;
/**
 * Ngày theo dạng YYYY-MM-DD, ví dụ 2021-03-31.
 */
export type DateString5 = string;
/**
 * Ngày theo dạng YYYY-MM-DD, ví dụ 2021-03-31.
 */
export type DateString6 = string;
/**
 * Ngày theo dạng YYYY-MM-DD, ví dụ 2021-03-31.
 */
export type DateString7 = string;
/**
 * Giờ bắt đầu (HH:MM).
 */
export type TimeString2 = string;
/**
 * Giờ kết thúc (HH:MM).
 */
export type TimeString3 = string;
/**
 * Mã ngắn do người dùng đặt: chữ thường không dấu, số và dấu gạch nối, ví dụ "ban-dan-van". Đã đặt thì không đổi.
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "Id".
 */
export type Id1 = string;
/**
 * Văn bản tiếng Việt, ghi đúng như văn bản gốc. *chữ nghiêng* đặt giữa hai dấu *, **chữ đậm** giữa hai cặp dấu **.
 */
export type RichText4 = string;
/**
 * Mã ngắn do người dùng đặt: chữ thường không dấu, số và dấu gạch nối, ví dụ "ban-dan-van". Đã đặt thì không đổi.
 */
export type Id2 = string;
/**
 * Văn bản tiếng Việt, ghi đúng như văn bản gốc. *chữ nghiêng* đặt giữa hai dấu *, **chữ đậm** giữa hai cặp dấu **.
 */
export type RichText5 = string;
/**
 * Mã ngắn do người dùng đặt: chữ thường không dấu, số và dấu gạch nối, ví dụ "ban-dan-van". Đã đặt thì không đổi.
 */
export type Id3 = string;
/**
 * Mã ngắn do người dùng đặt: chữ thường không dấu, số và dấu gạch nối, ví dụ "ban-dan-van". Đã đặt thì không đổi.
 */
export type Id4 = string;
/**
 * Văn bản tiếng Việt, ghi đúng như văn bản gốc. *chữ nghiêng* đặt giữa hai dấu *, **chữ đậm** giữa hai cặp dấu **.
 */
export type RichText6 = string;
/**
 * Ngày theo dạng YYYY-MM-DD, ví dụ 2021-03-31.
 */
export type DateString8 = string;
/**
 * Ngày theo dạng YYYY-MM-DD, ví dụ 2021-03-31.
 */
export type DateString9 = string;
/**
 * Trạng thái: open = chưa làm, in_progress = đang làm, done = đã xong, cancelled = hủy. Mặc định open.
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "TaskStatus".
 */
export type TaskStatus = "open" | "in_progress" | "done" | "cancelled";
/**
 * Ngày theo dạng YYYY-MM-DD, ví dụ 2021-03-31.
 */
export type DateString10 = string;
/**
 * Ngày theo dạng YYYY-MM-DD, ví dụ 2021-03-31.
 */
export type DateString11 = string;
/**
 * Văn bản tiếng Việt, ghi đúng như văn bản gốc. *chữ nghiêng* đặt giữa hai dấu *, **chữ đậm** giữa hai cặp dấu **.
 */
export type RichText7 = string;
/**
 * Ngày theo dạng YYYY-MM-DD, ví dụ 2021-03-31.
 */
export type DateString12 = string;
/**
 * Văn bản tiếng Việt, ghi đúng như văn bản gốc. *chữ nghiêng* đặt giữa hai dấu *, **chữ đậm** giữa hai cặp dấu **.
 */
export type RichText8 = string;
/**
 * Văn bản tiếng Việt, ghi đúng như văn bản gốc. *chữ nghiêng* đặt giữa hai dấu *, **chữ đậm** giữa hai cặp dấu **.
 */
export type RichText9 = string;
/**
 * Mã ngắn do người dùng đặt: chữ thường không dấu, số và dấu gạch nối, ví dụ "ban-dan-van". Đã đặt thì không đổi.
 */
export type Id5 = string;
/**
 * Văn bản tiếng Việt, ghi đúng như văn bản gốc. *chữ nghiêng* đặt giữa hai dấu *, **chữ đậm** giữa hai cặp dấu **.
 */
export type RichText10 = string;
/**
 * Mã ngắn do người dùng đặt: chữ thường không dấu, số và dấu gạch nối, ví dụ "ban-dan-van". Đã đặt thì không đổi.
 */
export type Id6 = string;
/**
 * Văn bản tiếng Việt, ghi đúng như văn bản gốc. *chữ nghiêng* đặt giữa hai dấu *, **chữ đậm** giữa hai cặp dấu **.
 */
export type RichText11 = string;
/**
 * Ngày theo dạng YYYY-MM-DD, ví dụ 2021-03-31.
 */
export type DateString13 = string;
/**
 * Ngày theo dạng YYYY-MM-DD, ví dụ 2021-03-31.
 */
export type DateString14 = string;
/**
 * Ngày theo dạng YYYY-MM-DD, ví dụ 2021-03-31.
 */
export type DateString15 = string;
/**
 * Ngày theo dạng YYYY-MM-DD, ví dụ 2021-03-31.
 */
export type DateString16 = string;
/**
 * Văn bản tiếng Việt, ghi đúng như văn bản gốc. *chữ nghiêng* đặt giữa hai dấu *, **chữ đậm** giữa hai cặp dấu **.
 */
export type RichText12 = string;
/**
 * Ngày theo dạng YYYY-MM-DD, ví dụ 2021-03-31.
 */
export type DateString17 = string;
/**
 * Giờ theo dạng HH:MM (24 giờ), ví dụ 08:00.
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "Time".
 */
export type TimeString4 = string;

/**
 * Kế hoạch tổ chức đối thoại trực tiếp của Bí thư với dân trong một năm.
 */
export interface Plan {
  /**
   * Năm của kế hoạch, ví dụ 2021. Ngày cách năm này quá 1 năm bị cảnh báo, quá 5 năm bị báo lỗi.
   */
  year: number;
  issuer: Issuer;
  /**
   * Số văn bản (phần số trong "Số 45-KH/TU"). Bỏ trống khi còn là dự thảo chưa cấp số.
   */
  number?: number;
  /**
   * Địa danh ghi ở dòng ngày tháng, ví dụ "Quảng Ngãi".
   */
  place: string;
  date?: DateString;
  /**
   * Trích yếu (dòng tên kế hoạch dưới chữ KẾ HOẠCH), viết thường chữ đầu. Xuống dòng ở đâu thì văn bản xuống dòng ở đó.
   */
  summary: string;
  basis?: RichText;
  /**
   * Mục I.1 — Mục đích: mỗi phần tử là một gạch đầu dòng.
   */
  purposes?: RichText1[];
  /**
   * Mục I.2 — Yêu cầu: mỗi phần tử là một gạch đầu dòng. Bỏ trống nếu kế hoạch không có phần Yêu cầu.
   */
  requirements?: RichText1[];
  /**
   * Mục II — các buổi (chủ đề) đối thoại trong năm, theo thứ tự trong kế hoạch.
   */
  sessions?: Session[];
  adHoc?: RichText9;
  /**
   * Danh sách cơ quan, đơn vị được nhắc đến trong kế hoạch, mỗi đơn vị có một mã ngắn (id) để dùng ở các chỗ khác và trên dòng lệnh.
   *
   * @minItems 1
   */
  units: [Unit, ...Unit[]];
  /**
   * Mục III — Tổ chức thực hiện: mỗi phần tử là một mục đánh số, giao nhiệm vụ cho một hoặc nhiều đơn vị.
   */
  implementation?: Assignment[];
  closing?: RichText12;
  /**
   * Nơi nhận, mỗi dòng một nơi, không ghi dấu câu cuối dòng (khi xuất văn bản sẽ tự thêm "," hoặc ";" và dấu "." ở dòng cuối). Dòng lưu trữ ghi "Lưu Văn phòng Tỉnh ủy".
   */
  recipients?: string[];
  signature: Signature;
  calendar?: CalendarAdjustments;
}
/**
 * Cơ quan ban hành (góc trái phần đầu văn bản).
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "Issuer".
 */
export interface Issuer {
  /**
   * Tên cơ quan cấp trên trực tiếp (dòng trên tên cơ quan), nếu có. Tỉnh ủy thì bỏ trống.
   */
  superior?: string;
  /**
   * Tên cơ quan ban hành, viết hoa, ví dụ "TỈNH ỦY QUẢNG NGÃI".
   */
  name: string;
  /**
   * Chữ viết tắt tên cơ quan trong ký hiệu văn bản, ví dụ "TU" trong "45-KH/TU".
   */
  code: string;
}
/**
 * Một buổi (chủ đề) đối thoại.
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "Session".
 */
export interface Session {
  id: Id;
  theme: RichText2;
  audience?: RichText3;
  attendance?: Attendance;
  planned?: PlannedTime;
  /**
   * Địa điểm theo kế hoạch. Bỏ trống thì văn bản ghi "Sẽ thông báo cụ thể sau".
   */
  venue?: string;
  /**
   * Người chủ trì; nhiều người là đồng chủ trì.
   *
   * @minItems 1
   */
  chairs?: [Person, ...Person[]];
  /**
   * Tình trạng: planned = dự kiến, scheduled = đã chốt lịch, held = đã tổ chức, postponed = hoãn, cancelled = hủy. Mặc định planned.
   */
  status?: "planned" | "scheduled" | "held" | "postponed" | "cancelled";
  scheduled?: Schedule;
  heldOn?: DateString4;
  postponedTo?: PlannedTime1;
  /**
   * Lý do hoãn hoặc hủy.
   */
  reason?: string;
  /**
   * Lịch sử chốt lịch, dời, hoãn, hủy.
   */
  history?: SessionEvent[];
  record?: Record;
}
/**
 * Số lượng người dự kiến tham dự.
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "Attendance".
 */
export interface Attendance {
  /**
   * Số người, ví dụ 200.
   */
  count: number;
  /**
   * true (mặc định): ghi "Khoảng 200 người"; false: ghi "200 người".
   */
  approximate?: boolean;
}
/**
 * Thời gian dự kiến, chọn đúng một cách ghi: date (ngày cụ thể), month (tháng, có thể kèm part), quarter (quý) hoặc alternatives (các ngày để chọn). Không ghi thì là chưa xác định.
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "PlannedTime".
 */
export interface PlannedTime {
  date?: DateString1;
  time?: TimeString;
  /**
   * Tháng dự kiến, dạng YYYY-MM, ví dụ "2021-04" ("Dự kiến trong tháng 4/2021").
   */
  month?: string;
  /**
   * Phần của tháng, dùng cùng month: early = đầu tháng, mid = giữa tháng, late = cuối tháng.
   */
  part?: "early" | "mid" | "late";
  /**
   * Quý dự kiến, dạng YYYY-Qn, ví dụ "2021-Q3" ("Dự kiến trong quý III/2021").
   */
  quarter?: string;
  /**
   * Các ngày có thể chọn ("ngày 20 hoặc 22/4/2021").
   *
   * @minItems 2
   */
  alternatives?: [DateString2, DateString2, ...DateString2[]];
}
/**
 * Một người: họ tên và chức vụ.
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "Person".
 */
export interface Person {
  /**
   * Họ và tên.
   */
  name: string;
  /**
   * Chức vụ, ví dụ "Bí thư Tỉnh ủy, Trưởng đoàn ĐBQH tỉnh".
   */
  title?: string;
}
/**
 * Lịch đã chốt của buổi đối thoại: ngày, giờ, địa điểm.
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "Schedule".
 */
export interface Schedule {
  date: DateString3;
  time?: TimeString1;
  /**
   * Địa điểm đã chốt, nếu khác địa điểm trong kế hoạch.
   */
  venue?: string;
}
/**
 * Thời gian dự kiến, chọn đúng một cách ghi: date (ngày cụ thể), month (tháng, có thể kèm part), quarter (quý) hoặc alternatives (các ngày để chọn). Không ghi thì là chưa xác định.
 */
export interface PlannedTime1 {
  date?: DateString1;
  time?: TimeString;
  /**
   * Tháng dự kiến, dạng YYYY-MM, ví dụ "2021-04" ("Dự kiến trong tháng 4/2021").
   */
  month?: string;
  /**
   * Phần của tháng, dùng cùng month: early = đầu tháng, mid = giữa tháng, late = cuối tháng.
   */
  part?: "early" | "mid" | "late";
  /**
   * Quý dự kiến, dạng YYYY-Qn, ví dụ "2021-Q3" ("Dự kiến trong quý III/2021").
   */
  quarter?: string;
  /**
   * Các ngày có thể chọn ("ngày 20 hoặc 22/4/2021").
   *
   * @minItems 2
   */
  alternatives?: [DateString2, DateString2, ...DateString2[]];
}
/**
 * Một lần thay đổi lịch của buổi đối thoại (để lưu vết).
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "SessionEvent".
 */
export interface SessionEvent {
  on: DateString5;
  /**
   * Loại thay đổi: scheduled = chốt lịch, moved = dời ngày, postponed = hoãn sang kỳ khác, cancelled = hủy, held = đã tổ chức.
   */
  change: "scheduled" | "moved" | "postponed" | "cancelled" | "held";
  from?: DateString6;
  to?: DateString7;
  /**
   * Lý do thay đổi.
   */
  reason?: string;
}
/**
 * Hồ sơ buổi đối thoại đã tổ chức: thành phần, ý kiến, trả lời, kết luận và thông báo kết luận. Tạo khung bằng lệnh dialogue record.
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "Record".
 */
export interface Record {
  start?: TimeString2;
  end?: TimeString3;
  /**
   * Địa điểm thực tế, nếu khác lịch đã chốt.
   */
  venue?: string;
  /**
   * Người chủ trì (nhiều người là đồng chủ trì; người ghi đầu tiên kết luận và ký biên bản); bỏ trống thì dùng chairs của buổi đối thoại.
   *
   * @minItems 1
   */
  chairs?: [Person, ...Person[]];
  /**
   * Lãnh đạo tham dự, mỗi dòng một người: họ tên, chức vụ (không ghi "đồng chí": văn bản tự thêm).
   */
  leaders?: string[];
  /**
   * Mã các cơ quan, đơn vị tham dự (phải có trong units).
   */
  agencies?: Id1[];
  /**
   * Số người dân tham dự.
   */
  citizens?: number;
  minuteTaker?: Person1;
  /**
   * Các ý kiến người dân nêu, theo thứ tự.
   */
  opinions?: Opinion[];
  /**
   * Các đoạn đánh giá mở đầu phần kết luận.
   */
  assessment?: RichText1[];
  /**
   * Các nội dung giao việc trong kết luận, theo thứ tự.
   */
  assignments?: ConclusionTask[];
  followUp?: RichText7;
  notice?: Notice;
  /**
   * Số biên bản (phần số trong "Số 12-BB/TU"), nếu có.
   */
  minutesNumber?: number;
}
/**
 * Một người: họ tên và chức vụ.
 */
export interface Person1 {
  /**
   * Họ và tên.
   */
  name: string;
  /**
   * Chức vụ, ví dụ "Bí thư Tỉnh ủy, Trưởng đoàn ĐBQH tỉnh".
   */
  title?: string;
}
/**
 * Một ý kiến người dân nêu tại buổi đối thoại.
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "Opinion".
 */
export interface Opinion {
  /**
   * Số thứ tự ý kiến (1, 2, 3…), không trùng nhau.
   */
  number: number;
  /**
   * Lĩnh vực của ý kiến, ví dụ "Đất đai" (dùng để nhóm ý kiến; trong câu văn được viết thường: "các lĩnh vực: đất đai; bồi thường, tái định cư").
   */
  field?: string;
  speaker?: Speaker;
  content: RichText4;
  /**
   * Các ý kiến trả lời tại buổi đối thoại (của đơn vị hoặc của người trả lời). Không có thì thông báo không ghi là đã trả lời.
   */
  answers?: Answer[];
}
/**
 * Người phát biểu (dữ liệu cá nhân theo Nghị định 13/2023/NĐ-CP): chỉ ghi trong biên bản, không đưa vào thông báo kết luận, báo cáo hay lịch.
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "Speaker".
 */
export interface Speaker {
  /**
   * Họ và tên người phát biểu.
   */
  name: string;
  /**
   * Địa chỉ (thôn, xã…) của người phát biểu.
   */
  address?: string;
}
/**
 * Một ý kiến trả lời tại buổi đối thoại: của một đơn vị (by), hoặc của một người (person), có thể ghi kèm đơn vị mà người đó thay mặt (by).
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "Answer".
 */
export interface Answer {
  by?: Id2;
  person?: Person2;
  summary: RichText5;
}
/**
 * Một người: họ tên và chức vụ.
 */
export interface Person2 {
  /**
   * Họ và tên.
   */
  name: string;
  /**
   * Chức vụ, ví dụ "Bí thư Tỉnh ủy, Trưởng đoàn ĐBQH tỉnh".
   */
  title?: string;
}
/**
 * Một nội dung giao việc trong thông báo kết luận: đơn vị chủ trì, phối hợp, việc phải làm, thời hạn; được theo dõi như nhiệm vụ của kế hoạch.
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "ConclusionTask".
 */
export interface ConclusionTask {
  id: Id3;
  lead: Id4;
  /**
   * Mã các đơn vị phối hợp.
   */
  coordinating?: Id1[];
  text: RichText6;
  deadline?: AssignmentDeadline;
  /**
   * Báo cáo kết quả cho ai, ví dụ "Thường trực Tỉnh ủy".
   */
  reportTo?: string;
  status?: TaskStatus;
  completedOn?: DateString10;
  /**
   * Văn bản báo cáo kết quả (số, ngày), ví dụ "Báo cáo số 131/BC-UBND ngày 21/6/2024".
   */
  evidence?: string;
  /**
   * Các ghi chú tiến độ, có ngày.
   */
  notes?: ProgressNote[];
}
/**
 * Thời hạn của một nội dung kết luận, chọn đúng một cách ghi: on (chậm nhất trong ngày), before (trước ngày), hoặc daysAfter (số ngày sau ngày ban hành thông báo kết luận).
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "AssignmentDeadline".
 */
export interface AssignmentDeadline {
  on?: DateString8;
  before?: DateString9;
  /**
   * Số ngày sau ngày ban hành thông báo kết luận (notice.date).
   */
  daysAfter?: number;
  /**
   * true: daysAfter đếm theo ngày làm việc.
   */
  workingDays?: boolean;
}
/**
 * Một ghi chú tiến độ có ngày.
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "ProgressNote".
 */
export interface ProgressNote {
  on: DateString11;
  /**
   * Nội dung ghi chú.
   */
  text: string;
}
/**
 * Thông tin của Thông báo kết luận (TB) sau buổi đối thoại.
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "Notice".
 */
export interface Notice {
  /**
   * Số thông báo (phần số trong "Số 215-TB/TU"). Bỏ trống khi còn là dự thảo.
   */
  number?: number;
  date?: DateString12;
  /**
   * Trích yếu của thông báo; bỏ trống thì dùng câu mặc định trong templates/wording.json.
   */
  summary?: string;
  closing?: RichText8;
  signature?: Signature;
  /**
   * Nơi nhận của thông báo, mỗi dòng một nơi, không ghi dấu câu cuối dòng.
   */
  recipients?: string[];
}
/**
 * Khối chữ ký (góc phải cuối văn bản).
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "Signature".
 */
export interface Signature {
  authority?: Authority;
  /**
   * Chức vụ người ký, viết hoa, không kèm tên cơ quan, ví dụ "BÍ THƯ".
   */
  position: string;
  /**
   * Họ và tên người ký, không kèm học hàm, học vị.
   */
  name: string;
}
/**
 * Dòng thẩm quyền ký, ví dụ "T/M BAN THƯỜNG VỤ".
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "Authority".
 */
export interface Authority {
  /**
   * T/M = thay mặt, T/L = thừa lệnh, K/T = ký thay.
   */
  mode: "T/M" | "T/L" | "K/T";
  /**
   * Tập thể hoặc người được thay mặt, viết hoa, ví dụ "BAN THƯỜNG VỤ".
   */
  body: string;
}
/**
 * Một cơ quan, đơn vị.
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "Unit".
 */
export interface Unit {
  id: Id5;
  /**
   * Tên đầy đủ của đơn vị, ví dụ "Ban Dân vận Tỉnh ủy".
   */
  name: string;
}
/**
 * Một mục đánh số trong phần Tổ chức thực hiện: đơn vị được giao và các nhiệm vụ.
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "Assignment".
 */
export interface Assignment {
  /**
   * Mã các đơn vị được giao (phải có trong units).
   *
   * @minItems 1
   */
  units: [Id1, ...Id1[]];
  heading?: RichText10;
  /**
   * Các nhiệm vụ của mục này, theo thứ tự trong văn bản.
   *
   * @minItems 1
   */
  tasks: [Task, ...Task[]];
}
/**
 * Một nhiệm vụ (một gạch đầu dòng "-"); items là các ý con (gạch "+").
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "Task".
 */
export interface Task {
  id?: Id6;
  text: RichText11;
  /**
   * true (mặc định): đoạn bắt đầu bằng "- " (ý con: "+ "); false: đoạn văn thường không gạch đầu dòng.
   */
  bullet?: boolean;
  /**
   * Vai trò của đơn vị trong nhiệm vụ: lead = chủ trì (mặc định), coordinate = phối hợp.
   */
  role?: "lead" | "coordinate";
  /**
   * Mã các đơn vị phối hợp (hoặc đơn vị chủ trì, khi role là coordinate).
   */
  coordinating?: Id1[];
  deadline?: Deadline;
  status?: TaskStatus;
  completedOn?: DateString15;
  /**
   * Văn bản chứng minh kết quả, ví dụ "Báo cáo số 12-BC/TĐ ngày 30/3/2021".
   */
  evidence?: string;
  /**
   * Các ghi chú tiến độ, có ngày.
   */
  notes?: ProgressNote[];
  /**
   * Tiến độ riêng cho từng buổi đối thoại, khi hạn ghi session: all. Khóa là mã buổi đối thoại.
   */
  bySession?: {
    [k: string]: Progress | undefined;
  };
  /**
   * Các ý con (gạch "+") của nhiệm vụ này.
   *
   * @minItems 1
   */
  items?: [Task, ...Task[]];
}
/**
 * Thời hạn, chọn đúng một cách ghi: on (chậm nhất trong ngày), before (trước ngày: hạn cuối là ngày hôm trước), daysBefore hoặc daysAfter (tính theo buổi đối thoại ghi ở session).
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "Deadline".
 */
export interface Deadline {
  on?: DateString13;
  before?: DateString14;
  /**
   * Số ngày trước ngày tổ chức buổi đối thoại ghi ở session ("chậm nhất 10 ngày trước ngày tổ chức đối thoại").
   */
  daysBefore?: number;
  /**
   * Số ngày sau ngày tổ chức buổi đối thoại ghi ở session.
   */
  daysAfter?: number;
  /**
   * Mã buổi đối thoại làm mốc cho daysBefore/daysAfter, hoặc "all" khi nhiệm vụ lặp lại cho từng buổi (mỗi buổi một hạn riêng).
   */
  session?: string;
  /**
   * true: đếm theo ngày làm việc (bỏ thứ Bảy, Chủ nhật, ngày lễ, Tết).
   */
  workingDays?: boolean;
}
/**
 * Tiến độ thực hiện của một nhiệm vụ (cho một buổi đối thoại, khi nhiệm vụ lặp lại theo từng buổi).
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "Progress".
 */
export interface Progress {
  status?: TaskStatus;
  completedOn?: DateString16;
  /**
   * Văn bản chứng minh kết quả, ví dụ "Báo cáo số 12-BC/TĐ ngày 30/3/2021".
   */
  evidence?: string;
  /**
   * Các ghi chú tiến độ, có ngày.
   */
  notes?: ProgressNote[];
}
/**
 * Điều chỉnh lịch làm việc trong năm theo thông báo của Chính phủ (dùng khi đếm ngày làm việc). Lịch nghỉ chính thức của các năm đã biết có sẵn trong dialogue (templates/holidays/<năm>.json, cùng dạng này); ở đây chỉ ghi thêm ngày nghỉ, ngày làm bù của địa phương hoặc của một năm dialogue chưa có.
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "CalendarAdjustments".
 */
export interface CalendarAdjustments {
  /**
   * Văn bản quy định các ngày này (số, ngày, cơ quan ban hành), ví dụ "Công văn số 2450/VPCP-KGVX ngày 12/4/2024".
   */
  source?: string;
  /**
   * Ngày nghỉ thêm (nghỉ bù, hoán đổi) ngoài các ngày lễ, Tết cố định.
   */
  daysOff?: DayNote[];
  /**
   * Ngày làm bù (thứ Bảy hoặc Chủ nhật phải đi làm).
   */
  workingDays?: DayNote[];
}
/**
 * Một ngày kèm lý do.
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "DayNote".
 */
export interface DayNote {
  date: DateString17;
  /**
   * Lý do, ví dụ "Nghỉ bù Quốc khánh".
   */
  reason?: string;
}
