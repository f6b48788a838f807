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
 * Mã ngắn của văn bản này (tùy chọn).
 */
export type Id = string;
/**
 * Ngày ban hành.
 */
export type DateString1 = string;
/**
 * Trích yếu, viết thường chữ đầu, ví dụ "về trách nhiệm của người đứng đầu cấp ủy trong việc tiếp dân …".
 */
export type RichText1 = string;
/**
 * Một đoạn chữ tiếng Việt, ghi đúng như văn bản gốc. *chữ nghiêng* đặt giữa hai dấu *, **chữ đậm** giữa hai cặp dấu **.
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "RichText".
 */
export type RichText2 = string;
/**
 * Mã ngắn của buổi đối thoại, ví dụ "khoi-nghiep"; dùng trong hạn tương đối và trên dòng lệnh.
 */
export type Id1 = string;
/**
 * Một đoạn chữ tiếng Việt, ghi đúng như văn bản gốc. *chữ nghiêng* đặt giữa hai dấu *, **chữ đậm** giữa hai cặp dấu **.
 */
export type RichText3 = string;
/**
 * Một đoạn chữ tiếng Việt, ghi đúng như văn bản gốc. *chữ nghiêng* đặt giữa hai dấu *, **chữ đậm** giữa hai cặp dấu **.
 */
export type RichText4 = string;
/**
 * Ngày cụ thể (YYYY-MM-DD).
 */
export type DateString2 = string;
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
export type DateString3 = string;
/**
 * Ngày theo dạng YYYY-MM-DD, ví dụ 2021-03-31.
 */
export type DateString4 = string;
/**
 * Giờ bắt đầu (HH:MM).
 */
export type TimeString1 = string;
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
 * Ngày theo dạng YYYY-MM-DD, ví dụ 2021-03-31.
 */
export type DateString8 = string;
/**
 * Giờ mới (khi chốt lịch hoặc dời ngày).
 */
export type TimeString2 = string;
/**
 * Một đoạn chữ tiếng Việt, ghi đúng như văn bản gốc. *chữ nghiêng* đặt giữa hai dấu *, **chữ đậm** giữa hai cặp dấu **.
 */
export type RichText5 = string;
/**
 * Ngày theo dạng YYYY-MM-DD, ví dụ 2021-03-31.
 */
export type DateString9 = string;
/**
 * Một đoạn chữ tiếng Việt, ghi đúng như văn bản gốc. *chữ nghiêng* đặt giữa hai dấu *, **chữ đậm** giữa hai cặp dấu **.
 */
export type RichText6 = string;
/**
 * Giờ bắt đầu (HH:MM).
 */
export type TimeString3 = string;
/**
 * Giờ kết thúc (HH:MM).
 */
export type TimeString4 = string;
/**
 * Mã ngắn do người dùng đặt: chữ thường không dấu, số và dấu gạch nối, ví dụ "ban-dan-van". Đã đặt thì không đổi.
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "Id".
 */
export type Id2 = string;
/**
 * Một đoạn chữ tiếng Việt, ghi đúng như văn bản gốc. *chữ nghiêng* đặt giữa hai dấu *, **chữ đậm** giữa hai cặp dấu **.
 */
export type RichText7 = string;
/**
 * Mã ngắn do người dùng đặt: chữ thường không dấu, số và dấu gạch nối, ví dụ "ban-dan-van". Đã đặt thì không đổi.
 */
export type Id3 = string;
/**
 * Một đoạn chữ tiếng Việt, ghi đúng như văn bản gốc. *chữ nghiêng* đặt giữa hai dấu *, **chữ đậm** giữa hai cặp dấu **.
 */
export type RichText8 = string;
/**
 * Mã ngắn do người dùng đặt: chữ thường không dấu, số và dấu gạch nối, ví dụ "ban-dan-van". Đã đặt thì không đổi.
 */
export type Id4 = string;
/**
 * Mã ngắn do người dùng đặt: chữ thường không dấu, số và dấu gạch nối, ví dụ "ban-dan-van". Đã đặt thì không đổi.
 */
export type Id5 = string;
/**
 * Một đoạn chữ tiếng Việt, ghi đúng như văn bản gốc. *chữ nghiêng* đặt giữa hai dấu *, **chữ đậm** giữa hai cặp dấu **.
 */
export type RichText9 = string;
/**
 * Ngày theo dạng YYYY-MM-DD, ví dụ 2021-03-31.
 */
export type DateString10 = string;
/**
 * Ngày theo dạng YYYY-MM-DD, ví dụ 2021-03-31.
 */
export type DateString11 = string;
/**
 * Trạng thái ghi nhận: open = chưa thực hiện (mặc định), in_progress = đang thực hiện, done = đã hoàn thành (ghi kèm completedOn), cancelled = đã hủy.
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "TaskStatus".
 */
export type TaskStatus = "open" | "in_progress" | "done" | "cancelled";
/**
 * Ngày theo dạng YYYY-MM-DD, ví dụ 2021-03-31.
 */
export type DateString12 = string;
/**
 * Ngày theo dạng YYYY-MM-DD, ví dụ 2021-03-31.
 */
export type DateString13 = string;
/**
 * Một đoạn chữ tiếng Việt, ghi đúng như văn bản gốc. *chữ nghiêng* đặt giữa hai dấu *, **chữ đậm** giữa hai cặp dấu **.
 */
export type RichText10 = string;
/**
 * Ngày theo dạng YYYY-MM-DD, ví dụ 2021-03-31.
 */
export type DateString14 = string;
/**
 * Một đoạn chữ tiếng Việt, ghi đúng như văn bản gốc. *chữ nghiêng* đặt giữa hai dấu *, **chữ đậm** giữa hai cặp dấu **.
 */
export type RichText11 = string;
/**
 * Một đoạn chữ tiếng Việt, ghi đúng như văn bản gốc. *chữ nghiêng* đặt giữa hai dấu *, **chữ đậm** giữa hai cặp dấu **.
 */
export type RichText12 = string;
/**
 * Một đoạn chữ tiếng Việt, ghi đúng như văn bản gốc. *chữ nghiêng* đặt giữa hai dấu *, **chữ đậm** giữa hai cặp dấu **.
 */
export type RichText13 = string;
/**
 * Mã ngắn do người dùng đặt: chữ thường không dấu, số và dấu gạch nối, ví dụ "ban-dan-van". Đã đặt thì không đổi.
 */
export type Id6 = string;
/**
 * Một đoạn chữ tiếng Việt, ghi đúng như văn bản gốc. *chữ nghiêng* đặt giữa hai dấu *, **chữ đậm** giữa hai cặp dấu **.
 */
export type RichText14 = string;
/**
 * Mã ngắn do người dùng đặt: chữ thường không dấu, số và dấu gạch nối, ví dụ "ban-dan-van". Đã đặt thì không đổi.
 */
export type Id7 = string;
/**
 * Một đoạn chữ tiếng Việt, ghi đúng như văn bản gốc. *chữ nghiêng* đặt giữa hai dấu *, **chữ đậm** giữa hai cặp dấu **.
 */
export type RichText15 = string;
/**
 * Ngày theo dạng YYYY-MM-DD, ví dụ 2021-03-31.
 */
export type DateString15 = string;
/**
 * Ngày theo dạng YYYY-MM-DD, ví dụ 2021-03-31.
 */
export type DateString16 = string;
/**
 * Ngày theo dạng YYYY-MM-DD, ví dụ 2021-03-31.
 */
export type DateString17 = string;
/**
 * Ngày theo dạng YYYY-MM-DD, ví dụ 2021-03-31.
 */
export type DateString18 = string;
/**
 * Một đoạn chữ tiếng Việt, ghi đúng như văn bản gốc. *chữ nghiêng* đặt giữa hai dấu *, **chữ đậm** giữa hai cặp dấu **.
 */
export type RichText16 = string;
/**
 * Mã ngắn do người dùng đặt: chữ thường không dấu, số và dấu gạch nối, ví dụ "ban-dan-van". Đã đặt thì không đổi.
 */
export type Id8 = string;
/**
 * Ngày theo dạng YYYY-MM-DD, ví dụ 2021-03-31.
 */
export type DateString19 = string;
/**
 * Một đoạn chữ tiếng Việt, ghi đúng như văn bản gốc. *chữ nghiêng* đặt giữa hai dấu *, **chữ đậm** giữa hai cặp dấu **.
 */
export type RichText17 = string;
/**
 * Mã ngắn do người dùng đặt: chữ thường không dấu, số và dấu gạch nối, ví dụ "ban-dan-van". Đã đặt thì không đổi.
 */
export type Id9 = string;
/**
 * Một đoạn chữ tiếng Việt, ghi đúng như văn bản gốc. *chữ nghiêng* đặt giữa hai dấu *, **chữ đậm** giữa hai cặp dấu **.
 */
export type RichText18 = string;
/**
 * Mã ngắn do người dùng đặt: chữ thường không dấu, số và dấu gạch nối, ví dụ "ban-dan-van". Đã đặt thì không đổi.
 */
export type Id10 = string;
/**
 * Một đoạn chữ tiếng Việt, ghi đúng như văn bản gốc. *chữ nghiêng* đặt giữa hai dấu *, **chữ đậm** giữa hai cặp dấu **.
 */
export type RichText19 = string;
/**
 * Một đoạn chữ tiếng Việt, ghi đúng như văn bản gốc. *chữ nghiêng* đặt giữa hai dấu *, **chữ đậm** giữa hai cặp dấu **.
 */
export type RichText20 = string;
/**
 * Ngày theo dạng YYYY-MM-DD, ví dụ 2021-03-31.
 */
export type DateString20 = string;
/**
 * Ngày theo dạng YYYY-MM-DD, ví dụ 2021-03-31.
 */
export type DateString21 = string;
/**
 * Giờ theo dạng HH:MM (24 giờ), ví dụ 08:00.
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "Time".
 */
export type TimeString5 = string;

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
   * Phần ký hiệu sau số, khi khác mặc định (loại văn bản và mã cơ quan: "KH/TU" trong "Số 45-KH/TU"; nhà nước "KH-UBND" trong "Số: 05/KH-UBND"). Ghi "" (rỗng) để chỉ ghi số: "Số 45".
   */
  symbol?: string;
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
   * Các văn bản được dẫn làm căn cứ, theo thứ tự. Khi không ghi basis, đoạn căn cứ được soạn từ danh sách này.
   */
  references?: Citation[];
  continues?: Citation1;
  /**
   * Mục I.1 — Mục đích: mỗi mục là một gạch đầu dòng.
   */
  purposes?: RichText2[];
  /**
   * Mục I.2 — Yêu cầu: mỗi mục là một gạch đầu dòng. Bỏ trống nếu kế hoạch không có phần Yêu cầu.
   */
  requirements?: RichText2[];
  /**
   * Mục II — các buổi (chủ đề) đối thoại trong năm, theo thứ tự trong kế hoạch.
   */
  sessions?: Session[];
  adHoc?: RichText13;
  /**
   * Danh sách cơ quan, đơn vị được nhắc đến trong kế hoạch, mỗi đơn vị có một mã ngắn (id) để dùng ở các chỗ khác và trên dòng lệnh.
   *
   * @minItems 1
   */
  units: [Unit, ...Unit[]];
  /**
   * Mục III — Tổ chức thực hiện: mỗi mục trong danh sách là một mục đánh số, giao nhiệm vụ cho một hoặc nhiều đơn vị.
   */
  implementation?: Assignment[];
  closing?: RichText16;
  /**
   * Nơi nhận, mỗi dòng một nơi, không ghi dấu câu cuối dòng (khi xuất văn bản sẽ tự thêm "," hoặc ";" và dấu "." ở dòng cuối). Dòng lưu trữ ghi "Lưu Văn phòng Tỉnh ủy".
   */
  recipients?: string[];
  signature: Signature;
  officeSignature?: Signature1;
  /**
   * Các kế hoạch điều chỉnh, bổ sung kế hoạch này.
   */
  amendments?: Amendment[];
  /**
   * Các báo cáo kết quả theo kỳ: phần do văn phòng viết (đánh giá, hạn chế, nhiệm vụ, kiến nghị) và số, ngày, người ký.
   */
  reports?: ReportEntry[];
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
  /**
   * Cấp của cơ quan ban hành; quyết định cách văn bản gọi cấp ủy, người đứng đầu và văn phòng (templates/wording.json, mục levels). province = tỉnh (mặc định), city = thành phố trực thuộc Trung ương, district = huyện, thị xã (trước 7/2025), commune = xã, ward = phường, special-zone = đặc khu.
   */
  level?: "province" | "city" | "district" | "commune" | "ward" | "special-zone";
  /**
   * Loại cơ quan ban hành: committee = cấp ủy (mặc định: Tỉnh ủy, Đảng ủy xã …), standing = Thường trực cấp ủy, board = ban của cấp ủy (Ban Dân vận, Ban Nội chính …), office = văn phòng cấp ủy, state = cơ quan nhà nước (UBND): văn bản theo thể thức Nghị định 30/2020/NĐ-CP.
   */
  kind?: "committee" | "standing" | "board" | "office" | "state";
  /**
   * Tên cấp ủy (hoặc UBND) trong câu, khi khác cách gọi mặc định theo cấp, ví dụ "Đảng ủy xã Tân Lợi" ("Ban Thường vụ Đảng ủy xã Tân Lợi").
   */
  committee?: string;
  /**
   * Chức danh người đứng đầu chủ trì đối thoại, ghi trong câu sau "đồng chí", khi khác mặc định, ví dụ "Bí thư Đảng ủy xã".
   */
  head?: string;
  /**
   * Tên văn phòng tham mưu văn bản, khi khác mặc định, ví dụ "Văn phòng Đảng ủy xã".
   */
  office?: string;
  /**
   * Tên cơ quan ban hành trong câu ("… của Ban Thường vụ Tỉnh ủy"), khi khác mặc định theo loại cơ quan, ví dụ "Ban Dân vận Tỉnh ủy".
   */
  body?: string;
}
/**
 * Một văn bản được dẫn làm căn cứ; văn bản xuất ra ghi "Quyết định số 1575-QĐ/TU ngày 10/6/2019 của Ban Thường vụ Tỉnh ủy ban hành …" (Đảng) hoặc "Quyết định số 05/QĐ-UBND ngày …" (nhà nước).
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "Citation".
 */
export interface Citation {
  id?: Id;
  /**
   * Loại văn bản: chữ viết tắt (QĐ, QĐi, KH, TB, KL, NQ, CT, HD, CV …) hoặc tên đầy đủ ("Quy chế"). Chữ viết tắt được ghi thành tên theo templates/wording.json (documentKinds).
   */
  kind: string;
  /**
   * Số của văn bản.
   */
  number?: number;
  /**
   * Ký hiệu sau số: "QĐ/TU" (Đảng: 1575-QĐ/TU), "QĐ-UBND" hoặc "2020/NĐ-CP" (nhà nước: 05/QĐ-UBND, 30/2020/NĐ-CP). Bỏ trống thì lấy loại văn bản và mã cơ quan của văn bản đang soạn.
   */
  symbol?: string;
  date?: DateString1;
  /**
   * Cơ quan ban hành, ghi như trong câu: "Bộ Chính trị", "Ban Thường vụ Tỉnh ủy".
   */
  issuer?: string;
  title?: RichText1;
}
/**
 * Một văn bản được dẫn làm căn cứ; văn bản xuất ra ghi "Quyết định số 1575-QĐ/TU ngày 10/6/2019 của Ban Thường vụ Tỉnh ủy ban hành …" (Đảng) hoặc "Quyết định số 05/QĐ-UBND ngày …" (nhà nước).
 */
export interface Citation1 {
  id?: Id;
  /**
   * Loại văn bản: chữ viết tắt (QĐ, QĐi, KH, TB, KL, NQ, CT, HD, CV …) hoặc tên đầy đủ ("Quy chế"). Chữ viết tắt được ghi thành tên theo templates/wording.json (documentKinds).
   */
  kind: string;
  /**
   * Số của văn bản.
   */
  number?: number;
  /**
   * Ký hiệu sau số: "QĐ/TU" (Đảng: 1575-QĐ/TU), "QĐ-UBND" hoặc "2020/NĐ-CP" (nhà nước: 05/QĐ-UBND, 30/2020/NĐ-CP). Bỏ trống thì lấy loại văn bản và mã cơ quan của văn bản đang soạn.
   */
  symbol?: string;
  date?: DateString1;
  /**
   * Cơ quan ban hành, ghi như trong câu: "Bộ Chính trị", "Ban Thường vụ Tỉnh ủy".
   */
  issuer?: string;
  title?: RichText1;
}
/**
 * Một buổi (chủ đề) đối thoại.
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "Session".
 */
export interface Session {
  id: Id1;
  theme: RichText3;
  audience?: RichText4;
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
   * Trạng thái: planned = dự kiến, chưa chốt lịch (mặc định); scheduled = đã chốt lịch (ghi kèm scheduled); held = đã tổ chức (ghi kèm heldOn); postponed = hoãn (ghi kèm postponedTo và reason); cancelled = hủy (ghi kèm reason).
   */
  status?: "planned" | "scheduled" | "held" | "postponed" | "cancelled";
  scheduled?: Schedule;
  heldOn?: DateString5;
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
  announcement?: SessionNotice;
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
  date?: DateString2;
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
  alternatives?: [DateString3, DateString3, ...DateString3[]];
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
  date: DateString4;
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
  date?: DateString2;
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
  alternatives?: [DateString3, DateString3, ...DateString3[]];
}
/**
 * Một lần thay đổi lịch của buổi đối thoại (để lưu vết).
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "SessionEvent".
 */
export interface SessionEvent {
  on: DateString6;
  /**
   * Loại thay đổi: scheduled = đã chốt lịch, moved = dời ngày, postponed = hoãn, cancelled = hủy, held = đã tổ chức.
   */
  change: "scheduled" | "moved" | "postponed" | "cancelled" | "held";
  from?: DateString7;
  to?: DateString8;
  /**
   * Lý do thay đổi.
   */
  reason?: string;
  time?: TimeString2;
  /**
   * Địa điểm mới (khi chốt lịch hoặc dời ngày), nếu có.
   */
  venue?: string;
  registered?: RichText5;
  notice?: Notice;
}
/**
 * Thông báo thay đổi thời gian, tạm hoãn hoặc hủy buổi đối thoại: số, ngày, người ký, nơi nhận. Xuất bằng: dialogue render <tệp> --only change-notice --session <mã>.
 */
export interface Notice {
  /**
   * Số thông báo (phần số trong "Số 215-TB/TU"). Bỏ trống khi còn là dự thảo.
   */
  number?: number;
  date?: DateString9;
  /**
   * Trích yếu của thông báo; bỏ trống thì dùng câu mặc định trong templates/wording.json.
   */
  summary?: string;
  closing?: RichText6;
  signature?: Signature;
  /**
   * Nơi nhận của thông báo, mỗi dòng một nơi, không ghi dấu câu cuối dòng.
   */
  recipients?: string[];
  /**
   * Phần ký hiệu sau số, khi khác mặc định (loại văn bản và mã cơ quan: "KH/TU" trong "Số 45-KH/TU"; nhà nước "KH-UBND" trong "Số: 05/KH-UBND"). Ghi "" (rỗng) để chỉ ghi số: "Số 45".
   */
  symbol?: string;
  issuer?: Issuer1;
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
   * T/M = thay mặt, T/L = thừa lệnh, K/T = ký thay (văn bản nhà nước viết TM., TL., KT.; ghi cách nào cũng được, văn bản viết theo thể thức của nó).
   */
  mode: "T/M" | "T/L" | "K/T" | "TM." | "TL." | "KT.";
  /**
   * Tập thể hoặc người được thay mặt, viết hoa, ví dụ "BAN THƯỜNG VỤ".
   */
  body: string;
}
/**
 * Cơ quan ban hành (góc trái phần đầu văn bản).
 */
export interface Issuer1 {
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
  /**
   * Cấp của cơ quan ban hành; quyết định cách văn bản gọi cấp ủy, người đứng đầu và văn phòng (templates/wording.json, mục levels). province = tỉnh (mặc định), city = thành phố trực thuộc Trung ương, district = huyện, thị xã (trước 7/2025), commune = xã, ward = phường, special-zone = đặc khu.
   */
  level?: "province" | "city" | "district" | "commune" | "ward" | "special-zone";
  /**
   * Loại cơ quan ban hành: committee = cấp ủy (mặc định: Tỉnh ủy, Đảng ủy xã …), standing = Thường trực cấp ủy, board = ban của cấp ủy (Ban Dân vận, Ban Nội chính …), office = văn phòng cấp ủy, state = cơ quan nhà nước (UBND): văn bản theo thể thức Nghị định 30/2020/NĐ-CP.
   */
  kind?: "committee" | "standing" | "board" | "office" | "state";
  /**
   * Tên cấp ủy (hoặc UBND) trong câu, khi khác cách gọi mặc định theo cấp, ví dụ "Đảng ủy xã Tân Lợi" ("Ban Thường vụ Đảng ủy xã Tân Lợi").
   */
  committee?: string;
  /**
   * Chức danh người đứng đầu chủ trì đối thoại, ghi trong câu sau "đồng chí", khi khác mặc định, ví dụ "Bí thư Đảng ủy xã".
   */
  head?: string;
  /**
   * Tên văn phòng tham mưu văn bản, khi khác mặc định, ví dụ "Văn phòng Đảng ủy xã".
   */
  office?: string;
  /**
   * Tên cơ quan ban hành trong câu ("… của Ban Thường vụ Tỉnh ủy"), khi khác mặc định theo loại cơ quan, ví dụ "Ban Dân vận Tỉnh ủy".
   */
  body?: string;
}
/**
 * Hồ sơ buổi đối thoại đã tổ chức: thành phần, ý kiến, trả lời, kết luận và thông báo kết luận. Tạo khung bằng lệnh dialogue record.
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "Record".
 */
export interface Record {
  start?: TimeString3;
  end?: TimeString4;
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
  agencies?: Id2[];
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
  assessment?: RichText2[];
  /**
   * Các nội dung giao việc trong kết luận, theo thứ tự.
   */
  assignments?: ConclusionTask[];
  followUp?: RichText10;
  notice?: Notice1;
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
  content: RichText7;
  /**
   * Các ý kiến trả lời tại buổi đối thoại (của đơn vị hoặc của người trả lời). Không có thì thông báo không ghi là đã trả lời.
   */
  answers?: Answer[];
}
/**
 * Người phát biểu. Họ tên và địa chỉ là dữ liệu cá nhân (Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15, hiệu lực từ 1/1/2026): chỉ ghi trong Biên bản, không đưa vào Thông báo kết luận, báo cáo hay lịch.
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
  by?: Id3;
  person?: Person2;
  summary: RichText8;
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
 * Một nhiệm vụ theo kết luận (một nội dung giao việc trong Thông báo kết luận): đơn vị chủ trì, phối hợp, nội dung, thời hạn; được theo dõi như nhiệm vụ của kế hoạch.
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "ConclusionTask".
 */
export interface ConclusionTask {
  id: Id4;
  lead: Id5;
  /**
   * Mã các đơn vị phối hợp.
   */
  coordinating?: Id2[];
  text: RichText9;
  deadline?: AssignmentDeadline;
  /**
   * Báo cáo kết quả cho ai, ví dụ "Thường trực Tỉnh ủy".
   */
  reportTo?: string;
  status?: TaskStatus;
  completedOn?: DateString12;
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
  on?: DateString10;
  before?: DateString11;
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
  on: DateString13;
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
export interface Notice1 {
  /**
   * Số thông báo (phần số trong "Số 215-TB/TU"). Bỏ trống khi còn là dự thảo.
   */
  number?: number;
  date?: DateString9;
  /**
   * Trích yếu của thông báo; bỏ trống thì dùng câu mặc định trong templates/wording.json.
   */
  summary?: string;
  closing?: RichText6;
  signature?: Signature;
  /**
   * Nơi nhận của thông báo, mỗi dòng một nơi, không ghi dấu câu cuối dòng.
   */
  recipients?: string[];
  /**
   * Phần ký hiệu sau số, khi khác mặc định (loại văn bản và mã cơ quan: "KH/TU" trong "Số 45-KH/TU"; nhà nước "KH-UBND" trong "Số: 05/KH-UBND"). Ghi "" (rỗng) để chỉ ghi số: "Số 45".
   */
  symbol?: string;
  issuer?: Issuer1;
}
/**
 * Thông báo tổ chức (hoặc giấy mời) một buổi đối thoại đã chốt lịch: căn cứ, thời gian, địa điểm, người chủ trì, nội dung, cơ quan được mời và nhiệm vụ chuẩn bị của mỗi cơ quan, báo chí. Xuất bằng: dialogue render <tệp> --only session-notice --session <mã>.
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "SessionNotice".
 */
export interface SessionNotice {
  /**
   * notice = Thông báo (mặc định, ký hiệu TB); invitation = Giấy mời (ký hiệu GM).
   */
  form?: "notice" | "invitation";
  /**
   * Số của thông báo. Bỏ trống khi còn là dự thảo chưa cấp số (văn bản để trống chỗ ghi số).
   */
  number?: number;
  /**
   * Phần ký hiệu sau số, khi khác mặc định (loại văn bản và mã cơ quan: "KH/TU" trong "Số 45-KH/TU"; nhà nước "KH-UBND" trong "Số: 05/KH-UBND"). Ghi "" (rỗng) để chỉ ghi số: "Số 45".
   */
  symbol?: string;
  date?: DateString14;
  issuer?: Issuer2;
  /**
   * Trích yếu, khi khác câu mặc định.
   */
  summary?: string;
  /**
   * Mã các cơ quan, đơn vị được mời (phải có trong units); bỏ trống thì mời các đơn vị có nhiệm vụ chuẩn bị cho buổi đối thoại này.
   */
  invited?: Id2[];
  /**
   * Nội dung buổi đối thoại, mỗi dòng một ý; bỏ trống thì ghi theo chủ đề.
   */
  content?: RichText2[];
  registration?: RichText11;
  /**
   * Cơ quan báo chí được đề nghị đưa tin, ví dụ "Báo Sơn Nguyên".
   */
  press?: string[];
  closing?: RichText12;
  signature?: Signature;
  /**
   * Nơi nhận, mỗi dòng một nơi, không ghi dấu câu cuối dòng.
   */
  recipients?: string[];
}
/**
 * Cơ quan ban hành (góc trái phần đầu văn bản).
 */
export interface Issuer2 {
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
  /**
   * Cấp của cơ quan ban hành; quyết định cách văn bản gọi cấp ủy, người đứng đầu và văn phòng (templates/wording.json, mục levels). province = tỉnh (mặc định), city = thành phố trực thuộc Trung ương, district = huyện, thị xã (trước 7/2025), commune = xã, ward = phường, special-zone = đặc khu.
   */
  level?: "province" | "city" | "district" | "commune" | "ward" | "special-zone";
  /**
   * Loại cơ quan ban hành: committee = cấp ủy (mặc định: Tỉnh ủy, Đảng ủy xã …), standing = Thường trực cấp ủy, board = ban của cấp ủy (Ban Dân vận, Ban Nội chính …), office = văn phòng cấp ủy, state = cơ quan nhà nước (UBND): văn bản theo thể thức Nghị định 30/2020/NĐ-CP.
   */
  kind?: "committee" | "standing" | "board" | "office" | "state";
  /**
   * Tên cấp ủy (hoặc UBND) trong câu, khi khác cách gọi mặc định theo cấp, ví dụ "Đảng ủy xã Tân Lợi" ("Ban Thường vụ Đảng ủy xã Tân Lợi").
   */
  committee?: string;
  /**
   * Chức danh người đứng đầu chủ trì đối thoại, ghi trong câu sau "đồng chí", khi khác mặc định, ví dụ "Bí thư Đảng ủy xã".
   */
  head?: string;
  /**
   * Tên văn phòng tham mưu văn bản, khi khác mặc định, ví dụ "Văn phòng Đảng ủy xã".
   */
  office?: string;
  /**
   * Tên cơ quan ban hành trong câu ("… của Ban Thường vụ Tỉnh ủy"), khi khác mặc định theo loại cơ quan, ví dụ "Ban Dân vận Tỉnh ủy".
   */
  body?: string;
}
/**
 * Một cơ quan, đơn vị.
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "Unit".
 */
export interface Unit {
  id: Id6;
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
  units: [Id2, ...Id2[]];
  heading?: RichText14;
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
  id?: Id7;
  text: RichText15;
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
  coordinating?: Id2[];
  deadline?: Deadline;
  status?: TaskStatus;
  completedOn?: DateString17;
  /**
   * Văn bản báo cáo kết quả (số, ngày), ví dụ "Báo cáo số 12-BC/TĐ ngày 30/3/2021".
   */
  evidence?: string;
  /**
   * Các ghi chú tiến độ, có ngày.
   */
  notes?: ProgressNote[];
  /**
   * Tiến độ riêng cho từng buổi đối thoại, khi thời hạn ghi session: all. Mỗi trường mang tên là mã một buổi đối thoại.
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
  on?: DateString15;
  before?: DateString16;
  /**
   * Số ngày trước ngày tổ chức buổi đối thoại ghi ở session ("chậm nhất 10 ngày trước ngày tổ chức đối thoại").
   */
  daysBefore?: number;
  /**
   * Số ngày sau ngày tổ chức buổi đối thoại ghi ở session.
   */
  daysAfter?: number;
  /**
   * Mã buổi đối thoại làm mốc cho daysBefore/daysAfter, hoặc "all" khi nhiệm vụ lặp lại cho từng buổi (mỗi buổi một thời hạn riêng).
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
  completedOn?: DateString18;
  /**
   * Văn bản báo cáo kết quả (số, ngày), ví dụ "Báo cáo số 12-BC/TĐ ngày 30/3/2021".
   */
  evidence?: string;
  /**
   * Các ghi chú tiến độ, có ngày.
   */
  notes?: ProgressNote[];
}
/**
 * Khối chữ ký (góc phải cuối văn bản).
 */
export interface Signature1 {
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
 * Một kế hoạch điều chỉnh, bổ sung kế hoạch này: số, ngày, lý do và những gì thay đổi. Xuất bằng: dialogue render <tệp> --only amendment.
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "Amendment".
 */
export interface Amendment {
  id: Id8;
  /**
   * Số của kế hoạch điều chỉnh. Bỏ trống khi còn là dự thảo chưa cấp số (văn bản để trống chỗ ghi số).
   */
  number?: number;
  /**
   * Phần ký hiệu sau số, khi khác mặc định (loại văn bản và mã cơ quan: "KH/TU" trong "Số 45-KH/TU"; nhà nước "KH-UBND" trong "Số: 05/KH-UBND"). Ghi "" (rỗng) để chỉ ghi số: "Số 45".
   */
  symbol?: string;
  date?: DateString19;
  issuer?: Issuer3;
  /**
   * Trích yếu, khi khác câu mặc định ("điều chỉnh, bổ sung Kế hoạch số … ").
   */
  summary?: string;
  reason?: RichText17;
  /**
   * Các buổi đối thoại được điều chỉnh, bổ sung hoặc không tổ chức.
   */
  sessions?: AmendedSession[];
  /**
   * Các nhiệm vụ được điều chỉnh, bổ sung hoặc không thực hiện.
   */
  tasks?: AmendedTask[];
  closing?: RichText20;
  signature?: Signature;
  /**
   * Nơi nhận, mỗi dòng một nơi, không ghi dấu câu cuối dòng.
   */
  recipients?: string[];
}
/**
 * Cơ quan ban hành (góc trái phần đầu văn bản).
 */
export interface Issuer3 {
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
  /**
   * Cấp của cơ quan ban hành; quyết định cách văn bản gọi cấp ủy, người đứng đầu và văn phòng (templates/wording.json, mục levels). province = tỉnh (mặc định), city = thành phố trực thuộc Trung ương, district = huyện, thị xã (trước 7/2025), commune = xã, ward = phường, special-zone = đặc khu.
   */
  level?: "province" | "city" | "district" | "commune" | "ward" | "special-zone";
  /**
   * Loại cơ quan ban hành: committee = cấp ủy (mặc định: Tỉnh ủy, Đảng ủy xã …), standing = Thường trực cấp ủy, board = ban của cấp ủy (Ban Dân vận, Ban Nội chính …), office = văn phòng cấp ủy, state = cơ quan nhà nước (UBND): văn bản theo thể thức Nghị định 30/2020/NĐ-CP.
   */
  kind?: "committee" | "standing" | "board" | "office" | "state";
  /**
   * Tên cấp ủy (hoặc UBND) trong câu, khi khác cách gọi mặc định theo cấp, ví dụ "Đảng ủy xã Tân Lợi" ("Ban Thường vụ Đảng ủy xã Tân Lợi").
   */
  committee?: string;
  /**
   * Chức danh người đứng đầu chủ trì đối thoại, ghi trong câu sau "đồng chí", khi khác mặc định, ví dụ "Bí thư Đảng ủy xã".
   */
  head?: string;
  /**
   * Tên văn phòng tham mưu văn bản, khi khác mặc định, ví dụ "Văn phòng Đảng ủy xã".
   */
  office?: string;
  /**
   * Tên cơ quan ban hành trong câu ("… của Ban Thường vụ Tỉnh ủy"), khi khác mặc định theo loại cơ quan, ví dụ "Ban Dân vận Tỉnh ủy".
   */
  body?: string;
}
/**
 * Một thay đổi về buổi đối thoại trong kế hoạch điều chỉnh: dời thời gian, bổ sung hoặc không tổ chức.
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "AmendedSession".
 */
export interface AmendedSession {
  session: Id9;
  /**
   * moved = điều chỉnh thời gian, địa điểm; added = bổ sung buổi đối thoại; dropped = không tổ chức.
   */
  change: "moved" | "added" | "dropped";
  to?: PlannedTime2;
  /**
   * Địa điểm mới, nếu có.
   */
  venue?: string;
  text?: RichText18;
}
/**
 * Thời gian dự kiến, chọn đúng một cách ghi: date (ngày cụ thể), month (tháng, có thể kèm part), quarter (quý) hoặc alternatives (các ngày để chọn). Không ghi thì là chưa xác định.
 */
export interface PlannedTime2 {
  date?: DateString2;
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
  alternatives?: [DateString3, DateString3, ...DateString3[]];
}
/**
 * Một thay đổi về nhiệm vụ trong kế hoạch điều chỉnh.
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "AmendedTask".
 */
export interface AmendedTask {
  task: Id10;
  /**
   * changed = điều chỉnh nội dung hoặc thời hạn; added = bổ sung nhiệm vụ; dropped = không thực hiện.
   */
  change: "changed" | "added" | "dropped";
  text?: RichText19;
}
/**
 * Báo cáo kết quả đối thoại và theo dõi thực hiện kết luận của một kỳ (Kết luận 215-KL/TW): số liệu lấy từ kế hoạch; các phần do văn phòng viết ghi ở đây. Xuất bằng: dialogue render <tệp> --only report --period 2024-6m.
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "ReportEntry".
 */
export interface ReportEntry {
  /**
   * Kỳ báo cáo, có năm: tháng "2024-04", quý "2024-q1"…"2024-q4", 6 tháng "2024-6m", 9 tháng "2024-9m", cả năm "2024-year".
   */
  period: string;
  /**
   * Ngày chốt số liệu trong tháng, ví dụ 15: kỳ tính từ sau ngày 15 của tháng trước kỳ đến hết ngày 15 của tháng cuối kỳ. Bỏ trống thì tính theo tháng dương lịch.
   */
  cutOffDay?: number;
  /**
   * Số của báo cáo. Bỏ trống khi còn là dự thảo chưa cấp số (văn bản để trống chỗ ghi số).
   */
  number?: number;
  /**
   * Phần ký hiệu sau số, khi khác mặc định (loại văn bản và mã cơ quan: "KH/TU" trong "Số 45-KH/TU"; nhà nước "KH-UBND" trong "Số: 05/KH-UBND"). Ghi "" (rỗng) để chỉ ghi số: "Số 45".
   */
  symbol?: string;
  date?: DateString20;
  issuer?: Issuer4;
  /**
   * Trích yếu, khi khác câu mặc định.
   */
  summary?: string;
  /**
   * Đánh giá chung (mỗi đoạn một mục).
   */
  assessment?: RichText2[];
  /**
   * Hạn chế, khuyết điểm và nguyên nhân.
   */
  shortcomings?: RichText2[];
  /**
   * Nhiệm vụ trọng tâm thời gian tới.
   */
  tasksAhead?: RichText2[];
  /**
   * Đề xuất, kiến nghị.
   */
  proposals?: RichText2[];
  signature?: Signature;
  /**
   * Nơi nhận, mỗi dòng một nơi, không ghi dấu câu cuối dòng.
   */
  recipients?: string[];
}
/**
 * Cơ quan ban hành (góc trái phần đầu văn bản).
 */
export interface Issuer4 {
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
  /**
   * Cấp của cơ quan ban hành; quyết định cách văn bản gọi cấp ủy, người đứng đầu và văn phòng (templates/wording.json, mục levels). province = tỉnh (mặc định), city = thành phố trực thuộc Trung ương, district = huyện, thị xã (trước 7/2025), commune = xã, ward = phường, special-zone = đặc khu.
   */
  level?: "province" | "city" | "district" | "commune" | "ward" | "special-zone";
  /**
   * Loại cơ quan ban hành: committee = cấp ủy (mặc định: Tỉnh ủy, Đảng ủy xã …), standing = Thường trực cấp ủy, board = ban của cấp ủy (Ban Dân vận, Ban Nội chính …), office = văn phòng cấp ủy, state = cơ quan nhà nước (UBND): văn bản theo thể thức Nghị định 30/2020/NĐ-CP.
   */
  kind?: "committee" | "standing" | "board" | "office" | "state";
  /**
   * Tên cấp ủy (hoặc UBND) trong câu, khi khác cách gọi mặc định theo cấp, ví dụ "Đảng ủy xã Tân Lợi" ("Ban Thường vụ Đảng ủy xã Tân Lợi").
   */
  committee?: string;
  /**
   * Chức danh người đứng đầu chủ trì đối thoại, ghi trong câu sau "đồng chí", khi khác mặc định, ví dụ "Bí thư Đảng ủy xã".
   */
  head?: string;
  /**
   * Tên văn phòng tham mưu văn bản, khi khác mặc định, ví dụ "Văn phòng Đảng ủy xã".
   */
  office?: string;
  /**
   * Tên cơ quan ban hành trong câu ("… của Ban Thường vụ Tỉnh ủy"), khi khác mặc định theo loại cơ quan, ví dụ "Ban Dân vận Tỉnh ủy".
   */
  body?: string;
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
  date: DateString21;
  /**
   * Lý do, ví dụ "Nghỉ bù Quốc khánh".
   */
  reason?: string;
}
