// Commander prints its own English texts; these map the ones a clerk meets to Vietnamese.
const HEADINGS: [RegExp, string][] = [
  [/^Usage:/gm, "Cách dùng:"],
  [/^Options:/gm, "Tùy chọn:"],
  [/^Commands:/gm, "Lệnh:"],
  [/^Arguments:/gm, "Tham số:"],
  [/\[options\]/g, "[tùy chọn]"],
  [/\(default: /g, "(mặc định: "],
  [/\(choices: /g, "(chọn một: "],
];

const ERRORS: [RegExp, string][] = [
  [/^error: unknown option '(.+?)'/, "lỗi: không có tùy chọn '$1'"],
  [/^error: unknown command '(.+?)'/, "lỗi: không có lệnh '$1'"],
  [/^error: missing required argument '(.+?)'/, "lỗi: thiếu tham số bắt buộc '$1'"],
  [/^error: option '(.+?)' argument missing/, "lỗi: tùy chọn '$1' cần một giá trị"],
  [/^error: option '(.+?)' argument '(.+?)' is invalid\. Allowed choices are (.+)\./, "lỗi: giá trị '$2' của tùy chọn '$1' không hợp lệ; chỉ dùng: $3."],
  [/^error: command-argument value '(.+?)' is invalid for argument '(.+?)'\. Allowed choices are (.+)\./, "lỗi: giá trị '$1' của tham số '$2' không hợp lệ; chỉ dùng: $3."],
  [/^error: too many arguments/, "lỗi: thừa tham số"],
  [/\(Did you mean (.+?)\?\)/, "(Có phải là $1?)"],
];

const apply = (text: string, table: [RegExp, string][]) => table.reduce((out, [from, to]) => out.replace(from, to), text);

export const helpToVietnamese = (text: string) => apply(text, HEADINGS);
export const errorToVietnamese = (text: string) => apply(text, ERRORS);
