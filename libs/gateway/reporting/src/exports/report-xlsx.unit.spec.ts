import { reportViewOf } from './export-views.test-fixtures';
import { reportToXlsx } from './index';
import { readWorkbook, sheetOf, sheetRows } from './xlsx-read.test-fixtures';

const TYLE = 'Tỷ lệ hoạt động tình nguyện của đoàn viên';
const DAOTAO = 'Số tình nguyện viên được đào tạo kỹ năng';

describe('a report as a workbook', () => {
  it('holds one sheet per part, named in Vietnamese, with bold headers and set widths', async () => {
    const book = await readWorkbook(await reportToXlsx(reportViewOf('vi')));
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual([
      'Thông tin chung',
      'Chỉ tiêu',
      'Nội dung báo cáo',
      'Đơn vị cấp dưới',
      'Khen thưởng',
      'Lịch sử',
    ]);
    const indicators = sheetOf(book, 'Chỉ tiêu');
    expect(indicators.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(indicators.getColumn(1).width).toBe(48);
    expect(indicators.getColumn(3).width).toBe(12);
    const summary = sheetRows(sheetOf(book, 'Thông tin chung'));
    expect(summary).toContainEqual(['Đơn vị', 'Đoàn xã Tả Van']);
    expect(summary).toContainEqual(['Trạng thái', 'Đã duyệt']);
    expect(summary).toContainEqual(['Hạn nộp', '2027-01-10']);
  });

  it("writes the indicator table with the view's figures as numeric cells, none left blank, the change since approval beside them", async () => {
    const book = await readWorkbook(await reportToXlsx(reportViewOf('vi')));
    const [header, k1, k2, k3] = sheetRows(sheetOf(book, 'Chỉ tiêu'));
    expect(header).toEqual([
      'Chỉ tiêu',
      'Đơn vị tính',
      'Giá trị',
      'Tử số',
      'Mẫu số',
      'Mục tiêu',
      'Tiến độ (%)',
      'Giá trị khi duyệt',
      'Giá trị hiện tại',
      'Chênh lệch',
    ]);
    expect(k1).toEqual([TYLE, '%', 45.5, 91, 200, 60, 75.83, 45.5, 47, 1.5]);
    expect(k2).toEqual([DAOTAO, null, 1250, null, null, 1000, 100, null, null, null]);
    expect(k3.slice(2)).toEqual([null, null, null, null, null, null, null, null]);
    for (const figure of k1.slice(2)) expect(typeof figure).toBe('number');
  });

  it('writes the narrative, the child units with one numeric column per indicator, commendations and history', async () => {
    const book = await readWorkbook(await reportToXlsx(reportViewOf('vi')));
    expect(sheetRows(sheetOf(book, 'Nội dung báo cáo'))).toEqual([
      ['Mục', 'Nội dung'],
      ['Kết quả thực hiện', 'Tổ chức 12 đợt ra quân, tiếp sức mùa thi ở bản Lao Chải.'],
      ['Hạn chế, nguyên nhân', 'Địa bàn rộng, giao thông khó khăn vào mùa mưa.'],
    ]);
    const [header, laoChai, giay] = sheetRows(sheetOf(book, 'Đơn vị cấp dưới'));
    // K9 is no indicator of the report's list: it keeps its id as the header.
    expect(header).toEqual(['Mã đơn vị', 'Tên đơn vị', 'Trạng thái', 'Đúng hạn', TYLE, DAOTAO, 'Số công trình thanh niên', 'K9']);
    expect(laoChai).toEqual(['chi-doan-lao-chai', 'Chi đoàn thôn Lao Chải', 'Đã duyệt', 'Có', 52.25, 700, null, null]);
    expect(giay.slice(0, 3)).toEqual(['chi-doan-ta-van-giay', 'Chi đoàn thôn Tả Van Giáy', 'Miễn nộp']);
    expect(giay.slice(4)).toEqual([null, null, null, 3]);
    expect(sheetRows(sheetOf(book, 'Khen thưởng'))[1]).toEqual([
      'Đơn vị',
      'Chi đoàn thôn Lao Chải',
      'Giấy khen',
      'Thành tích xuất sắc trong Khen thưởng mùa hè tình nguyện',
    ]);
    expect(sheetRows(sheetOf(book, 'Lịch sử'))[2]).toEqual(['Duyệt', '2027-01-12T08:30:00.000Z', 'Đồng ý, đề nghị phát huy.']);
  });

  it("labels everything in English for an English view, the unit's own Vietnamese names untouched", async () => {
    const book = await readWorkbook(await reportToXlsx(reportViewOf('en')));
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual(['Summary', 'Indicators', 'Narrative', 'Child units', 'Commendations', 'Report history']);
    const [header, k1] = sheetRows(sheetOf(book, 'Indicators'));
    expect(header.slice(0, 3)).toEqual(['Indicator', 'Measure', 'Value']);
    expect(k1).toEqual([TYLE, '%', 45.5, 91, 200, 60, 75.83, 45.5, 47, 1.5]);
    expect(sheetRows(sheetOf(book, 'Summary'))).toContainEqual(['Unit', 'Đoàn xã Tả Van']);
    expect(sheetRows(sheetOf(book, 'Child units'))[1].slice(1, 4)).toEqual(['Chi đoàn thôn Lao Chải', 'Approved', 'Yes']);
  });
});
