package congkhai.base;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DeadlineTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Hoàn thành trước ngày 30/6/2025.|2025-06-30|Hoàn thành trước ngày 30/6/2025",
            "báo cáo UBND tỉnh chậm nhất ngày 15 tháng 7 năm 2025|2025-07-15|Chậm nhất ngày 15 tháng 7 năm 2025",
            "Thời hạn: 31/12/2024|2024-12-31|Thời hạn: 31/12/2024",
            "Thời gian hoàn thành: trước 30/9/2025|2025-09-30|Trước 30/9/2025",
            "triển khai trong tháng 6/2025|2025-06|Trong tháng 6/2025",
            "xong trước tháng 8 năm 2025|2025-08|Xong trước tháng 8 năm 2025",
            "thực hiện trong Quý III/2025|2025-Q3|Thực hiện trong Quý III/2025",
            "Thời hạn: quý 2/2025|2025-Q2|Thời hạn: quý 2/2025",
            "hoàn thành trong 6 tháng đầu năm 2025|2025-06|Hoàn thành trong 6 tháng đầu năm 2025",
            "hoàn thành trong năm 2025|2025|Hoàn thành trong năm 2025",
            "Báo cáo trước ngày 15/12 hằng năm|{every: year, by: 12-15}|Trước ngày 15/12 hằng năm",
            "thực hiện hằng quý|{every: quarter}|Hằng quý",
            "Định kỳ báo cáo|{every: unstated}|Định kỳ",
            "Xây dựng đề án sắp xếp đơn vị hành chính, hoàn thành đến năm 2025|2025|Hoàn thành đến năm 2025",
            "Thực hiện Kế hoạch số 12/KH-UBND; đến năm 2026 phủ kín quy hoạch|2026|Đến năm 2026",
    })
    void findsTheDeadline(String text, String due, String words) {
        DeadlineText.Found found = DeadlineText.find(text).orElseThrow();
        assertEquals(due, found.due());
        assertEquals(words, found.text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Căn cứ Kế hoạch số 122/KH-UBND ngày 27/5/2023 của UBND tỉnh", "giai đoạn 2021-2025", "giai đoạn 2021-2030, định hướng đến năm 2050", "tầm nhìn đến năm 2045",
            "Sở Tài chính chủ trì thẩm định", "Ngày 31/02/2025 trước ngày 31/02/2025",
            "Triển khai thực hiện hiệu quả Chiến lược phát triển nhà ở Quốc gia đến năm 2030, tầm nhìn đến năm 2045",
            "phù hợp với Chiến lược phát triển văn hoá, thể thao đến năm 2030. Bố trí đủ quỹ đất",
            "thực hiện Chương trình phát triển nhà ở tỉnh Lạng Sơn đến năm 2020 và định hướng đến năm 2030"})
    void aDateThatIsNoDeadlineIsNone(String text) {
        assertTrue(DeadlineText.find(text).isEmpty(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dự kiến hoàn thành trong tháng 9/2025"})
    void anExpectedDateSaysSo(String text) {
        assertTrue(DeadlineText.find(text).orElseThrow().expected());
    }
}
