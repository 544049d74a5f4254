package congkhai.author;

import congkhai.base.Lang;
import congkhai.load.SiteLoader;
import congkhai.model.DocType;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * The files of a new portal: a config, one published sample record with a task, a README, and,
 * on request, a copy of the built-in theme to edit. Without that copy the site uses the theme
 * inside congkhai, and gets its fixes with each new version.
 */
public final class SiteSkeleton {

    private SiteSkeleton() {
    }

    /** The files, their comments and README in Vietnamese. */
    static Map<String, byte[]> files(String title, LocalDate today, boolean copyTheme) {
        return files(title, today, copyTheme, Lang.VI);
    }

    public static Map<String, byte[]> files(String title, LocalDate today, boolean copyTheme, Lang lang) {
        Map<String, String> text = new TreeMap<>();
        text.put("site-config.yml", lang == Lang.VI ? configVi(title) : config(title));
        text.put("README.md", lang == Lang.VI ? readmeVi(title) : readme(title));
        // the site, and what a build keeps beside it: the search index, a build's staging folder
        text.put(".gitignore", "/public/\n/.public.*/\n");
        text.put("content/" + RecordText.pathFor(DocType.PLAN, today.toString(), "Kế hoạch mẫu"), sampleRecord(today));
        Map<String, byte[]> files = new TreeMap<>();
        text.forEach((k, v) -> files.put(k, v.getBytes(StandardCharsets.UTF_8)));
        if (copyTheme) {
            SiteLoader.builtInThemeFiles().forEach((name, bytes) -> files.put(SiteLoader.TEMPLATES + "/" + name, bytes));
        }
        return files;
    }

    private static String config(String title) {
        return "# The portal's settings; every field is described in congkhai's docs/content-format.md.\n"
                + "title: " + RecordText.quote(title) + "\n"
                + "description: \"Văn bản và tiến độ thực hiện các nhiệm vụ được giao.\"\n"
                + "# The address the site is published at; links, feeds and the sitemap start with it.\n"
                + "base_url: \"https://congkhai.example.gov.vn/\"\n"
                + "language: vi\n"
                + "\n"
                + "agencies:\n"
                + "  - id: ubnd-tp\n"
                + "    name: \"Ủy ban nhân dân thành phố\"\n"
                + "  - id: van-phong\n"
                + "    name: \"Văn phòng HĐND và UBND thành phố\"\n"
                + "    parent: ubnd-tp\n"
                + "\n"
                + "topics:\n"
                + "  - id: cai-cach-hanh-chinh\n"
                + "    name: \"Cải cách hành chính\"\n";
    }

    private static String configVi(String title) {
        return "# Cấu hình của cổng; mọi trường được mô tả trong docs/content-format.md của congkhai.\n"
                + "title: " + RecordText.quote(title) + "\n"
                + "description: \"Văn bản và tiến độ thực hiện các nhiệm vụ được giao.\"\n"
                + "# Địa chỉ cổng được đăng tại đó; liên kết, nguồn tin (feed) và sơ đồ trang đều bắt đầu bằng địa chỉ này.\n"
                + "base_url: \"https://congkhai.example.gov.vn/\"\n"
                + "language: vi\n"
                + "\n"
                + "# Các cơ quan: mã (id) dùng trong issuer, lead, support của văn bản; name là tên hiển thị.\n"
                + "agencies:\n"
                + "  - id: ubnd-tp\n"
                + "    name: \"Ủy ban nhân dân thành phố\"\n"
                + "  - id: van-phong\n"
                + "    name: \"Văn phòng HĐND và UBND thành phố\"\n"
                + "    parent: ubnd-tp\n"
                + "\n"
                + "# Các chủ đề: mã dùng trong topics của văn bản.\n"
                + "topics:\n"
                + "  - id: cai-cach-hanh-chinh\n"
                + "    name: \"Cải cách hành chính\"\n";
    }

    private static String readmeVi(String title) {
        return "# " + title + "\n"
                + "\n"
                + "Cổng công khai thông tin, dựng bằng congkhai.\n"
                + "\n"
                + "```\n"
                + "site-config.yml   tên cổng, base_url, cơ quan (agencies), chủ đề (topics)\n"
                + "content/          bản ghi: văn bản (*.md), báo cáo tiến độ (*.yml), tệp đính kèm\n"
                + "templates/        không bắt buộc: mẫu giao diện và tệp riêng, thay từng tệp của giao diện có sẵn\n"
                + "```\n"
                + "\n"
                + "Chạy trong thư mục này (thay `congkhai.jar` bằng đường dẫn tới tệp jar):\n"
                + "\n"
                + "- `java -jar congkhai.jar serve`: xem trước tại http://localhost:8080/, tự tải lại khi sửa\n"
                + "- `java -jar congkhai.jar new ke-hoach \"Tên kế hoạch\"`: thêm một văn bản nháp\n"
                + "- `java -jar congkhai.jar import van-ban.txt`: chuyển văn bản thuần thành bản ghi nháp\n"
                + "- `java -jar congkhai.jar check`: kiểm tra mọi thứ `build` kiểm tra, thêm các liên kết; không ghi gì\n"
                + "- `java -jar congkhai.jar build`: dựng trang để đăng, vào `public/`\n";
    }

    private static String sampleRecord(LocalDate today) {
        return "---\n"
                + "type: plan\n"
                + "title: \"Kế hoạch mẫu: thay bằng văn bản đầu tiên của cổng\"\n"
                + "date: " + today + "\n"
                + "number: \"01/KH-UBND\"\n"
                + "issuer: ubnd-tp\n"
                + "signer: {name: \"Nguyễn Văn A\", position: \"Chủ tịch\"}\n"
                + "topics: [cai-cach-hanh-chinh]\n"
                + "tasks:\n"
                + "  - id: t1\n"
                + "    title: \"Công khai các văn bản chỉ đạo trên cổng thông tin\"\n"
                + "    lead: van-phong\n"
                + "    due: " + today.getYear() + "-12-31\n"
                + "---\n"
                + "\n"
                + "## Mục đích\n"
                + "\n"
                + "Đây là văn bản mẫu do `congkhai init` tạo. Sửa hoặc xóa tệp này, rồi thêm văn bản bằng\n"
                + "`congkhai new plan \"Tên kế hoạch\"` hoặc `congkhai import van-ban.txt`.\n";
    }

    private static String readme(String title) {
        return "# " + title + "\n"
                + "\n"
                + "A public transparency portal built with congkhai.\n"
                + "\n"
                + "```\n"
                + "site-config.yml   title, base_url, agencies, topics\n"
                + "content/          records: documents (*.md), progress updates (*.yml), attachments\n"
                + "templates/        optional: your own templates and assets, overriding the built-in theme file by file\n"
                + "```\n"
                + "\n"
                + "- `java -jar congkhai.jar serve`: preview at http://localhost:8080/, reloading as you edit\n"
                + "- `java -jar congkhai.jar new plan \"Tên kế hoạch\"`: a new draft record\n"
                + "- `java -jar congkhai.jar check`: everything `build` checks, plus links; writes nothing\n"
                + "- `java -jar congkhai.jar build`: the site, in `public/`\n";
    }
}
