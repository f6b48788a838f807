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
 * Giá trị chưa biết: ghi đúng chữ unknown (ví dụ name: unknown, count: unknown, venue: unknown). Văn bản ghi "(chưa xác định)" ở chỗ đó và dialogue validate nhắc bằng một cảnh báo; không bịa ra giá trị.
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "Unknown".
 */
export type Unknown = "unknown";
/**
 * Ngày theo dạng YYYY-MM-DD, ví dụ 2021-03-31.
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "Date".
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
 * Ngày theo dạng YYYY-MM-DD, ví dụ 2021-03-31.
 */
export type DateString2 = string;
/**
 * Giờ bắt đầu (HH:MM), chỉ dùng cùng date.
 */
export type TimeString = string;
/**
 * Buổi trong ngày: morning = sáng, afternoon = chiều, evening = tối.
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "DayPart".
 */
export type DayPart = "morning" | "afternoon" | "evening";
/**
 * Ngày theo dạng YYYY-MM-DD, ví dụ 2021-03-31.
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
 * Kết quả theo dõi: answered = đã trả lời tại buổi đối thoại, assigned = đã giao cơ quan giải quyết, forwarded = đã chuyển cấp trên, written = đã trả lời bằng văn bản, resolved = đã giải quyết xong, roadmap = giải quyết theo lộ trình. "Đã trả lời" không phải "đã giải quyết": status đếm riêng.
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "Outcome".
 */
export type Outcome = "answered" | "assigned" | "forwarded" | "written" | "resolved" | "roadmap";
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
 * Ngày theo dạng YYYY-MM-DD, ví dụ 2021-03-31.
 */
export type DateString12 = string;
/**
 * Mã ngắn do người dùng đặt: chữ thường không dấu, số và dấu gạch nối, ví dụ "ban-dan-van". Đã đặt thì không đổi.
 */
export type Id6 = string;
/**
 * Ngày theo dạng YYYY-MM-DD, ví dụ 2021-03-31.
 */
export type DateString13 = string;
/**
 * Ngày theo dạng YYYY-MM-DD, ví dụ 2021-03-31.
 */
export type DateString14 = string;
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
 * Một đoạn chữ tiếng Việt, ghi đúng như văn bản gốc. *chữ nghiêng* đặt giữa hai dấu *, **chữ đậm** giữa hai cặp dấu **.
 */
export type RichText10 = string;
/**
 * Ngày theo dạng YYYY-MM-DD, ví dụ 2021-03-31.
 */
export type DateString18 = string;
/**
 * Một đoạn chữ tiếng Việt, ghi đúng như văn bản gốc. *chữ nghiêng* đặt giữa hai dấu *, **chữ đậm** giữa hai cặp dấu **.
 */
export type RichText11 = string;
/**
 * Mã ngắn do người dùng đặt: chữ thường không dấu, số và dấu gạch nối, ví dụ "ban-dan-van". Đã đặt thì không đổi.
 */
export type Id7 = string;
/**
 * Ngày theo dạng YYYY-MM-DD, ví dụ 2021-03-31.
 */
export type DateString19 = string;
/**
 * Một đoạn chữ tiếng Việt, ghi đúng như văn bản gốc. *chữ nghiêng* đặt giữa hai dấu *, **chữ đậm** giữa hai cặp dấu **.
 */
export type RichText12 = string;
/**
 * Một đoạn chữ tiếng Việt, ghi đúng như văn bản gốc. *chữ nghiêng* đặt giữa hai dấu *, **chữ đậm** giữa hai cặp dấu **.
 */
export type RichText13 = string;
/**
 * Giờ bắt đầu (HH:MM).
 */
export type TimeString5 = string;
/**
 * Một đoạn chữ tiếng Việt, ghi đúng như văn bản gốc. *chữ nghiêng* đặt giữa hai dấu *, **chữ đậm** giữa hai cặp dấu **.
 */
export type RichText14 = string;
/**
 * Mã ngắn do người dùng đặt: chữ thường không dấu, số và dấu gạch nối, ví dụ "ban-dan-van". Đã đặt thì không đổi.
 */
export type Id8 = string;
/**
 * Một đoạn chữ tiếng Việt, ghi đúng như văn bản gốc. *chữ nghiêng* đặt giữa hai dấu *, **chữ đậm** giữa hai cặp dấu **.
 */
export type RichText15 = string;
/**
 * Mã ngắn do người dùng đặt: chữ thường không dấu, số và dấu gạch nối, ví dụ "ban-dan-van". Đã đặt thì không đổi.
 */
export type Id9 = string;
/**
 * Một đoạn chữ tiếng Việt, ghi đúng như văn bản gốc. *chữ nghiêng* đặt giữa hai dấu *, **chữ đậm** giữa hai cặp dấu **.
 */
export type RichText16 = string;
/**
 * Ngày theo dạng YYYY-MM-DD, ví dụ 2021-03-31.
 */
export type DateString20 = string;
/**
 * Ngày theo dạng YYYY-MM-DD, ví dụ 2021-03-31.
 */
export type DateString21 = string;
/**
 * Ngày theo dạng YYYY-MM-DD, ví dụ 2021-03-31.
 */
export type DateString22 = string;
/**
 * Ngày theo dạng YYYY-MM-DD, ví dụ 2021-03-31.
 */
export type DateString23 = string;
/**
 * Ngày theo dạng YYYY-MM-DD, ví dụ 2021-03-31.
 */
export type DateString24 = string;
/**
 * Một đoạn chữ tiếng Việt, ghi đúng như văn bản gốc. *chữ nghiêng* đặt giữa hai dấu *, **chữ đậm** giữa hai cặp dấu **.
 */
export type RichText17 = string;
/**
 * Mã ngắn do người dùng đặt: chữ thường không dấu, số và dấu gạch nối, ví dụ "ban-dan-van". Đã đặt thì không đổi.
 */
export type Id10 = string;
/**
 * Ngày theo dạng YYYY-MM-DD, ví dụ 2021-03-31.
 */
export type DateString25 = string;
/**
 * Một đoạn chữ tiếng Việt, ghi đúng như văn bản gốc. *chữ nghiêng* đặt giữa hai dấu *, **chữ đậm** giữa hai cặp dấu **.
 */
export type RichText18 = string;
/**
 * Mã ngắn do người dùng đặt: chữ thường không dấu, số và dấu gạch nối, ví dụ "ban-dan-van". Đã đặt thì không đổi.
 */
export type Id11 = string;
/**
 * Một đoạn chữ tiếng Việt, ghi đúng như văn bản gốc. *chữ nghiêng* đặt giữa hai dấu *, **chữ đậm** giữa hai cặp dấu **.
 */
export type RichText19 = string;
/**
 * Mã ngắn do người dùng đặt: chữ thường không dấu, số và dấu gạch nối, ví dụ "ban-dan-van". Đã đặt thì không đổi.
 */
export type Id12 = string;
/**
 * Một đoạn chữ tiếng Việt, ghi đúng như văn bản gốc. *chữ nghiêng* đặt giữa hai dấu *, **chữ đậm** giữa hai cặp dấu **.
 */
export type RichText20 = string;
/**
 * Một đoạn chữ tiếng Việt, ghi đúng như văn bản gốc. *chữ nghiêng* đặt giữa hai dấu *, **chữ đậm** giữa hai cặp dấu **.
 */
export type RichText21 = string;
/**
 * Ngày theo dạng YYYY-MM-DD, ví dụ 2021-03-31.
 */
export type DateString26 = string;
/**
 * Ngày theo dạng YYYY-MM-DD, ví dụ 2021-03-31.
 */
export type DateString27 = string;
/**
 * Mã ngắn do người dùng đặt: chữ thường không dấu, số và dấu gạch nối, ví dụ "ban-dan-van". Đã đặt thì không đổi.
 */
export type Id13 = string;
/**
 * Mã ngắn do người dùng đặt: chữ thường không dấu, số và dấu gạch nối, ví dụ "ban-dan-van". Đã đặt thì không đổi.
 */
export type Id14 = string;
/**
 * Một đoạn chữ tiếng Việt, ghi đúng như văn bản gốc. *chữ nghiêng* đặt giữa hai dấu *, **chữ đậm** giữa hai cặp dấu **.
 */
export type RichText22 = string;
/**
 * Ngày theo dạng YYYY-MM-DD, ví dụ 2021-03-31.
 */
export type DateString28 = string;
/**
 * Ngày theo dạng YYYY-MM-DD, ví dụ 2021-03-31.
 */
export type DateString29 = string;
/**
 * Ngày theo dạng YYYY-MM-DD, ví dụ 2021-03-31.
 */
export type DateString30 = string;
/**
 * Giờ theo dạng HH:MM (24 giờ), ví dụ 08:00.
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "Time".
 */
export type TimeString6 = string;

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
  adHoc?: RichText14;
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
  closing?: RichText17;
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
  /**
   * Các nội dung kết luận năm trước chưa hoàn thành, tiếp tục theo dõi (mỗi nội dung ghi nguồn: kế hoạch, buổi đối thoại, thông báo); status theo dõi như nội dung giao việc.
   */
  carriedOver?: CarriedAssignment[];
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
   * Số của văn bản; unknown khi chưa biết số (văn bản ghi "số (chưa xác định)", dialogue validate nhắc bằng một cảnh báo).
   */
  number?: number | Unknown;
  /**
   * Ký hiệu sau số: "QĐ/TU" (Đảng: 1575-QĐ/TU), "QĐ-UBND" hoặc "2020/NĐ-CP" (nhà nước: 05/QĐ-UBND, 30/2020/NĐ-CP). Bỏ trống thì lấy loại văn bản và mã cơ quan của văn bản đang soạn.
   */
  symbol?: string;
  /**
   * Ngày ban hành; unknown khi chưa biết ngày (văn bản ghi "ngày (chưa xác định)", dialogue validate nhắc bằng một cảnh báo).
   */
  date?: DateString1 | Unknown;
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
   * Số của văn bản; unknown khi chưa biết số (văn bản ghi "số (chưa xác định)", dialogue validate nhắc bằng một cảnh báo).
   */
  number?: number | Unknown;
  /**
   * Ký hiệu sau số: "QĐ/TU" (Đảng: 1575-QĐ/TU), "QĐ-UBND" hoặc "2020/NĐ-CP" (nhà nước: 05/QĐ-UBND, 30/2020/NĐ-CP). Bỏ trống thì lấy loại văn bản và mã cơ quan của văn bản đang soạn.
   */
  symbol?: string;
  /**
   * Ngày ban hành; unknown khi chưa biết ngày (văn bản ghi "ngày (chưa xác định)", dialogue validate nhắc bằng một cảnh báo).
   */
  date?: DateString1 | Unknown;
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
   * Địa điểm theo kế hoạch. Bỏ trống thì văn bản ghi "Sẽ thông báo cụ thể sau". Ghi unknown khi đã định tổ chức nhưng chưa biết địa điểm: văn bản ghi "(chưa xác định)".
   */
  venue?: string | Unknown;
  /**
   * Người chủ trì; nhiều người là đồng chủ trì.
   *
   * @minItems 1
   */
  chairs?: [Chair, ...Chair[]];
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
  /**
   * Các nhóm đối tượng tham dự, mỗi nhóm có thể kèm địa bàn và số người (ghi thay hoặc cùng audience).
   *
   * @minItems 1
   */
  audienceGroups?: [AudienceGroup, ...AudienceGroup[]];
  /**
   * Buổi đối thoại (tiếp dân) định kỳ hằng tháng: các quy tắc theo thứ tự thời gian; các lần tổ chức trong năm được tính ra (status, calendar), không phải ghi từng lần.
   *
   * @minItems 1
   */
  recurrence?: [Recurrence, ...Recurrence[]];
  carriedFrom?: Origin;
}
/**
 * Số lượng người dự kiến tham dự.
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "Attendance".
 */
export interface Attendance {
  /**
   * Số người, ví dụ 200; unknown khi chưa biết. Không cần khi qualifier là hundreds hoặc thousands.
   */
  count?: number | Unknown;
  /**
   * true (mặc định): ghi "Khoảng 200 người"; false: ghi "200 người".
   */
  approximate?: boolean;
  /**
   * Cách ghi số không chính xác: over = "hơn 150", hundreds = "hàng trăm", thousands = "hàng nghìn" (hai cách sau không cần count).
   */
  qualifier?: "over" | "hundreds" | "thousands";
  delegates?: Headcount;
  /**
   * Số người của từng phần, khi buổi đối thoại ghép nhiều phần.
   *
   * @minItems 1
   */
  parts?: [AttendancePart, ...AttendancePart[]];
}
/**
 * Số đại biểu (bên cạnh người dân): "khoảng 50 đại biểu và khoảng 200 người dân".
 */
export interface Headcount {
  /**
   * Số người, ví dụ 200; unknown khi chưa biết. Không cần khi qualifier là hundreds hoặc thousands.
   */
  count?: number | Unknown;
  /**
   * true (mặc định): "khoảng 200"; false: "200".
   */
  approximate?: boolean;
  /**
   * Cách ghi số không chính xác: over = "hơn 150", hundreds = "hàng trăm", thousands = "hàng nghìn" (hai cách sau không cần count).
   */
  qualifier?: "over" | "hundreds" | "thousands";
}
/**
 * Số người của một phần trong buổi đối thoại ghép nhiều phần (ví dụ phần đối thoại với công nhân).
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "AttendancePart".
 */
export interface AttendancePart {
  /**
   * Tên phần, ví dụ "phần đối thoại với công nhân lao động".
   */
  label: string;
  /**
   * Số người, ví dụ 200; unknown khi chưa biết. Không cần khi qualifier là hundreds hoặc thousands.
   */
  count?: number | Unknown;
  /**
   * true (mặc định): "khoảng 200"; false: "200".
   */
  approximate?: boolean;
  /**
   * Cách ghi số không chính xác: over = "hơn 150", hundreds = "hàng trăm", thousands = "hàng nghìn" (hai cách sau không cần count).
   */
  qualifier?: "over" | "hundreds" | "thousands";
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
  alternatives?: [DateString1, DateString1, ...DateString1[]];
  dayPart?: DayPart;
  /**
   * Ghi chú thời gian, ví dụ "hưởng ứng Tháng Công nhân" (văn bản ghi trong ngoặc sau thời gian).
   */
  note?: string;
}
/**
 * Người chủ trì (hoặc tập thể chủ trì). Ghi name và title; chỉ title khi chưa biết người giữ chức ("đồng chí Bí thư Tỉnh ủy"); name: unknown khi chưa biết tên; body cho tập thể chủ trì ("Thường trực Tỉnh ủy"); successors khi người giữ chức thay đổi trong năm.
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "Chair".
 */
export interface Chair {
  /**
   * Họ và tên; unknown khi chưa biết (văn bản ghi "(chưa xác định)").
   */
  name?: string | Unknown;
  /**
   * Chức vụ, ví dụ "Bí thư Tỉnh ủy". Không có name thì văn bản ghi "đồng chí Bí thư Tỉnh ủy".
   */
  title?: string;
  /**
   * Tập thể chủ trì, ví dụ "Thường trực Tỉnh ủy" (văn bản ghi tên tập thể, không ghi "đồng chí"). Không ghi cùng name, title.
   */
  body?: string;
  /**
   * Người giữ chức thay đổi trong năm: từ ngày from, người chủ trì là người ghi ở đây (văn bản lấy người theo ngày của buổi đối thoại).
   *
   * @minItems 1
   */
  successors?: [Successor, ...Successor[]];
}
/**
 * Người thay người chủ trì từ một ngày.
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "Successor".
 */
export interface Successor {
  from: DateString3;
  /**
   * Họ và tên người mới; unknown khi chưa biết.
   */
  name: string | Unknown;
  /**
   * Chức vụ của người mới, nếu khác chức vụ ghi ở trên.
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
  dayPart?: DayPart;
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
  alternatives?: [DateString1, DateString1, ...DateString1[]];
  dayPart?: DayPart;
  /**
   * Ghi chú thời gian, ví dụ "hưởng ứng Tháng Công nhân" (văn bản ghi trong ngoặc sau thời gian).
   */
  note?: string;
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
   * Họ và tên người ký, không kèm học hàm, học vị. Ghi unknown khi chưa biết người ký: văn bản để "(chưa xác định)".
   */
  name: string | Unknown;
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
  chairs?: [Chair, ...Chair[]];
  /**
   * Lãnh đạo tham dự, mỗi dòng một người: họ tên, chức vụ (không ghi "đồng chí": văn bản tự thêm).
   */
  leaders?: string[];
  /**
   * Mã các cơ quan, đơn vị tham dự (phải có trong units).
   */
  agencies?: Id2[];
  /**
   * Số người dân tham dự; unknown khi chưa có số liệu.
   */
  citizens?: number | Unknown;
  minuteTaker?: Person;
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
  /**
   * Số đại biểu tham dự (bên cạnh người dân).
   */
  delegates?: number;
  petitioner?: Speaker1;
  opinionsSummary?: OpinionsSummary;
  triage?: Triage;
  /**
   * Các nội dung kết luận khác giao việc (xin lỗi, kỷ luật, tiếp thu, chuyển cấp trên, trả lời bằng văn bản), theo thứ tự, in sau phần đánh giá.
   */
  conclusions?: Conclusion[];
}
/**
 * Người ghi biên bản.
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
  outcome?: Outcome;
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
  person?: Person1;
  summary: RichText8;
}
/**
 * Người trả lời, nếu biên bản ghi tên: "Đồng chí Lê Quang Vinh, Phó Chủ tịch UBND tỉnh trả lời". Không có person thì phải có by.
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
  completedOn?: DateString16;
  /**
   * Văn bản báo cáo kết quả (số, ngày), ví dụ "Báo cáo số 131/BC-UBND ngày 21/6/2024".
   */
  evidence?: string;
  /**
   * Các ghi chú tiến độ, có ngày.
   */
  notes?: ProgressNote[];
  outcome?: Outcome;
}
/**
 * Thời hạn của một nội dung kết luận, chọn đúng một cách ghi: on (chậm nhất trong ngày), before (trước ngày), daysAfter (số ngày sau ngày ban hành thông báo kết luận), afterReceipt (số ngày làm việc kể từ ngày nhận) hoặc stages (lộ trình nhiều giai đoạn).
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
  /**
   * Số ngày làm việc kể từ ngày nhận (đơn, kiến nghị) đến hạn trả lời, ví dụ 10 ("trả lời bằng văn bản trong 10 ngày làm việc kể từ ngày nhận"). Ngày nhận ghi ở receivedOn.
   */
  afterReceipt?: number;
  /**
   * Số ngày làm việc tối đa khi vụ việc phức tạp (ví dụ 15); dùng khi complex: true.
   */
  upTo?: number;
  receivedOn?: DateString12;
  /**
   * true: vụ việc phức tạp, thời hạn tính theo upTo thay cho afterReceipt.
   */
  complex?: boolean;
  /**
   * Lộ trình: các giai đoạn theo thứ tự, mỗi giai đoạn có thời hạn và tiến độ riêng.
   *
   * @minItems 1
   */
  stages?: [RoadmapStage, ...RoadmapStage[]];
}
/**
 * Một giai đoạn của lộ trình: nội dung phải hoàn thành, thời hạn (on hoặc before) và tiến độ riêng.
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "RoadmapStage".
 */
export interface RoadmapStage {
  id: Id6;
  /**
   * Nội dung phải hoàn thành trong giai đoạn này.
   */
  text: string;
  on?: DateString13;
  before?: DateString14;
  status?: TaskStatus;
  completedOn?: DateString15;
  /**
   * Văn bản báo cáo kết quả của giai đoạn (số, ngày).
   */
  evidence?: string;
}
/**
 * Một ghi chú tiến độ có ngày.
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "ProgressNote".
 */
export interface ProgressNote {
  on: DateString17;
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
 * Người phát biểu. Họ tên và địa chỉ là dữ liệu cá nhân (Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15, hiệu lực từ 1/1/2026): chỉ ghi trong Biên bản, không đưa vào Thông báo kết luận, báo cáo hay lịch.
 */
export interface Speaker1 {
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
 * Tổng hợp ý kiến khi không ghi từng ý kiến (buổi đối thoại lớn): số ý kiến, số ý kiến được trả lời tại chỗ, các nhóm và lĩnh vực.
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "OpinionsSummary".
 */
export interface OpinionsSummary {
  /**
   * Tổng số ý kiến phát biểu.
   */
  count: number;
  /**
   * Số ý kiến được trả lời trực tiếp tại buổi đối thoại.
   */
  answered?: number;
  /**
   * Các nhóm ý kiến, mỗi nhóm có số ý kiến và các lĩnh vực.
   *
   * @minItems 1
   */
  groups?: [OpinionGroup, ...OpinionGroup[]];
}
/**
 * Một nhóm ý kiến khi không ghi từng ý kiến: tên nhóm, số ý kiến, các lĩnh vực.
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "OpinionGroup".
 */
export interface OpinionGroup {
  /**
   * Tên nhóm vấn đề, ví dụ "Đất đai, tài nguyên".
   */
  group: string;
  /**
   * Số ý kiến của nhóm.
   */
  count?: number;
  /**
   * Các lĩnh vực trong nhóm, ví dụ ["bồi thường, tái định cư", "cấp giấy chứng nhận"].
   *
   * @minItems 1
   */
  fields?: [string, ...string[]];
}
/**
 * Ý kiến thu thập trước buổi đối thoại: số tiếp nhận, số nhóm tổng hợp, số được chọn để đối thoại.
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "Triage".
 */
export interface Triage {
  /**
   * Số ý kiến đã tiếp nhận trước buổi đối thoại.
   */
  received: number;
  /**
   * Số nhóm vấn đề đã tổng hợp.
   */
  groups?: number;
  /**
   * Số ý kiến được chọn để đối thoại trực tiếp.
   */
  selected?: number;
  until?: DateString18;
}
/**
 * Một nội dung kết luận không phải giao việc: xin lỗi, kỷ luật đã áp dụng, tiếp thu để chỉ đạo, chuyển cấp trên, sẽ trả lời bằng văn bản.
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "Conclusion".
 */
export interface Conclusion {
  /**
   * Loại kết luận.
   */
  kind: "apology" | "discipline" | "direction" | "forwarded" | "written-answer";
  text: RichText11;
  /**
   * Các biện pháp kỷ luật đã áp dụng (kind: discipline).
   *
   * @minItems 1
   */
  measures?: [Measure, ...Measure[]];
  /**
   * Cấp trên nhận (kind: forwarded), ví dụ "Ban Bí thư Trung ương Đảng".
   */
  to?: string;
  by?: Id7;
  outcome?: Outcome;
}
/**
 * Một biện pháp kỷ luật đã áp dụng: người, chức vụ, hình thức.
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "Measure".
 */
export interface Measure {
  /**
   * Họ tên người bị kỷ luật.
   */
  person: string;
  /**
   * Chức vụ, cơ quan của người đó.
   */
  office?: string;
  /**
   * Hình thức kỷ luật, ví dụ "khiển trách".
   */
  measure: string;
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
  date?: DateString19;
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
  /**
   * Cách người dân đăng ký ý kiến: một đoạn văn, hoặc các trường deadline (thời hạn đăng ký), how (cách đăng ký), where (nơi nhận), contact (liên hệ), note (ghi thêm).
   */
  registration?: RichText2 | Registration;
  /**
   * Cơ quan báo chí được đề nghị đưa tin, ví dụ "Báo Sơn Nguyên".
   */
  press?: string[];
  closing?: RichText13;
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
 * Quy định đăng ký ý kiến của buổi đối thoại; Thông báo tổ chức ghi: "Đăng ký ý kiến: trực tiếp hoặc bằng văn bản tại …, liên hệ: …, chậm nhất trong ngày …".
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "Registration".
 */
export interface Registration {
  /**
   * Thời hạn đăng ký: chậm nhất trong ngày này; unknown khi chưa biết (văn bản ghi "(chưa xác định)").
   */
  deadline?: DateString1 | Unknown;
  /**
   * Các cách đăng ký, theo thứ tự ghi trong văn bản.
   *
   * @minItems 1
   */
  how?: [
    "in-person" | "writing" | "phone" | "email" | "online",
    ...("in-person" | "writing" | "phone" | "email" | "online")[]
  ];
  /**
   * Nơi nhận đăng ký, ghi như trong câu: "Ban Tiếp công dân tỉnh (số 2 đường Hùng Vương)", "UBND các xã Tân Lợi, Phước Thọ".
   */
  where?: string;
  /**
   * Liên hệ: số điện thoại, thư điện tử của nơi nhận.
   */
  contact?: string;
  note?: RichText12;
}
/**
 * Một nhóm đối tượng tham dự, có thể kèm các địa bàn (ví dụ người có uy tín của 11 huyện).
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "AudienceGroup".
 */
export interface AudienceGroup {
  /**
   * Tên nhóm, ví dụ "Người có uy tín trong đồng bào dân tộc thiểu số".
   */
  group: string;
  /**
   * Các địa bàn của nhóm, mỗi mục một nơi, ví dụ ["huyện Ba Tơ", "huyện Minh Long"].
   *
   * @minItems 1
   */
  areas?: [string, ...string[]];
  count?: Headcount1;
}
/**
 * Số người của nhóm, nếu kế hoạch ghi.
 */
export interface Headcount1 {
  /**
   * Số người, ví dụ 200; unknown khi chưa biết. Không cần khi qualifier là hundreds hoặc thousands.
   */
  count?: number | Unknown;
  /**
   * true (mặc định): "khoảng 200"; false: "200".
   */
  approximate?: boolean;
  /**
   * Cách ghi số không chính xác: over = "hơn 150", hundreds = "hàng trăm", thousands = "hàng nghìn" (hai cách sau không cần count).
   */
  qualifier?: "over" | "hundreds" | "thousands";
}
/**
 * Quy tắc lặp lại của buổi đối thoại (tiếp dân) định kỳ, từ tháng from: ngày day hằng tháng; trùng ngày nghỉ thì theo whenOff. Quy tắc ghi sau thay quy tắc trước từ tháng của nó.
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "Recurrence".
 */
export interface Recurrence {
  /**
   * Tháng bắt đầu áp dụng, dạng YYYY-MM.
   */
  from: string;
  /**
   * Tháng cuối cùng áp dụng (YYYY-MM); không ghi thì đến hết năm hoặc đến quy tắc sau.
   */
  until?: string;
  /**
   * Ngày trong tháng (1–31; tháng ngắn hơn thì là ngày cuối tháng).
   */
  day: number;
  /**
   * Trùng ngày nghỉ thì: next = lùi sang ngày làm việc tiếp theo (mặc định), previous = làm trước vào ngày làm việc liền trước, keep = giữ nguyên ngày.
   */
  whenOff?: "next" | "previous" | "keep";
  time?: TimeString5;
  dayPart?: DayPart;
}
/**
 * Buổi đối thoại chuyển từ kế hoạch năm trước (chưa tổ chức được): kế hoạch và chủ đề cũ.
 */
export interface Origin {
  plan?: Citation2;
  /**
   * Chủ đề buổi đối thoại năm trước.
   */
  session?: string;
  notice?: Citation3;
}
/**
 * Một văn bản được dẫn làm căn cứ; văn bản xuất ra ghi "Quyết định số 1575-QĐ/TU ngày 10/6/2019 của Ban Thường vụ Tỉnh ủy ban hành …" (Đảng) hoặc "Quyết định số 05/QĐ-UBND ngày …" (nhà nước).
 */
export interface Citation2 {
  id?: Id;
  /**
   * Loại văn bản: chữ viết tắt (QĐ, QĐi, KH, TB, KL, NQ, CT, HD, CV …) hoặc tên đầy đủ ("Quy chế"). Chữ viết tắt được ghi thành tên theo templates/wording.json (documentKinds).
   */
  kind: string;
  /**
   * Số của văn bản; unknown khi chưa biết số (văn bản ghi "số (chưa xác định)", dialogue validate nhắc bằng một cảnh báo).
   */
  number?: number | Unknown;
  /**
   * Ký hiệu sau số: "QĐ/TU" (Đảng: 1575-QĐ/TU), "QĐ-UBND" hoặc "2020/NĐ-CP" (nhà nước: 05/QĐ-UBND, 30/2020/NĐ-CP). Bỏ trống thì lấy loại văn bản và mã cơ quan của văn bản đang soạn.
   */
  symbol?: string;
  /**
   * Ngày ban hành; unknown khi chưa biết ngày (văn bản ghi "ngày (chưa xác định)", dialogue validate nhắc bằng một cảnh báo).
   */
  date?: DateString1 | Unknown;
  /**
   * Cơ quan ban hành, ghi như trong câu: "Bộ Chính trị", "Ban Thường vụ Tỉnh ủy".
   */
  issuer?: string;
  title?: RichText1;
}
/**
 * Một văn bản được dẫn làm căn cứ; văn bản xuất ra ghi "Quyết định số 1575-QĐ/TU ngày 10/6/2019 của Ban Thường vụ Tỉnh ủy ban hành …" (Đảng) hoặc "Quyết định số 05/QĐ-UBND ngày …" (nhà nước).
 */
export interface Citation3 {
  id?: Id;
  /**
   * Loại văn bản: chữ viết tắt (QĐ, QĐi, KH, TB, KL, NQ, CT, HD, CV …) hoặc tên đầy đủ ("Quy chế"). Chữ viết tắt được ghi thành tên theo templates/wording.json (documentKinds).
   */
  kind: string;
  /**
   * Số của văn bản; unknown khi chưa biết số (văn bản ghi "số (chưa xác định)", dialogue validate nhắc bằng một cảnh báo).
   */
  number?: number | Unknown;
  /**
   * Ký hiệu sau số: "QĐ/TU" (Đảng: 1575-QĐ/TU), "QĐ-UBND" hoặc "2020/NĐ-CP" (nhà nước: 05/QĐ-UBND, 30/2020/NĐ-CP). Bỏ trống thì lấy loại văn bản và mã cơ quan của văn bản đang soạn.
   */
  symbol?: string;
  /**
   * Ngày ban hành; unknown khi chưa biết ngày (văn bản ghi "ngày (chưa xác định)", dialogue validate nhắc bằng một cảnh báo).
   */
  date?: DateString1 | Unknown;
  /**
   * Cơ quan ban hành, ghi như trong câu: "Bộ Chính trị", "Ban Thường vụ Tỉnh ủy".
   */
  issuer?: string;
  title?: RichText1;
}
/**
 * Một cơ quan, đơn vị.
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "Unit".
 */
export interface Unit {
  id: Id8;
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
  heading?: RichText15;
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
  id?: Id9;
  text: RichText16;
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
  completedOn?: DateString23;
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
   * Tiến độ riêng cho từng kỳ, khi thời hạn định kỳ (every). Mỗi trường mang tên một kỳ: tháng "2025-03", quý "2025-q1".
   */
  byPeriod?: {
    [k: string]: Progress | undefined;
  };
  /**
   * Các ý con (gạch "+") của nhiệm vụ này.
   *
   * @minItems 1
   */
  items?: [Task, ...Task[]];
  /**
   * Nhiệm vụ tự hoàn thành khi có văn bản: notice = khi Thông báo kết luận của buổi đối thoại có ngày (record.notice.date); announcement = khi Thông báo tổ chức có ngày.
   */
  completedBy?: "notice" | "announcement";
}
/**
 * Thời hạn, chọn đúng một cách ghi: on (chậm nhất trong ngày), before (trước ngày: hạn cuối là ngày hôm trước), daysBefore hoặc daysAfter (tính theo buổi đối thoại ghi ở session), afterReceipt (số ngày làm việc kể từ ngày nhận), every (định kỳ hằng tháng, hằng quý, kèm day) hoặc stages (lộ trình nhiều giai đoạn).
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "Deadline".
 */
export interface Deadline {
  on?: DateString20;
  before?: DateString21;
  /**
   * Số ngày trước ngày tổ chức buổi đối thoại ghi ở session ("chậm nhất 10 ngày trước ngày tổ chức đối thoại").
   */
  daysBefore?: number;
  /**
   * Mã buổi đối thoại làm mốc cho daysBefore/daysAfter, hoặc "all" khi nhiệm vụ lặp lại cho từng buổi (mỗi buổi một thời hạn riêng).
   */
  session?: string;
  /**
   * true: đếm theo ngày làm việc (bỏ thứ Bảy, Chủ nhật, ngày lễ, Tết).
   */
  workingDays?: boolean;
  /**
   * Số ngày sau ngày tổ chức buổi đối thoại ghi ở session.
   */
  daysAfter?: number;
  /**
   * Số ngày làm việc kể từ ngày nhận (đơn, kiến nghị) đến hạn trả lời, ví dụ 10 ("trả lời bằng văn bản trong 10 ngày làm việc kể từ ngày nhận"). Ngày nhận ghi ở receivedOn.
   */
  afterReceipt?: number;
  /**
   * Số ngày làm việc tối đa khi vụ việc phức tạp (ví dụ 15); dùng khi complex: true.
   */
  upTo?: number;
  receivedOn?: DateString22;
  /**
   * true: vụ việc phức tạp, thời hạn tính theo upTo thay cho afterReceipt.
   */
  complex?: boolean;
  /**
   * Thời hạn định kỳ: month = hằng tháng, quarter = hằng quý; mỗi kỳ trong năm của kế hoạch có một thời hạn riêng (tiến độ ghi ở byPeriod).
   */
  every?: "month" | "quarter";
  /**
   * Thời hạn định kỳ: chậm nhất ngày này của tháng (hằng quý: của tháng cuối quý); tháng ít ngày hơn thì là ngày cuối tháng.
   */
  day?: number;
  /**
   * Thời hạn định kỳ: tính từ tháng này (YYYY-MM), ví dụ "2025-03" khi kế hoạch ban hành tháng 3; các kỳ kết thúc trước tháng này không có thời hạn.
   */
  from?: string;
  /**
   * Lộ trình: các giai đoạn theo thứ tự, mỗi giai đoạn có thời hạn và tiến độ riêng.
   *
   * @minItems 1
   */
  stages?: [RoadmapStage, ...RoadmapStage[]];
}
/**
 * Tiến độ thực hiện của một nhiệm vụ (cho một buổi đối thoại, khi nhiệm vụ lặp lại theo từng buổi).
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "Progress".
 */
export interface Progress {
  status?: TaskStatus;
  completedOn?: DateString24;
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
   * Họ và tên người ký, không kèm học hàm, học vị. Ghi unknown khi chưa biết người ký: văn bản để "(chưa xác định)".
   */
  name: string | Unknown;
}
/**
 * Một kế hoạch điều chỉnh, bổ sung kế hoạch này: số, ngày, lý do và những gì thay đổi. Xuất bằng: dialogue render <tệp> --only amendment.
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "Amendment".
 */
export interface Amendment {
  id: Id10;
  /**
   * Số của kế hoạch điều chỉnh. Bỏ trống khi còn là dự thảo chưa cấp số (văn bản để trống chỗ ghi số).
   */
  number?: number;
  /**
   * Phần ký hiệu sau số, khi khác mặc định (loại văn bản và mã cơ quan: "KH/TU" trong "Số 45-KH/TU"; nhà nước "KH-UBND" trong "Số: 05/KH-UBND"). Ghi "" (rỗng) để chỉ ghi số: "Số 45".
   */
  symbol?: string;
  date?: DateString25;
  issuer?: Issuer3;
  /**
   * Trích yếu, khi khác câu mặc định ("điều chỉnh, bổ sung Kế hoạch số … ").
   */
  summary?: string;
  reason?: RichText18;
  /**
   * Các buổi đối thoại được điều chỉnh, bổ sung hoặc không tổ chức.
   */
  sessions?: AmendedSession[];
  /**
   * Các nhiệm vụ được điều chỉnh, bổ sung hoặc không thực hiện.
   */
  tasks?: AmendedTask[];
  closing?: RichText21;
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
  session: Id11;
  /**
   * moved = điều chỉnh thời gian, địa điểm; added = bổ sung buổi đối thoại; dropped = không tổ chức.
   */
  change: "moved" | "added" | "dropped";
  to?: PlannedTime2;
  /**
   * Địa điểm mới, nếu có.
   */
  venue?: string;
  text?: RichText19;
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
  alternatives?: [DateString1, DateString1, ...DateString1[]];
  dayPart?: DayPart;
  /**
   * Ghi chú thời gian, ví dụ "hưởng ứng Tháng Công nhân" (văn bản ghi trong ngoặc sau thời gian).
   */
  note?: string;
}
/**
 * Một thay đổi về nhiệm vụ trong kế hoạch điều chỉnh.
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "AmendedTask".
 */
export interface AmendedTask {
  task: Id12;
  /**
   * changed = điều chỉnh nội dung hoặc thời hạn; added = bổ sung nhiệm vụ; dropped = không thực hiện.
   */
  change: "changed" | "added" | "dropped";
  text?: RichText20;
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
  date?: DateString26;
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
  date: DateString27;
  /**
   * Lý do, ví dụ "Nghỉ bù Quốc khánh".
   */
  reason?: string;
}
/**
 * Một nội dung kết luận năm trước chưa hoàn thành, tiếp tục theo dõi trong năm nay (dialogue init --from ghi sẵn).
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "CarriedAssignment".
 */
export interface CarriedAssignment {
  id: Id13;
  lead: Id14;
  /**
   * Mã các đơn vị phối hợp.
   */
  coordinating?: Id2[];
  text: RichText22;
  /**
   * Thời hạn đã giao (ngày cụ thể): on = chậm nhất trong ngày, before = trước ngày.
   */
  deadline?: {
    on?: DateString28;
    before?: DateString29;
  };
  origin: Origin1;
  status?: TaskStatus;
  completedOn?: DateString30;
  /**
   * Văn bản báo cáo kết quả (số, ngày).
   */
  evidence?: string;
  outcome?: Outcome;
}
/**
 * Nguồn của một nội dung chuyển tiếp từ năm trước: kế hoạch, buổi đối thoại và thông báo kết luận đã giao.
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "Origin".
 */
export interface Origin1 {
  plan?: Citation2;
  /**
   * Chủ đề buổi đối thoại năm trước.
   */
  session?: string;
  notice?: Citation3;
}
/**
 * Một người: họ tên và chức vụ.
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "Person".
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
 * Một con số người: count (số, hoặc unknown), approximate (khoảng), qualifier (hơn, hàng trăm, hàng nghìn).
 *
 * This interface was referenced by `Plan`'s JSON-Schema
 * via the `definition` "Headcount".
 */
export interface Headcount2 {
  /**
   * Số người, ví dụ 200; unknown khi chưa biết. Không cần khi qualifier là hundreds hoặc thousands.
   */
  count?: number | Unknown;
  /**
   * true (mặc định): "khoảng 200"; false: "200".
   */
  approximate?: boolean;
  /**
   * Cách ghi số không chính xác: over = "hơn 150", hundreds = "hàng trăm", thousands = "hàng nghìn" (hai cách sau không cần count).
   */
  qualifier?: "over" | "hundreds" | "thousands";
}
