import { reviewViewOf } from './export-views.test-fixtures';
import { reviewToPdf } from './index';
import { embeddedFonts, firstLines, pdfText } from './pdf-assertions.test-fixtures';

const TYLE = 'Tỷ lệ hoạt động tình nguyện của đoàn viên';

describe('a programme review as a PDF', () => {
  it('embeds DejaVu Sans and starts each part on a page of its own: progress, chart, trends, units, units behind target', async () => {
    const file = await reviewToPdf(reviewViewOf('vi'));
    expect(embeddedFonts(file)).toEqual(['DejaVuSans', 'DejaVuSans-Bold']);
    const { pages } = await pdfText(file);
    expect(firstLines(pages)).toEqual([
      'Sơ kết giữa kỳ Đề án 1481',
      'Giá trị so với mục tiêu',
      'Xu hướng theo năm 2023–2025',
      'Kết quả các đơn vị',
      'Đơn vị chưa đạt chỉ tiêu',
    ]);
  });

  it('prints progress against targets, the trend charts with their years, figures and targets, and the units, in Vietnamese', async () => {
    const { pages } = await pdfText(await reviewToPdf(reviewViewOf('vi')));
    expect(pages[0]).toContain('Đơn vị Đoàn thị xã Sa Pa');
    expect(pages[0]).toContain(`${TYLE} % 48,75 50 97,5 Không`);
    expect(pages[0]).toContain('Số tình nguyện viên được đào tạo kỹ năng 1.320 1.200 100 Có');
    for (const label of [TYLE, '2023', '2024', '2025', '30,5%', '48,75%', 'Mục tiêu: 50%', '800', '1.100', '1.320', 'Mục tiêu: 1.200']) {
      expect(pages[2]).toContain(label);
    }
    expect(pages[3]).toContain(`Đoàn xã Tả Van ${TYLE} 41,5 50 Không`);
    expect(pages[4]).toContain(`${TYLE} xa-ta-van Đoàn xã Tả Van`);
  });

  it('labels everything in English for an English view', async () => {
    const { pages } = await pdfText(await reviewToPdf(reviewViewOf('en')));
    expect(firstLines(pages)).toEqual(['Mid-term review of Scheme 1481', 'Value against target', 'Trend per year 2023–2025', 'Units', 'Units behind target']);
    expect(pages[0]).toContain(`${TYLE} % 48.75 50 97.5 No`);
    expect(pages[2]).toContain('Target: 1,200');
    expect(pages[3]).toContain('Đoàn xã Bản Hồ');
  });

  it('draws four trend charts a page, the rest on the next page', async () => {
    const base = reviewViewOf('vi');
    const indicators = Array.from({ length: 5 }, (_, index) => ({ ...base.indicators[1], indicatorId: `K${index + 1}`, name: `Chỉ tiêu số ${index + 1}` }));
    const { pages } = await pdfText(await reviewToPdf({ ...base, indicators, units: [] }));
    expect(pages).toHaveLength(5);
    expect(pages[2]).toContain('Chỉ tiêu số 4');
    expect(pages[3]).toContain('Chỉ tiêu số 5');
    expect(pages[3]).not.toContain('Chỉ tiêu số 4');
  });
});
