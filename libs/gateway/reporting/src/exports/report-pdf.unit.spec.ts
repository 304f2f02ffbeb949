import { reportViewOf } from './export-views.test-fixtures';
import { reportToPdf } from './index';
import { embeddedFonts, firstLines, pdfText } from './pdf-assertions.test-fixtures';

describe('a report as a PDF', () => {
  it('embeds DejaVu Sans, the regular and the bold face, and no font without Vietnamese letters', async () => {
    const file = await reportToPdf(reportViewOf('vi'));
    expect(file.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(embeddedFonts(file)).toEqual(['DejaVuSans', 'DejaVuSans-Bold']);
  });

  it('starts each part on a page of its own: summary and indicators, chart, narrative, child units, commendations, history', async () => {
    const { pages } = await pdfText(await reportToPdf(reportViewOf('vi')));
    expect(firstLines(pages)).toEqual(['Báo cáo năm – Y2026', 'Giá trị so với mục tiêu', 'Nội dung báo cáo', 'Đơn vị cấp dưới', 'Khen thưởng', 'Lịch sử']);
    expect(pages[5]).toContain('Trang 6/6');
  });

  it('prints the Vietnamese names and texts with their marks intact and the figures in Vietnamese notation', async () => {
    const { pages, text } = await pdfText(await reportToPdf(reportViewOf('vi')));
    expect(pages[0]).toContain('Đoàn xã Tả Van');
    expect(pages[0]).toContain('Trạng thái Đã duyệt');
    expect(pages[0]).toContain('Tỷ lệ hoạt động tình nguyện của đoàn viên % 45,5 91 200 60 75,83 45,5 47 1,5');
    expect(pages[0]).toContain('Số tình nguyện viên được đào tạo kỹ năng 1.250 1.000 100');
    // The chart prints both figures of each bar.
    for (const figure of ['45,5%', '60%', '1.250', '1.000']) expect(pages[1]).toContain(figure);
    expect(pages[2]).toContain('Tổ chức 12 đợt ra quân, tiếp sức mùa thi ở bản Lao Chải.');
    expect(pages[3]).toContain('Chi đoàn thôn Lao Chải Đã duyệt Có Tỷ lệ hoạt động tình nguyện của đoàn viên 52,25');
    expect(pages[4]).toContain('Đơn vị Chi đoàn thôn Lao Chải Giấy khen Thành tích xuất sắc trong Khen thưởng mùa hè tình nguyện');
    expect(pages[5]).toContain('Duyệt 2027-01-12T08:30:00.000Z Đồng ý, đề nghị phát huy.');
    expect(text).not.toContain('\uFFFD');
  });

  it('labels everything in English for an English view, with English figures and the Vietnamese names unchanged', async () => {
    const { pages } = await pdfText(await reportToPdf(reportViewOf('en')));
    expect(firstLines(pages)).toEqual(['Yearly report – Y2026', 'Value against target', 'Narrative', 'Child units', 'Commendations', 'Report history']);
    expect(pages[0]).toContain('Unit Đoàn xã Tả Van');
    expect(pages[0]).toContain('Tỷ lệ hoạt động tình nguyện của đoàn viên % 45.5 91 200 60 75.83 45.5 47 1.5');
    expect(pages[0]).toContain('Số tình nguyện viên được đào tạo kỹ năng 1,250 1,000 100');
    expect(pages[3]).toContain('Chi đoàn thôn Lao Chải Approved Yes');
    expect(pages[5]).toContain('Page 6/6');
  });

  it('leaves out the child units of a unit without any, and says "none" for an empty part', async () => {
    const view = { ...reportViewOf('vi'), children: [], commendations: [] };
    const { pages } = await pdfText(await reportToPdf(view));
    expect(firstLines(pages)).toEqual(['Báo cáo năm – Y2026', 'Giá trị so với mục tiêu', 'Nội dung báo cáo', 'Khen thưởng', 'Lịch sử']);
    expect(pages[3]).toContain('Không có');
  });

  it('prints a name given with decomposed marks as the composed letters', async () => {
    const view = { ...reportViewOf('vi'), unit: { id: 'xa-ta-van', name: 'Đoàn xã Tả Van'.normalize('NFD') } };
    const { pages } = await pdfText(await reportToPdf(view));
    expect(pages[0]).toContain('Đoàn xã Tả Van'.normalize('NFC'));
  });

  it('runs a long table onto further pages, its header again on each', async () => {
    const many = Array.from({ length: 60 }, (_, index) => ({ ...reportViewOf('vi').history[1], text: `Lần duyệt thứ ${index + 1}` }));
    const { pages } = await pdfText(await reportToPdf({ ...reportViewOf('vi'), history: many }));
    const historyPages = pages.slice(5);
    expect(historyPages.length).toBeGreaterThan(1);
    for (const page of historyPages) expect(page).toContain('Thao tác Thời điểm Nội dung');
    expect(historyPages.join('\n')).toContain('Lần duyệt thứ 60');
  });
});
