import { reviewViewOf } from './export-views.test-fixtures';
import { reviewToXlsx } from './index';
import { readWorkbook, sheetOf, sheetRows } from './xlsx-read.test-fixtures';

const TYLE = 'Tỷ lệ hoạt động tình nguyện của đoàn viên';
const DAOTAO = 'Số tình nguyện viên được đào tạo kỹ năng';

describe('a programme review as a workbook', () => {
  it('holds progress against targets, the trend per year, the units and those behind target, in Vietnamese', async () => {
    const book = await readWorkbook(await reviewToXlsx(reviewViewOf('vi')));
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual([
      'Thông tin chung',
      'Tiến độ so với chỉ tiêu',
      'Xu hướng theo năm',
      'Kết quả các đơn vị',
      'Đơn vị chưa đạt chỉ tiêu',
    ]);
    expect(sheetRows(sheetOf(book, 'Thông tin chung'))).toEqual([
      ['Tên báo cáo', 'Sơ kết giữa kỳ Đề án 1481'],
      ['Đơn vị', 'Đoàn thị xã Sa Pa'],
      ['Giai đoạn', '2023–2025'],
    ]);
    expect(sheetRows(sheetOf(book, 'Tiến độ so với chỉ tiêu'))).toEqual([
      ['Chỉ tiêu', 'Đơn vị tính', 'Giá trị', 'Mục tiêu', 'Tiến độ (%)', 'Đạt mục tiêu'],
      [TYLE, '%', 48.75, 50, 97.5, 'Không'],
      [DAOTAO, null, 1320, 1200, 100, 'Có'],
    ]);
  });

  it('writes the trend with a numeric column per year, a year without a figure left empty', async () => {
    const book = await readWorkbook(await reviewToXlsx(reviewViewOf('vi')));
    const trend = sheetOf(book, 'Xu hướng theo năm');
    expect(sheetRows(trend)).toEqual([
      ['Chỉ tiêu', 'Đơn vị tính', '2023', '2024', '2025'],
      [TYLE, '%', 30.5, null, 48.75],
      [DAOTAO, null, 800, 1100, 1320],
    ]);
    expect(trend.getRow(1).getCell(3).font?.bold).toBe(true);
    expect(trend.getColumn(3).width).toBe(10);
  });

  it("writes each unit's value, target and whether reached per indicator, and the units behind target by name", async () => {
    const book = await readWorkbook(await reviewToXlsx(reviewViewOf('vi')));
    const [header, taVan] = sheetRows(sheetOf(book, 'Kết quả các đơn vị'));
    expect(header.slice(0, 5)).toEqual(['Mã đơn vị', 'Tên đơn vị', `${TYLE} – Giá trị`, `${TYLE} – Mục tiêu`, `${TYLE} – Đạt mục tiêu`]);
    expect(taVan).toEqual(['xa-ta-van', 'Đoàn xã Tả Van', 41.5, 50, 'Không', 640, 600, 'Có']);
    expect(sheetRows(sheetOf(book, 'Đơn vị chưa đạt chỉ tiêu'))).toEqual([
      ['Chỉ tiêu', 'Mã đơn vị', 'Tên đơn vị'],
      [TYLE, 'xa-ta-van', 'Đoàn xã Tả Van'],
    ]);
  });

  it('labels everything in English for an English view', async () => {
    const book = await readWorkbook(await reviewToXlsx(reviewViewOf('en')));
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual(['Summary', 'Progress against targets', 'Trend per year', 'Units', 'Units behind target']);
    expect(sheetRows(sheetOf(book, 'Progress against targets'))[1]).toEqual([TYLE, '%', 48.75, 50, 97.5, 'No']);
    expect(sheetRows(sheetOf(book, 'Units'))[2].slice(0, 5)).toEqual(['xa-ban-ho', 'Đoàn xã Bản Hồ', 55, 50, 'Yes']);
  });
});
