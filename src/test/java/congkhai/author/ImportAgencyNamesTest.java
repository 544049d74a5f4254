package congkhai.author;

import congkhai.base.YamlReader;
import congkhai.config.ConfigLoader;
import congkhai.config.SiteConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Where the name of a body an import proposes ends, and where a heading's list of tasks ends, in the
 * wordings of a meeting's conclusion that once gave made-up agencies and tasks: a verb after a
 * heading's bodies, "Tổ chức" (to organise) at a sentence's start, a heading numbered "4.1.", a body's
 * assent to a draft it heard, the next numbered section after a heading's items, a paragraph of its own;
 * and a heading's tasks written as plain paragraphs, under a heading that is a body's name alone.
 */
class ImportAgencyNamesTest {

    @TempDir
    Path tmp;

    private static final String CONCLUSION = """
            UỶ BAN NHÂN DÂN
            THÀNH PHỐ LẠNG SƠN
            Số: 15/TB-UBND
            Lạng Sơn, ngày 20 tháng 3 năm 2025
            THÔNG BÁO
            Kết luận phiên họp thường kỳ tháng 3 năm 2025

            1. Dự thảo Báo cáo kết quả giải phóng mặt bằng quý I/2025

            UBND thành phố cơ bản nhất trí với nội dung dự thảo Báo cáo kết quả giải phóng mặt bằng và tình hình triển khai các dự án trọng điểm quý I/2025.

            Yêu cầu Trung tâm Phát triển quỹ đất, phòng Quản lý đô thị tiếp tục đẩy nhanh tiến độ thực hiện một số nhiệm vụ cụ thể sau:

            - Hoàn thành hồ sơ giao đất khu chợ cũ trước ngày 30/4/2025.

            2. Dự thảo Báo cáo sơ kết công tác dân vận năm 2024

            UBND thành phố cơ bản nhất trí với nội dung dự thảo Báo cáo; giao Văn phòng HĐND và UBND thành phố tiếp thu ý kiến hoàn thiện báo cáo.

            3. Dự thảo Kế hoạch chuyển đổi số năm 2025

            4. Các nhiệm vụ khác

            4.1. Phòng Dân tộc và Tôn giáo:

            - Thực hiện tốt chính sách dân tộc và tôn giáo trên địa bàn.

            4.2. Các phòng, ban, cơ quan, đơn vị:

            Tổ chức thực hiện đảm bảo kế hoạch các dự án trọng điểm của thành phố trong quý II/2025.

            Duy trì tốt công tác chăm sóc sức khỏe ban đầu cho nhân dân.

            4.3. Thanh tra thành phố

            Thực hiện tốt công tác tiếp dân theo quy định. Giải quyết kịp thời các đơn thư khiếu nại,

            tố cáo phát sinh.

            Nơi nhận:
            - Như trên;
            """;

    @Test
    void bodiesEndWhereTheirVerbStartsAndNoVerbIsABody() throws Exception {
        Path portal = tmp.resolve("portal");
        new congkhai.output.SourceWriter().createSite(portal, SiteSkeleton.files("Cổng thử", LocalDate.of(2025, 1, 1), false));
        SiteConfig config = ConfigLoader.load(portal, new YamlReader()).value().orElseThrow();
        PlainTextImporter.Imported got = new PlainTextImporter(config).read(CONCLUSION);

        assertEquals(Map.of(
                "trung-tam-phat-trien-quy-dat", "Trung tâm Phát triển quỹ đất",
                "phong-quan-ly-do-thi", "Phòng Quản lý đô thị",
                "phong-dan-toc-va-ton-giao", "Phòng Dân tộc và Tôn giáo",
                "cac-phong-ban-co-quan-don-vi", "Các phòng, ban, cơ quan, đơn vị",
                "thanh-tra-thanh-pho", "Thanh tra thành phố"), got.proposed());
        assertEquals(List.of("Hoàn thành hồ sơ giao đất khu chợ cũ trước ngày 30/4/2025", "Tiếp thu ý kiến hoàn thiện báo cáo",
                        "Thực hiện tốt chính sách dân tộc và tôn giáo trên địa bàn",
                        "Tổ chức thực hiện đảm bảo kế hoạch các dự án trọng điểm của thành phố trong quý II/2025",
                        "Duy trì tốt công tác chăm sóc sức khỏe ban đầu cho nhân dân",
                        "Thực hiện tốt công tác tiếp dân theo quy định. Giải quyết kịp thời các đơn thư khiếu nại, tố cáo phát sinh"),
                got.tasks().stream().map(PlainTextImporter.ImportedTask::title).toList());
        assertEquals(List.of(
                List.of("trung-tam-phat-trien-quy-dat", "phong-quan-ly-do-thi"),
                List.of("van-phong"),
                List.of("phong-dan-toc-va-ton-giao"),
                List.of("cac-phong-ban-co-quan-don-vi"),
                List.of("cac-phong-ban-co-quan-don-vi"),
                List.of("thanh-tra-thanh-pho")), got.tasks().stream().map(PlainTextImporter.ImportedTask::leads).toList());
    }
}
