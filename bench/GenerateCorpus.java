import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Writes a synthetic transparency portal for benchmarks: documents of every type with ~8 KB
 * Vietnamese administrative bodies, document numbers, references between documents and to outside
 * numbers, tasks with lead, support and deadlines, and progress updates.
 *
 * Numbers are given as offices give them: each issuer numbers its documents of a kind from 1 again
 * every year (the provincial bodies write 01–09 with a zero), the province's, the city's and the
 * districts' committees all write "/KH-UBND", and the provincial council's resolutions carry their
 * year ("12/2023/NQ-HĐND"). So one number is many documents, and records cite each other as real
 * documents do: with the date and issuer that say which one ("7/TB-UBND ngày 15/1/2021 của UBND
 * tỉnh", "năm 2023 của …", the mapping form), by record id, or bare where the number is the only one
 * of its kind; bodies write the same citations in prose, bare numbers among them.
 *
 * <pre>
 * java bench/GenerateCorpus.java --records N --seed S --out DIR [--flavour congkhai|hugo|jbake] [--body-kb K]
 * </pre>
 *
 * The same seed and record count give the same corpus, byte for byte, in every flavour. A record
 * here is one document; progress updates come on top (one file per document that has updates).
 * The hugo and jbake flavours carry the same documents in those tools' own content formats; their
 * templates and configuration are in bench/hugo and bench/jbake. Standalone on purpose (Java 17
 * single-file launch, JDK only) so it runs without building anything.
 */
public final class GenerateCorpus {

    static final LocalDate FIRST_DAY = LocalDate.of(2015, 1, 1);
    static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

    enum Type {
        RESOLUTION("resolution", "resolutions", "NQ", "nq", "Nghị quyết", 8),
        DECISION("decision", "decisions", "QĐ", "qd", "Quyết định", 24),
        CONCLUSION("conclusion", "conclusions", "TB", "kl", "Thông báo kết luận", 12),
        PLAN("plan", "plans", "KH", "kh", "Kế hoạch", 22),
        REPORT("report", "reports", "BC", "bc", "Báo cáo", 16),
        NOTICE("notice", "notices", "TB", "tb", "Thông báo", 10),
        NEWS("news", "news", "", "tin", "Tin", 8);

        final String code;
        final String folder;
        final String numberCode;
        final String slug;
        final String label;
        final int weight;

        Type(String code, String folder, String numberCode, String slug, String label, int weight) {
            this.code = code;
            this.folder = folder;
            this.numberCode = numberCode;
            this.slug = slug;
            this.label = label;
            this.weight = weight;
        }

        boolean assignsTasks() {
            return this == RESOLUTION || this == DECISION || this == CONCLUSION || this == PLAN;
        }
    }

    record Agency(String id, String name, String numberCode, String parent, boolean issues, String signerTitle) {
    }

    record Topic(String id, String name, String subject) {
    }

    /** What later documents need to know about an earlier one, decided before any body is written. */
    record Meta(int index, Type type, LocalDate date, int datePrecision, Agency issuer, String number, String id,
                boolean draft, List<String> topics) {
        String slug() {
            return id.substring(id.lastIndexOf('/') + 1);
        }

        String writtenDate() {
            return switch (datePrecision) {
                case 0 -> date.toString();
                case 1 -> date.toString().substring(0, 7);
                default -> date.toString().substring(0, 4);
            };
        }
    }

    record TaskSpec(String id, String title, List<String> lead, List<String> support, String due, String dueText,
                    String note) {
    }

    record Update(String taskId, LocalDate date, String status, Integer percent, String note, String evidence) {
    }

    /**
     * A reference: {@code text} as documents write it ("7/TB-UBND ngày 15/1/2021 của UBND tỉnh", or a
     * record id), {@code yaml} as congkhai's front matter holds it (quoted text or the mapping form),
     * {@code number} the plain number (null for a record id), {@code kind} the cited document's kind in
     * words ("Thông báo"), for prose.
     */
    record Ref(String text, String yaml, String number, String kind) {
    }

    record Doc(Meta meta, String title, String signerName, String signerPosition, List<Ref> refs,
               List<TaskSpec> tasks, List<Update> updates, String body) {
    }

    // ------------------------------------------------------------------ reference data

    static final List<Agency> AGENCIES = List.of(
            new Agency("ubnd-tinh", "Ủy ban nhân dân tỉnh Lạng Sơn", "UBND", null, true, "UBND tỉnh"),
            new Agency("hdnd-tinh", "Hội đồng nhân dân tỉnh Lạng Sơn", "HĐND", null, true, "HĐND tỉnh"),
            new Agency("so-xd", "Sở Xây dựng", "SXD", "ubnd-tinh", true, "Giám đốc Sở"),
            new Agency("so-tnmt", "Sở Tài nguyên và Môi trường", "STNMT", "ubnd-tinh", true, "Giám đốc Sở"),
            new Agency("so-khdt", "Sở Kế hoạch và Đầu tư", "SKHĐT", "ubnd-tinh", true, "Giám đốc Sở"),
            new Agency("so-tc", "Sở Tài chính", "STC", "ubnd-tinh", true, "Giám đốc Sở"),
            new Agency("so-nv", "Sở Nội vụ", "SNV", "ubnd-tinh", true, "Giám đốc Sở"),
            new Agency("so-gddt", "Sở Giáo dục và Đào tạo", "SGDĐT", "ubnd-tinh", true, "Giám đốc Sở"),
            new Agency("so-yt", "Sở Y tế", "SYT", "ubnd-tinh", true, "Giám đốc Sở"),
            new Agency("so-tttt", "Sở Thông tin và Truyền thông", "STTTT", "ubnd-tinh", true, "Giám đốc Sở"),
            new Agency("so-ct", "Sở Công Thương", "SCT", "ubnd-tinh", true, "Giám đốc Sở"),
            new Agency("so-nnptnt", "Sở Nông nghiệp và Phát triển nông thôn", "SNN", "ubnd-tinh", true, "Giám đốc Sở"),
            new Agency("so-gtvt", "Sở Giao thông vận tải", "SGTVT", "ubnd-tinh", true, "Giám đốc Sở"),
            new Agency("so-ldtbxh", "Sở Lao động - Thương binh và Xã hội", "SLĐTBXH", "ubnd-tinh", true, "Giám đốc Sở"),
            new Agency("so-vhttdl", "Sở Văn hóa, Thể thao và Du lịch", "SVHTTDL", "ubnd-tinh", true, "Giám đốc Sở"),
            new Agency("so-tp", "Sở Tư pháp", "STP", "ubnd-tinh", true, "Giám đốc Sở"),
            new Agency("thanh-tra-tinh", "Thanh tra tỉnh", "TTr", "ubnd-tinh", true, "Chánh Thanh tra"),
            new Agency("bql-kkt", "Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn", "BQLKKT", "ubnd-tinh", true, "Trưởng ban"),
            new Agency("ubnd-tp", "Ủy ban nhân dân thành phố Lạng Sơn", "UBND", "ubnd-tinh", true, "UBND thành phố"),
            new Agency("ubnd-cao-loc", "Ủy ban nhân dân huyện Cao Lộc", "UBND", "ubnd-tinh", true, "UBND huyện"),
            new Agency("ubnd-van-lang", "Ủy ban nhân dân huyện Văn Lãng", "UBND", "ubnd-tinh", true, "UBND huyện"),
            new Agency("ubnd-trang-dinh", "Ủy ban nhân dân huyện Tràng Định", "UBND", "ubnd-tinh", true, "UBND huyện"),
            new Agency("ubnd-binh-gia", "Ủy ban nhân dân huyện Bình Gia", "UBND", "ubnd-tinh", true, "UBND huyện"),
            new Agency("ubnd-van-quan", "Ủy ban nhân dân huyện Văn Quan", "UBND", "ubnd-tinh", true, "UBND huyện"),
            new Agency("ubnd-bac-son", "Ủy ban nhân dân huyện Bắc Sơn", "UBND", "ubnd-tinh", true, "UBND huyện"),
            new Agency("ubnd-huu-lung", "Ủy ban nhân dân huyện Hữu Lũng", "UBND", "ubnd-tinh", true, "UBND huyện"),
            new Agency("ubnd-chi-lang", "Ủy ban nhân dân huyện Chi Lăng", "UBND", "ubnd-tinh", true, "UBND huyện"),
            new Agency("ubnd-loc-binh", "Ủy ban nhân dân huyện Lộc Bình", "UBND", "ubnd-tinh", true, "UBND huyện"),
            new Agency("ubnd-dinh-lap", "Ủy ban nhân dân huyện Đình Lập", "UBND", "ubnd-tinh", true, "UBND huyện"),
            new Agency("phong-tckh", "Phòng Tài chính - Kế hoạch thành phố", null, "ubnd-tp", false, null),
            new Agency("phong-qldt", "Phòng Quản lý đô thị thành phố", null, "ubnd-tp", false, null),
            new Agency("phong-tnmt", "Phòng Tài nguyên và Môi trường thành phố", null, "ubnd-tp", false, null),
            new Agency("phong-vhtt", "Phòng Văn hóa và Thông tin thành phố", null, "ubnd-tp", false, null),
            new Agency("phong-gddt", "Phòng Giáo dục và Đào tạo thành phố", null, "ubnd-tp", false, null),
            new Agency("ttptqd-tp", "Trung tâm Phát triển quỹ đất thành phố", null, "ubnd-tp", false, null),
            new Agency("cong-an-tinh", "Công an tỉnh", null, "ubnd-tinh", false, null),
            new Agency("bo-chqs-tinh", "Bộ Chỉ huy Quân sự tỉnh", null, "ubnd-tinh", false, null),
            new Agency("mttq-tinh", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", null, null, false, null),
            new Agency("ubnd-phuong-xa", "UBND các phường, xã", null, "ubnd-tp", false, null),
            new Agency("cac-so-ban-nganh", "Các sở, ban, ngành", null, "ubnd-tinh", false, null),
            new Agency("ubnd-cac-huyen-tp", "UBND các huyện, thành phố", null, "ubnd-tinh", false, null));

    static final List<Topic> TOPICS = List.of(
            new Topic("quy-hoach-do-thi", "Quy hoạch - xây dựng - phát triển đô thị", "công tác quy hoạch, xây dựng và phát triển đô thị"),
            new Topic("dat-dai", "Đất đai - giải phóng mặt bằng", "công tác quản lý đất đai, bồi thường, giải phóng mặt bằng"),
            new Topic("kinh-te-xa-hoi", "Phát triển kinh tế - xã hội", "nhiệm vụ phát triển kinh tế - xã hội"),
            new Topic("dau-tu-cong", "Đầu tư công - hạ tầng", "kế hoạch đầu tư công và phát triển kết cấu hạ tầng"),
            new Topic("tai-chinh-ngan-sach", "Tài chính - ngân sách", "công tác thu, chi ngân sách nhà nước"),
            new Topic("van-hoa-xa-hoi", "Văn hóa - xã hội - giáo dục - y tế", "các lĩnh vực văn hóa, xã hội, giáo dục và y tế"),
            new Topic("moi-truong", "Tài nguyên - môi trường", "công tác bảo vệ môi trường và quản lý tài nguyên"),
            new Topic("cai-cach-hanh-chinh", "Cải cách hành chính - chuyển đổi số", "công tác cải cách hành chính và chuyển đổi số"),
            new Topic("quoc-phong-an-ninh", "Quốc phòng - an ninh - trật tự", "nhiệm vụ quốc phòng, an ninh, bảo đảm trật tự an toàn xã hội"),
            new Topic("dia-gioi-hanh-chinh", "Địa giới hành chính - sắp xếp đơn vị hành chính", "việc sắp xếp đơn vị hành chính cấp huyện, cấp xã"),
            new Topic("nong-nghiep-nong-thon", "Nông nghiệp - nông thôn mới", "chương trình mục tiêu quốc gia xây dựng nông thôn mới"),
            new Topic("kinh-te-cua-khau", "Kinh tế cửa khẩu - thương mại", "hoạt động xuất nhập khẩu qua các cửa khẩu"));

    static final String[] PLACES = {"thành phố Lạng Sơn", "huyện Cao Lộc", "huyện Văn Lãng", "huyện Tràng Định",
            "huyện Bình Gia", "huyện Văn Quan", "huyện Bắc Sơn", "huyện Hữu Lũng", "huyện Chi Lăng",
            "huyện Lộc Bình", "huyện Đình Lập", "phường Hoàng Văn Thụ", "phường Chi Lăng", "phường Đông Kinh",
            "phường Tam Thanh", "phường Vĩnh Trại", "xã Mai Pha", "xã Hoàng Đồng", "thị trấn Đồng Đăng",
            "thị trấn Na Sầm", "thị trấn Thất Khê", "cửa khẩu Hữu Nghị", "cửa khẩu Tân Thanh", "cửa khẩu Chi Ma"};

    static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vi", "Lương", "Nông", "Hà", "Đoàn",
            "Dương", "Lăng", "Mã", "Chu", "Triệu", "Lý", "Đinh", "Vũ", "Bế", "Hứa"};
    static final String[] MIDDLE = {"Văn", "Thị", "Trọng", "Đức", "Minh", "Quốc", "Thanh", "Hữu", "Xuân", "Thu",
            "Ngọc", "Công", "Bá", "Tiến", "Hồng"};
    static final String[] GIVEN = {"Quỳnh", "Hạnh", "Thắng", "Tuấn", "Hùng", "Hà", "Lan", "Dũng", "Nam", "Cường",
            "Bình", "Hải", "Long", "Hương", "Thủy", "Sơn", "Phong", "Toàn", "Khánh", "Linh", "Tâm", "Vinh"};
    static final String[] POSITIONS = {"Chủ tịch", "KT. Chủ tịch, Phó Chủ tịch", "TM. Ủy ban nhân dân, Chủ tịch",
            "Giám đốc", "KT. Giám đốc, Phó Giám đốc", "Chánh Văn phòng", "Trưởng ban"};

    static final String[] LEADS = {"Thực hiện", "Căn cứ", "Triển khai", "Theo chỉ đạo tại", "Nhằm cụ thể hóa",
            "Để tổ chức thực hiện hiệu quả", "Trên cơ sở"};
    static final String[] ACTORS = {"các sở, ban, ngành", "UBND các huyện, thành phố", "UBND các phường, xã",
            "các cơ quan, đơn vị", "các tổ chức chính trị - xã hội", "người đứng đầu các cơ quan, đơn vị",
            "cán bộ, công chức, viên chức", "Mặt trận Tổ quốc và các đoàn thể", "các doanh nghiệp trên địa bàn",
            "Văn phòng UBND tỉnh", "Sở Kế hoạch và Đầu tư", "Sở Tài chính", "Sở Xây dựng", "Công an tỉnh"};
    static final String[] VERBS = {"tăng cường", "đẩy mạnh", "tập trung chỉ đạo", "chủ động triển khai",
            "tiếp tục thực hiện", "nâng cao chất lượng", "rà soát, đánh giá", "kiểm tra, đôn đốc",
            "tổ chức thực hiện nghiêm túc", "quán triệt sâu sắc", "phối hợp chặt chẽ trong", "tháo gỡ khó khăn trong",
            "đổi mới phương thức", "huy động mọi nguồn lực cho"};
    static final String[] OBJECTS = {"công tác cải cách hành chính", "chuyển đổi số trong cơ quan nhà nước",
            "công tác giải phóng mặt bằng các dự án trọng điểm", "giải ngân vốn đầu tư công",
            "thu ngân sách nhà nước", "xây dựng nông thôn mới", "phát triển kinh tế cửa khẩu",
            "quản lý trật tự xây dựng đô thị", "bảo vệ môi trường và ứng phó biến đổi khí hậu",
            "phòng, chống tham nhũng, tiêu cực", "tiếp công dân, giải quyết khiếu nại, tố cáo",
            "phát triển du lịch gắn với bảo tồn di sản", "chăm sóc sức khỏe nhân dân", "đổi mới giáo dục phổ thông",
            "giảm nghèo bền vững", "thu hút đầu tư vào các khu, cụm công nghiệp", "quản lý, sử dụng tài sản công",
            "sắp xếp đơn vị hành chính cấp xã", "phòng cháy, chữa cháy và cứu nạn, cứu hộ",
            "bảo đảm an toàn giao thông", "cấp giấy chứng nhận quyền sử dụng đất", "thực hiện dịch vụ công trực tuyến"};
    static final String[] GOALS = {"bảo đảm đúng tiến độ, chất lượng và hiệu quả",
            "theo đúng quy định của pháp luật", "góp phần hoàn thành các chỉ tiêu kinh tế - xã hội năm",
            "tạo chuyển biến rõ nét trong nhận thức và hành động", "không để xảy ra tình trạng chậm trễ, kéo dài",
            "bảo đảm công khai, minh bạch", "nâng cao sự hài lòng của người dân và doanh nghiệp",
            "phù hợp với điều kiện thực tế của địa phương", "tránh hình thức, lãng phí",
            "gắn trách nhiệm của người đứng đầu với kết quả thực hiện"};
    static final String[] RESULTS = {"Tổng thu ngân sách nhà nước trên địa bàn ước đạt", "Giá trị sản xuất công nghiệp ước đạt",
            "Kim ngạch xuất nhập khẩu qua các cửa khẩu ước đạt", "Tổng vốn đầu tư công đã giải ngân đạt",
            "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng ước đạt", "Giá trị sản xuất nông, lâm nghiệp ước đạt"};
    static final String[] DIFFICULTIES = {"Tiến độ giải phóng mặt bằng một số dự án còn chậm",
            "Việc giải ngân vốn đầu tư công chưa đạt kế hoạch đề ra",
            "Một số cơ quan, đơn vị chưa quyết liệt trong chỉ đạo, điều hành",
            "Nguồn lực đầu tư còn hạn chế, chưa đáp ứng yêu cầu",
            "Công tác phối hợp giữa các cơ quan có lúc chưa chặt chẽ",
            "Hồ sơ thủ tục hành chính trực tuyến toàn trình còn thấp",
            "Tình trạng vi phạm trật tự xây dựng vẫn còn xảy ra ở một số địa bàn"};
    static final String[] TASK_TITLES = {"Xây dựng kế hoạch chi tiết triển khai", "Tổ chức kiểm tra, rà soát",
            "Hoàn thành việc lập hồ sơ", "Tham mưu UBND tỉnh ban hành quy định về", "Đôn đốc, hướng dẫn thực hiện",
            "Tổng hợp, báo cáo kết quả thực hiện", "Bố trí kinh phí thực hiện", "Tuyên truyền, phổ biến rộng rãi về",
            "Hoàn thành giải phóng mặt bằng phục vụ", "Đánh giá, sơ kết việc thực hiện", "Xây dựng cơ sở dữ liệu về",
            "Kiện toàn tổ chức bộ máy thực hiện"};
    static final String[] NOTES_STARTED = {"Đã ban hành văn bản hướng dẫn các đơn vị triển khai.",
            "Đang tổng hợp số liệu từ các huyện, thành phố.", "Đã hoàn thành kiểm tra tại %d/11 huyện, thành phố.",
            "Đã trình UBND tỉnh xem xét, phê duyệt.", "Đã tổ chức hội nghị triển khai với %d0 đại biểu tham dự."};
    static final String[] NOTES_WAITING = {"Chưa bố trí được kinh phí, đang đề xuất bổ sung.",
            "Đang chờ hướng dẫn của bộ, ngành Trung ương.", "Chưa triển khai do vướng mắc về mặt bằng tại %d vị trí."};
    static final String[] NOTES_DONE = {"Hoàn thành, đã báo cáo UBND tỉnh.",
            "Đã hoàn thành và bàn giao đưa vào sử dụng.", "Hoàn thành %d/%<d hạng mục theo kế hoạch."};
    static final String[] NOTES_CANCELLED = {"Nhiệm vụ không còn phù hợp do thay đổi quy định của Trung ương.",
            "Dừng thực hiện theo chỉ đạo của UBND tỉnh, nội dung được lồng ghép vào nhiệm vụ khác."};
    static final String[] OUTSIDE_CODES = {"NQ-CP", "NQ/TW", "CT-TTg", "QĐ-TTg", "NĐ-CP", "KL/TW", "NQ/TU", "CT/TU",
            "TT-BTC", "TT-BTNMT", "QĐ-BXD", "CTr/TU"};

    // ------------------------------------------------------------------ options

    public static void main(String[] args) throws IOException {
        int records = -1;
        long seed = 1;
        Path out = null;
        String flavour = "congkhai";
        int bodyKb = 8;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--records" -> records = Integer.parseInt(require(value, "--records"));
                case "--seed" -> seed = Long.parseLong(require(value, "--seed"));
                case "--out" -> out = Path.of(require(value, "--out"));
                case "--flavour" -> flavour = require(value, "--flavour");
                case "--body-kb" -> bodyKb = Integer.parseInt(require(value, "--body-kb"));
                default -> usage("unknown option " + args[i]);
            }
            i++;
        }
        if (records < 1 || out == null) {
            usage("--records N (at least 1) and --out DIR are required");
        }
        if (!Set.of("congkhai", "hugo", "jbake").contains(flavour)) {
            usage("--flavour must be congkhai, hugo or jbake");
        }
        if (Files.exists(out) && Files.list(out).findAny().isPresent()) {
            usage(out + " exists and is not empty; pick a new folder");
        }
        long start = System.nanoTime();
        List<Meta> metas = plan(records, seed);
        Writer writer = switch (flavour) {
            case "hugo" -> new HugoWriter(out);
            case "jbake" -> new JBakeWriter(out);
            default -> new CongkhaiWriter(out);
        };
        writer.start();
        long finalSeed = seed;
        int bodyBytes = bodyKb * 1024;
        Map<String, List<Meta>> numbered = numbered(metas);
        long bytes = IntStream.range(0, records).parallel()
                .mapToLong(i -> writer.write(compose(metas, numbered, metas.get(i), finalSeed, bodyBytes)))
                .sum();
        System.out.printf(Locale.ROOT, "wrote %d documents (%d bytes of records) as %s to %s in %.1f s%n",
                records, bytes, flavour, out, (System.nanoTime() - start) / 1e9);
    }

    static String require(String value, String option) {
        if (value == null) {
            usage(option + " needs a value");
        }
        return value;
    }

    static void usage(String message) {
        System.err.println("error: " + message);
        System.err.println("usage: java bench/GenerateCorpus.java --records N --seed S --out DIR"
                + " [--flavour congkhai|hugo|jbake] [--body-kb K]");
        System.exit(2);
    }

    // ------------------------------------------------------------------ planning: who, when, which number

    static SplittableRandom random(long seed, long stream) {
        long mixed = seed * 0x9E3779B97F4A7C15L + stream * 0xBF58476D1CE4E5B9L;
        return new SplittableRandom(mixed ^ (mixed >>> 31));
    }

    static List<Meta> plan(int records, long seed) {
        SplittableRandom random = random(seed, -1);
        List<Agency> issuers = AGENCIES.stream().filter(Agency::issues).toList();
        long span = AS_OF.toEpochDay() - FIRST_DAY.toEpochDay();
        Map<String, Integer> sequence = new HashMap<>();
        List<Meta> metas = new ArrayList<>(records);
        for (int i = 0; i < records; i++) {
            Type type = pickType(random);
            Agency issuer = type == Type.RESOLUTION && random.nextInt(3) == 0 ? issuers.get(1)
                    : random.nextInt(3) == 0 ? issuers.get(0) : issuers.get(random.nextInt(issuers.size()));
            LocalDate date = FIRST_DAY.plusDays(span * i / records + random.nextInt(3));
            if (date.isAfter(AS_OF)) {
                date = AS_OF;
            }
            int roll = random.nextInt(100);
            int precision = roll < 2 ? 1 : roll < 3 ? 2 : 0;
            LocalDate sortDay = precision == 1 ? date.withDayOfMonth(1) : precision == 2 ? date.withDayOfYear(1) : date;
            String number = "";
            if (type != Type.NEWS && random.nextInt(50) != 0) {
                // one sequence per issuer, kind and year, from 1 each 1 January (Decree 30/2020/NĐ-CP)
                int n = sequence.merge(issuer.id() + "|" + date.getYear() + "|" + type.numberCode, 1, Integer::sum);
                boolean provincial = !issuer.id().startsWith("ubnd-") || issuer.id().equals("ubnd-tinh");
                String serial = provincial && n < 10 ? "0" + n : Integer.toString(n);
                number = type == Type.RESOLUTION && issuer.id().equals("hdnd-tinh")
                        ? serial + "/" + date.getYear() + "/NQ-HĐND" : serial + "/" + type.numberCode + "-" + issuer.numberCode;
            }
            String datePart = switch (precision) {
                case 1 -> sortDay.toString().substring(0, 7);
                case 2 -> sortDay.toString().substring(0, 4);
                default -> sortDay.toString();
            };
            String slug = datePart + "-" + type.slug + "-" + issuer.id().replace("ubnd-", "") + "-" + (i + 1);
            String id = type.folder + "/" + date.getYear() + "/" + slug;
            boolean draft = random.nextInt(200) == 0;
            List<String> topics = new ArrayList<>(pickDistinct(random, TOPICS.size(), 1 + random.nextInt(3)).stream()
                    .map(t -> TOPICS.get(t).id()).toList());
            metas.add(new Meta(i, type, sortDay, precision, issuer, number, id, draft, topics));
        }
        return metas;
    }

    static Type pickType(SplittableRandom random) {
        int total = 0;
        for (Type t : Type.values()) {
            total += t.weight;
        }
        int roll = random.nextInt(total);
        for (Type t : Type.values()) {
            roll -= t.weight;
            if (roll < 0) {
                return t;
            }
        }
        throw new AssertionError();
    }

    static List<Integer> pickDistinct(SplittableRandom random, int bound, int count) {
        Set<Integer> picked = new LinkedHashSet<>();
        while (picked.size() < Math.min(count, bound)) {
            picked.add(random.nextInt(bound));
        }
        return new ArrayList<>(picked);
    }

    static <T> T pick(SplittableRandom random, T[] from) {
        return from[random.nextInt(from.length)];
    }

    static <T> T pick(SplittableRandom random, List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    // ------------------------------------------------------------------ one document

    static Doc compose(List<Meta> metas, Map<String, List<Meta>> numbered, Meta meta, long seed, int bodyBytes) {
        SplittableRandom random = random(seed, meta.index());
        Topic topic = TOPICS.stream().filter(t -> t.id().equals(meta.topics().get(0))).findFirst().orElseThrow();
        String place = pick(random, PLACES);
        int year = meta.date().getYear();
        String title = switch (meta.type()) {
            case RESOLUTION -> "Nghị quyết về " + topic.subject() + " trên địa bàn tỉnh giai đoạn " + year + " - " + (year + 5);
            case DECISION -> pick(random, new String[]{"Quyết định phê duyệt ", "Quyết định ban hành quy chế về ",
                    "Quyết định giao chỉ tiêu "}) + topic.subject() + " tại " + place;
            case CONCLUSION -> "Kết luận của Chủ tịch tại cuộc họp về " + topic.subject() + " tháng " + meta.date().getMonthValue() + "/" + year;
            case PLAN -> "Kế hoạch triển khai " + pick(random, OBJECTS) + " gắn với " + topic.subject() + " năm " + year;
            case REPORT -> "Báo cáo kết quả thực hiện " + topic.subject() + (meta.date().getMonthValue() > 6 ? " năm " : " 6 tháng đầu năm ") + year;
            case NOTICE -> "Thông báo về việc " + pick(random, OBJECTS) + " tại " + place;
            case NEWS -> capitalise(place) + " " + pick(random, VERBS) + " " + pick(random, OBJECTS);
        };
        String signerName = pick(random, FAMILY) + " " + pick(random, MIDDLE) + " " + pick(random, GIVEN);
        String position = meta.issuer().signerTitle() == null ? pick(random, POSITIONS)
                : pick(random, new String[]{"KT. Chủ tịch, Phó Chủ tịch ", "Chủ tịch ", "TM. "}) + meta.issuer().signerTitle();

        List<Ref> refs = new ArrayList<>();
        List<String> citedIds = new ArrayList<>();
        int internal = meta.index() == 0 ? 0 : random.nextInt(5);
        for (int r = 0; r < internal; r++) {
            Meta cited = metas.get(Math.max(0, meta.index() - 1 - random.nextInt(Math.min(meta.index(), 2000))));
            if (cited.draft() || citedIds.contains(cited.id())) {
                continue;
            }
            citedIds.add(cited.id());
            refs.add(cite(cited, numbered, random, true));
        }
        int outside = random.nextInt(4);
        for (int r = 0; r < outside; r++) {
            Ref ref = outsideRef(random);
            if (refs.stream().noneMatch(o -> o.text().equals(ref.text()))) {
                refs.add(ref);
            }
        }

        List<TaskSpec> tasks = new ArrayList<>();
        List<Update> updates = new ArrayList<>();
        if (meta.type().assignsTasks()) {
            int count = meta.type() == Type.PLAN ? 3 + random.nextInt(10) : 1 + random.nextInt(5);
            for (int t = 1; t <= count; t++) {
                TaskSpec task = task(random, meta, t);
                tasks.add(task);
                updates.addAll(updates(random, metas, numbered, meta, task));
            }
        }
        String body = body(random, meta, topic, place, refs, tasks, bodyBytes);
        return new Doc(meta, title, signerName, position, refs, tasks, updates, body);
    }

    /** A document of a body outside the portal: bare, or with the date and issuer its citation gives. */
    static Ref outsideRef(SplittableRandom random) {
        String code = pick(random, OUTSIDE_CODES);
        int n = 1 + random.nextInt(180);
        int year = 2010 + random.nextInt(15);
        String number;
        if (code.contains("/")) {
            number = n + "-" + code;
        } else if (code.startsWith("NĐ") || code.startsWith("TT")) {
            number = n + "/" + year + "/" + code;
        } else {
            number = n + "/" + code;
        }
        String kind = code.startsWith("NQ") ? "Nghị quyết" : code.startsWith("CTr") ? "Chương trình hành động"
                : code.startsWith("CT") ? "Chỉ thị" : code.startsWith("QĐ") ? "Quyết định" : code.startsWith("NĐ") ? "Nghị định"
                : code.startsWith("TT") ? "Thông tư" : "Kết luận";
        String body = code.endsWith("CP") ? "Chính phủ" : code.endsWith("TTg") ? "Thủ tướng Chính phủ"
                : code.endsWith("TW") ? "Bộ Chính trị" : code.endsWith("TU") ? "Ban Thường vụ Tỉnh ủy"
                : code.endsWith("BTC") ? "Bộ Tài chính" : code.endsWith("BTNMT") ? "Bộ Tài nguyên và Môi trường" : "Bộ Xây dựng";
        String text = random.nextBoolean() ? number
                : number + " ngày " + (1 + random.nextInt(28)) + "/" + (1 + random.nextInt(12)) + "/" + year + " của " + body;
        return new Ref(text, quoted(text), number, kind);
    }

    // ------------------------------------------------------------------ citations between records

    /** The form under which congkhai compares numbers: case, Đ/D and leading zeros aside. */
    static String numberKey(String number) {
        String folded = java.text.Normalizer.normalize(number.replace('Đ', 'D').replace('đ', 'd'), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "").toUpperCase(Locale.ROOT);
        return folded.replaceAll("(?<![0-9])0+(?=[0-9])", "");
    }

    /** Published records with a number, by key. */
    static Map<String, List<Meta>> numbered(List<Meta> metas) {
        Map<String, List<Meta>> byKey = new HashMap<>();
        for (Meta m : metas) {
            if (!m.draft() && !m.number().isEmpty()) {
                byKey.computeIfAbsent(numberKey(m.number()), k -> new ArrayList<>()).add(m);
            }
        }
        return byKey;
    }

    static LocalDate lastDay(Meta m) {
        return switch (m.datePrecision()) {
            case 1 -> m.date().withDayOfMonth(m.date().lengthOfMonth());
            case 2 -> m.date().withDayOfYear(m.date().lengthOfYear());
            default -> m.date();
        };
    }

    /**
     * How many published records a citation could mean, by congkhai's rules (docs/content-format.md
     * §8): same number, the issuer it names, the year it gives (unless the number carries its own),
     * then the records whose date agrees with its day or month, the one dated that very day first.
     */
    static int candidates(Map<String, List<Meta>> numbered, String number, LocalDate first, LocalDate last, boolean day,
                          String issuer) {
        List<Meta> found = new ArrayList<>(numbered.getOrDefault(numberKey(number), List.of()));
        if (issuer != null) {
            found.removeIf(m -> !m.issuer().id().equals(issuer));
        }
        if (first != null) {
            if (!number.matches("^\\d+/\\d{4}/.*")) {
                found.removeIf(m -> m.date().getYear() != first.getYear());
            }
            if (found.size() > 1) {
                List<Meta> agreeing = found.stream().filter(m -> !m.date().isAfter(last) && !first.isAfter(lastDay(m))).toList();
                List<Meta> exact = day ? agreeing.stream().filter(m -> m.datePrecision() == 0 && m.date().equals(first)).toList() : List.of();
                found = exact.size() == 1 ? exact : agreeing.isEmpty() ? found : agreeing;
            }
        }
        return found.size();
    }

    /** How documents name an issuer after "của". */
    static String issuerPhrase(Agency a, SplittableRandom random) {
        return switch (a.id()) {
            case "ubnd-tinh" -> pick(random, new String[]{"UBND tỉnh", "UBND tỉnh Lạng Sơn", "Ủy ban nhân dân tỉnh Lạng Sơn"});
            case "ubnd-tp" -> pick(random, new String[]{"UBND thành phố", "UBND TP Lạng Sơn", "Ủy ban nhân dân thành phố Lạng Sơn"});
            case "hdnd-tinh" -> pick(random, new String[]{"HĐND tỉnh", "Hội đồng nhân dân tỉnh Lạng Sơn"});
            default -> a.id().startsWith("ubnd-") ? "UBND " + a.name().substring("Ủy ban nhân dân ".length()) : a.name();
        };
    }

    /**
     * A citation of an earlier record, in one of the ways documents write them. A form that would
     * leave congkhai unsure which record it is falls back to the date and the issuer, which always
     * say (a number is given once a year by an issuer).
     */
    static Ref cite(Meta c, Map<String, List<Meta>> numbered, SplittableRandom random, boolean mappingAllowed) {
        String kind = c.type().label;
        if (c.number().isEmpty() || random.nextInt(8) == 0) {
            return new Ref(c.id(), quoted(c.id()), null, kind);
        }
        // offices that write 01-09 are often cited without the zero
        String number = random.nextInt(3) == 0 ? c.number().replaceFirst("^0(?=[0-9])", "") : c.number();
        LocalDate d = c.date();
        int year = d.getYear();
        String exactDate = switch (c.datePrecision()) {
            case 1 -> "tháng " + d.getMonthValue() + "/" + year;
            case 2 -> "năm " + year;
            default -> "ngày " + d.getDayOfMonth() + "/" + d.getMonthValue() + "/" + year;
        };
        String of = " của " + issuerPhrase(c.issuer(), random);
        boolean day = c.datePrecision() == 0;
        int form = random.nextInt(mappingAllowed ? 7 : 6);
        String text = null;
        switch (form) {
            case 1 -> {
                if (day && candidates(numbered, number, d, d, true, null) == 1) {
                    text = number + ", ngày " + String.format(Locale.ROOT, "%02d/%02d/%d", d.getDayOfMonth(), d.getMonthValue(), year);
                }
            }
            case 2 -> {
                if (day && candidates(numbered, number, d, d, true, null) == 1) {
                    text = number + " ngày " + d.getDayOfMonth() + " tháng " + d.getMonthValue() + " năm " + year;
                }
            }
            case 3 -> {
                if (candidates(numbered, number, d.withDayOfYear(1), d.withDayOfYear(d.lengthOfYear()), false, c.issuer().id()) == 1) {
                    text = number + " năm " + year + of;
                }
            }
            case 4 -> {
                if (day && candidates(numbered, number, d, d, true, null) == 1) {
                    text = number + " " + d.getDayOfMonth() + "-" + d.getMonthValue() + "-" + year;
                }
            }
            case 5 -> {
                if (candidates(numbered, number, null, null, false, null) == 1) {
                    text = number;
                }
            }
            case 6 -> {
                return new Ref(number + " " + exactDate + of, "{number: " + quoted(number) + ", date: "
                        + c.writtenDate() + ", issuer: " + c.issuer().id() + "}", number, kind);
            }
            default -> {
            }
        }
        if (text == null) {
            text = number + " " + exactDate + of;
        }
        return new Ref(text, quoted(random.nextInt(4) == 0 ? kind + " số " + text : text), number, kind);
    }

    static TaskSpec task(SplittableRandom random, Meta meta, int t) {
        List<Agency> all = AGENCIES;
        List<String> lead = new ArrayList<>();
        lead.add(pick(random, all).id());
        if (random.nextInt(8) == 0) {
            String second = pick(random, all).id();
            if (!lead.contains(second)) {
                lead.add(second);
            }
        }
        List<String> support = new ArrayList<>();
        int supports = random.nextInt(4);
        for (int s = 0; s < supports; s++) {
            String id = pick(random, all).id();
            if (!lead.contains(id) && !support.contains(id)) {
                support.add(id);
            }
        }
        LocalDate base = meta.date().plusDays(15 + random.nextInt(540));
        String due;
        String dueText = null;
        int kind = random.nextInt(10);
        if (kind < 5) {
            due = base.toString();
            if (random.nextInt(3) == 0) {
                dueText = "Trước ngày " + base.getDayOfMonth() + "/" + base.getMonthValue() + "/" + base.getYear();
            }
        } else if (kind < 7) {
            due = base.toString().substring(0, 7);
            dueText = random.nextBoolean() ? "Trong tháng " + base.getMonthValue() + "/" + base.getYear() : null;
        } else if (kind == 7) {
            due = base.getYear() + "-Q" + ((base.getMonthValue() + 2) / 3);
            dueText = "Quý " + ((base.getMonthValue() + 2) / 3) + " năm " + base.getYear();
        } else if (kind == 8) {
            due = String.valueOf(base.getYear());
            dueText = "Trong năm " + base.getYear();
        } else {
            due = null;
        }
        String title = pick(random, TASK_TITLES) + " " + pick(random, OBJECTS) + " tại " + pick(random, PLACES);
        String note = random.nextInt(3) == 0 ? capitalise(pick(random, VERBS)) + " " + pick(random, OBJECTS) + ", "
                + pick(random, GOALS) + "." : null;
        return new TaskSpec("t" + t, title, lead, support, due, dueText, note);
    }

    static List<Update> updates(SplittableRandom random, List<Meta> metas, Map<String, List<Meta>> numbered, Meta meta, TaskSpec task) {
        if (random.nextInt(10) < 4) {
            return List.of();
        }
        List<Update> list = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        LocalDate day = meta.date();
        int percent = 0;
        for (int u = 0; u < count; u++) {
            day = day.plusDays(10 + random.nextInt(120));
            boolean last = u == count - 1;
            String status;
            int roll = random.nextInt(20);
            if (last && roll < 8) {
                status = "done";
                percent = 100;
            } else if (last && roll == 8) {
                status = "cancelled";
            } else if (roll == 9) {
                status = "not_started";
                percent = 0;
            } else {
                status = "in_progress";
                percent = Math.min(95, percent + 10 + random.nextInt(40));
            }
            String[] notes = switch (status) {
                case "done" -> NOTES_DONE;
                case "cancelled" -> NOTES_CANCELLED;
                case "not_started" -> NOTES_WAITING;
                default -> NOTES_STARTED;
            };
            String note = String.format(Locale.ROOT, pick(random, notes), 1 + random.nextInt(11));
            String evidence = null;
            if (random.nextInt(4) == 0) {
                Meta cited = metas.get(random.nextInt(metas.size()));
                if (!cited.draft() && cited.index() != meta.index()) {
                    evidence = cite(cited, numbered, random, false).text();
                }
            }
            Integer shown = status.equals("cancelled") || random.nextInt(10) == 0 ? null : percent;
            list.add(new Update(task.id(), day, status, shown, note, evidence));
        }
        return list;
    }

    static String capitalise(String text) {
        return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"};

    static String body(SplittableRandom random, Meta meta, Topic topic, String place, List<Ref> refs,
                       List<TaskSpec> tasks, int bodyBytes) {
        StringBuilder out = new StringBuilder(bodyBytes + 2048);
        int year = meta.date().getYear();
        out.append(pick(random, LEADS)).append(' ');
        List<Ref> cited = refs.stream().filter(r -> r.number() != null).toList();
        // documents cite in prose as in their refs: "Kế hoạch số 122/KH-UBND ngày 27/5/2023 của UBND tỉnh; Thông báo số …"
        out.append(cited.isEmpty() ? refs.isEmpty() ? "chỉ đạo của cấp trên" : "các văn bản liên quan"
                : String.join("; ", cited.stream().map(r -> r.kind() + " số " + r.text()).toList()));
        out.append("; ").append(meta.issuer().name()).append(' ')
                .append(switch (meta.type()) {
                    case RESOLUTION -> "quyết nghị";
                    case DECISION -> "quyết định";
                    case CONCLUSION -> "thông báo kết luận";
                    case PLAN -> "ban hành kế hoạch thực hiện";
                    case REPORT -> "báo cáo kết quả";
                    case NOTICE -> "thông báo";
                    case NEWS -> "đưa tin về";
                }).append(' ').append(topic.subject()).append(" như sau:\n\n");
        String[] headings = switch (meta.type()) {
            case PLAN -> new String[]{"MỤC ĐÍCH, YÊU CẦU", "NHIỆM VỤ, GIẢI PHÁP", "KINH PHÍ THỰC HIỆN", "TỔ CHỨC THỰC HIỆN"};
            case REPORT -> new String[]{"KẾT QUẢ ĐẠT ĐƯỢC", "TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN", "NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM", "KIẾN NGHỊ, ĐỀ XUẤT"};
            case CONCLUSION -> new String[]{"ĐÁNH GIÁ CHUNG", "NHIỆM VỤ TRONG THỜI GIAN TỚI", "GIAO NHIỆM VỤ CỤ THỂ"};
            case RESOLUTION -> new String[]{"MỤC TIÊU", "CHỈ TIÊU CHỦ YẾU", "NHIỆM VỤ, GIẢI PHÁP", "TỔ CHỨC THỰC HIỆN"};
            case DECISION -> new String[]{"Điều 1", "Điều 2", "Điều 3"};
            case NOTICE -> new String[]{"NỘI DUNG THÔNG BÁO", "TỔ CHỨC THỰC HIỆN"};
            case NEWS -> new String[]{"Kết quả nổi bật", "Khó khăn, vướng mắc", "Thời gian tới"};
        };
        int section = 0;
        int taskShown = 0;
        while (utf8Length(out) < bodyBytes - 1700) {
            String heading = headings[section % headings.length];
            String prefix = meta.type() == Type.DECISION || meta.type() == Type.NEWS ? "" : ROMAN[section % ROMAN.length] + ". ";
            out.append("## ").append(prefix).append(heading);
            if (section >= headings.length) {
                out.append(" (tiếp theo)");
            }
            out.append("\n\n");
            int paragraphs = 1 + random.nextInt(3);
            for (int p = 0; p < paragraphs; p++) {
                paragraph(random, out, place, year);
            }
            int shape = random.nextInt(6);
            if (shape < 3) {
                for (int item = 1; item <= 3 + random.nextInt(4); item++) {
                    out.append(item).append(". ").append(capitalise(pick(random, VERBS))).append(' ')
                            .append(pick(random, OBJECTS)).append("; ").append(pick(random, GOALS)).append(".\n");
                }
                out.append('\n');
            } else if (shape == 3) {
                out.append("| Chỉ tiêu | Kế hoạch | Thực hiện | Tỷ lệ (%) |\n|---|---:|---:|---:|\n");
                for (int row = 0; row < 3 + random.nextInt(4); row++) {
                    int planned = 100 + random.nextInt(9900);
                    int done = planned * (50 + random.nextInt(70)) / 100;
                    out.append("| ").append(pick(random, RESULTS).replace(" ước đạt", "").replace(" đã giải ngân đạt", ""))
                            .append(" (tỷ đồng) | ").append(grouped(planned)).append(" | ").append(grouped(done))
                            .append(" | ").append(done * 100 / planned).append(" |\n");
                }
                out.append('\n');
            } else if (shape == 4 && taskShown < tasks.size()) {
                TaskSpec task = tasks.get(taskShown++);
                out.append("### ").append(capitalise(task.title())).append("\n\n");
                out.append("- Cơ quan chủ trì: ").append(name(task.lead().get(0))).append("\n");
                if (!task.support().isEmpty()) {
                    out.append("- Cơ quan phối hợp: ").append(String.join(", ", task.support().stream().map(GenerateCorpus::name).toList())).append("\n");
                }
                out.append("- Thời hạn: ").append(task.dueText() != null ? task.dueText()
                        : task.due() != null ? task.due() : "Thường xuyên").append("\n\n");
            } else {
                out.append("> ").append(pick(random, DIFFICULTIES)).append("; ").append(pick(random, ACTORS))
                        .append(" cần ").append(pick(random, VERBS)).append(' ').append(pick(random, OBJECTS))
                        .append(".\n\n");
            }
            section++;
        }
        if (!cited.isEmpty()) {
            // a bare number, as bodies also write them: several documents may carry it
            Ref bare = cited.get(random.nextInt(cited.size()));
            out.append("Các nội dung tại ").append(bare.kind().toLowerCase(Locale.ROOT)).append(" số ").append(bare.number())
                    .append(" tiếp tục được thực hiện.\n\n");
        }
        out.append("Trên đây là ").append(meta.type().label.toLowerCase(Locale.ROOT)).append(" của ")
                .append(meta.issuer().name()).append(". Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, ")
                .append("các cơ quan, đơn vị kịp thời báo cáo về ").append(meta.issuer().name())
                .append(" (qua Văn phòng) để xem xét, giải quyết./.\n");
        return out.toString();
    }

    static int utf8Length(CharSequence text) {
        int bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
        }
        return bytes;
    }

    static void paragraph(SplittableRandom random, StringBuilder out, String place, int year) {
        int sentences = 3 + random.nextInt(4);
        for (int s = 0; s < sentences; s++) {
            switch (random.nextInt(4)) {
                case 0 -> out.append(capitalise(pick(random, ACTORS))).append(' ').append(pick(random, VERBS)).append(' ')
                        .append(pick(random, OBJECTS)).append(" trên địa bàn ").append(place).append(", ")
                        .append(pick(random, GOALS)).append(". ");
                case 1 -> out.append(pick(random, RESULTS)).append(' ').append(grouped(50 + random.nextInt(20000)))
                        .append(" tỷ đồng, bằng ").append(60 + random.nextInt(60)).append(',').append(random.nextInt(10))
                        .append("% kế hoạch năm ").append(year).append(", tăng ").append(1 + random.nextInt(25))
                        .append("% so với cùng kỳ. ");
                case 2 -> out.append(pick(random, DIFFICULTIES)).append("; nguyên nhân chủ yếu do ")
                        .append(pick(random, ACTORS)).append(" chưa ").append(pick(random, VERBS)).append(' ')
                        .append(pick(random, OBJECTS)).append(". ");
                default -> out.append("Giao ").append(pick(random, ACTORS)).append(" chủ trì, phối hợp với ")
                        .append(pick(random, ACTORS)).append(' ').append(pick(random, VERBS)).append(' ')
                        .append(pick(random, OBJECTS)).append("; hoàn thành trước ngày ")
                        .append(1 + random.nextInt(28)).append('/').append(1 + random.nextInt(12)).append('/')
                        .append(year + 1).append(". ");
            }
        }
        out.setLength(out.length() - 1);
        out.append("\n\n");
    }

    static String grouped(int value) {
        return String.format(Locale.ROOT, "%,d", value).replace(',', '.');
    }

    static String name(String agencyId) {
        return AGENCIES.stream().filter(a -> a.id().equals(agencyId)).findFirst().orElseThrow().name();
    }

    // ------------------------------------------------------------------ writing

    static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    static String list(List<String> items) {
        return "[" + String.join(", ", items.stream().map(GenerateCorpus::quoted).toList()) + "]";
    }

    abstract static class Writer {
        final Path root;

        Writer(Path root) {
            this.root = root;
        }

        abstract void start() throws IOException;

        /** Writes one document (and its progress updates) and returns the bytes written. */
        abstract long write(Doc doc);

        long put(String relative, String text) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            Path file = root.resolve(relative);
            try {
                Files.createDirectories(file.getParent());
                Files.write(file, bytes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return bytes.length;
        }
    }

    /** congkhai's own format: docs/content-format.md. */
    static final class CongkhaiWriter extends Writer {
        CongkhaiWriter(Path root) {
            super(root);
        }

        @Override
        void start() {
            StringBuilder config = new StringBuilder();
            config.append("# Synthetic portal written by bench/GenerateCorpus.java for benchmarks.\n")
                    .append("title: \"Cổng công khai thông tin tỉnh Lạng Sơn (dữ liệu thử)\"\n")
                    .append("description: \"Văn bản và tiến độ thực hiện nhiệm vụ, dữ liệu sinh tự động để đo hiệu năng.\"\n")
                    .append("base_url: \"https://congkhai.example/\"\n")
                    .append("language: vi\n")
                    .append("as_of: ").append(AS_OF).append('\n')
                    .append("page_size: 20\n")
                    .append("agencies:\n");
            for (Agency a : AGENCIES) {
                config.append("  - id: ").append(a.id()).append("\n    name: ").append(quoted(a.name())).append('\n');
                if (a.parent() != null) {
                    config.append("    parent: ").append(a.parent()).append('\n');
                }
            }
            config.append("topics:\n");
            for (Topic t : TOPICS) {
                config.append("  - id: ").append(t.id()).append("\n    name: ").append(quoted(t.name())).append('\n');
            }
            put("site-config.yml", config.toString());
        }

        @Override
        long write(Doc doc) {
            Meta m = doc.meta();
            StringBuilder text = new StringBuilder(doc.body().length() + 4096);
            text.append("---\n")
                    .append("type: ").append(m.type().code).append('\n')
                    .append("title: ").append(quoted(doc.title())).append('\n')
                    .append("date: ").append(m.writtenDate()).append('\n');
            if (!m.number().isEmpty()) {
                text.append("number: ").append(quoted(m.number())).append('\n');
            }
            text.append("issuer: ").append(m.issuer().id()).append('\n')
                    .append("signer: {name: ").append(quoted(doc.signerName())).append(", position: ")
                    .append(quoted(doc.signerPosition())).append("}\n")
                    .append("topics: [").append(String.join(", ", m.topics())).append("]\n");
            if (!doc.refs().isEmpty()) {
                text.append("refs:\n");
                for (Ref r : doc.refs()) {
                    text.append("  - ").append(r.yaml()).append('\n');
                }
            }
            if (m.draft()) {
                text.append("draft: true\n");
            }
            if (!doc.tasks().isEmpty()) {
                text.append("tasks:\n");
                for (TaskSpec t : doc.tasks()) {
                    text.append("  - id: ").append(t.id()).append('\n')
                            .append("    title: ").append(quoted(t.title())).append('\n')
                            .append("    lead: ").append(t.lead().size() == 1 ? t.lead().get(0)
                                    : "[" + String.join(", ", t.lead()) + "]").append('\n');
                    if (!t.support().isEmpty()) {
                        text.append("    support: [").append(String.join(", ", t.support())).append("]\n");
                    }
                    if (t.due() != null) {
                        text.append("    due: ").append(t.due()).append('\n');
                    }
                    if (t.dueText() != null) {
                        text.append("    due_text: ").append(quoted(t.dueText())).append('\n');
                    }
                    if (t.note() != null) {
                        text.append("    note: ").append(quoted(t.note())).append('\n');
                    }
                }
            }
            text.append("---\n").append(doc.body());
            long bytes = put("content/" + m.id() + ".md", text.toString());
            if (!doc.updates().isEmpty()) {
                StringBuilder yml = new StringBuilder();
                for (Update u : doc.updates()) {
                    yml.append("- type: progress\n")
                            .append("  task: \"").append(m.id()).append('#').append(u.taskId()).append("\"\n")
                            .append("  date: ").append(u.date()).append('\n')
                            .append("  status: ").append(u.status()).append('\n');
                    if (u.percent() != null) {
                        yml.append("  percent: ").append(u.percent()).append('\n');
                    }
                    yml.append("  note: ").append(quoted(u.note())).append('\n');
                    if (u.evidence() != null) {
                        yml.append("  evidence: ").append(quoted(u.evidence())).append('\n');
                    }
                }
                bytes += put("content/progress/" + m.date().getYear() + "/" + m.slug() + ".yml", yml.toString());
            }
            return bytes;
        }
    }

    /**
     * Hugo: the same fields as page params (Hugo reserves {@code type}, so the document type is
     * {@code doctype}), taxonomies for issuer, topics, year, type and cited numbers, and progress
     * updates as data files read by the page template.
     */
    static final class HugoWriter extends Writer {
        HugoWriter(Path root) {
            super(root);
        }

        @Override
        void start() {
            StringBuilder agencies = new StringBuilder();
            for (Agency a : AGENCIES) {
                agencies.append(a.id()).append(": ").append(quoted(a.name())).append('\n');
            }
            put("data/agencies.yml", agencies.toString());
            StringBuilder topics = new StringBuilder();
            for (Topic t : TOPICS) {
                topics.append(t.id()).append(": ").append(quoted(t.name())).append('\n');
            }
            put("data/topics.yml", topics.toString());
        }

        @Override
        long write(Doc doc) {
            Meta m = doc.meta();
            StringBuilder text = new StringBuilder(doc.body().length() + 4096);
            text.append("---\n")
                    .append("title: ").append(quoted(doc.title())).append('\n')
                    .append("date: ").append(m.date()).append('\n')
                    .append("doctype: ").append(m.type().code).append('\n')
                    .append("loai: [").append(m.type().code).append("]\n")
                    .append("nam: [\"").append(m.date().getYear()).append("\"]\n")
                    .append("number: ").append(quoted(m.number())).append('\n')
                    .append("coquan: [").append(m.issuer().id()).append("]\n")
                    .append("signer: {name: ").append(quoted(doc.signerName())).append(", position: ")
                    .append(quoted(doc.signerPosition())).append("}\n")
                    .append("linhvuc: [").append(String.join(", ", m.topics())).append("]\n")
                    // Hugo's template finds a record by id and a number by its taxonomy term: it gets the plain number
                    .append("refs: ").append(list(doc.refs().stream().map(r -> r.number() != null ? r.number() : r.text()).toList())).append('\n')
                    .append("sohieu: ").append(list(doc.refs().stream().map(Ref::number).filter(n -> n != null).toList())).append('\n')
                    .append("progress: ").append(m.date().getYear()).append('/').append(m.slug()).append('\n');
            if (m.draft()) {
                text.append("draft: true\n");
            }
            text.append("tasks:\n");
            for (TaskSpec t : doc.tasks()) {
                text.append("  - id: ").append(t.id()).append('\n')
                        .append("    title: ").append(quoted(t.title())).append('\n')
                        .append("    lead: [").append(String.join(", ", t.lead())).append("]\n")
                        .append("    support: [").append(String.join(", ", t.support())).append("]\n");
                if (t.due() != null) {
                    text.append("    due: ").append(quoted(t.due())).append('\n');
                }
                if (t.dueText() != null) {
                    text.append("    due_text: ").append(quoted(t.dueText())).append('\n');
                }
                if (t.note() != null) {
                    text.append("    note: ").append(quoted(t.note())).append('\n');
                }
            }
            text.append("---\n").append(doc.body());
            long bytes = put("content/" + m.id() + ".md", text.toString());
            if (!doc.updates().isEmpty()) {
                StringBuilder yml = new StringBuilder();
                for (Update u : doc.updates()) {
                    yml.append("- task: ").append(u.taskId()).append('\n')
                            .append("  date: \"").append(u.date()).append("\"\n")
                            .append("  status: ").append(u.status()).append('\n')
                            .append("  percent: ").append(u.percent() == null ? "null" : u.percent()).append('\n')
                            .append("  note: ").append(quoted(u.note())).append('\n');
                }
                bytes += put("data/progress/" + m.date().getYear() + "/" + m.slug() + ".yml", yml.toString());
            }
            return bytes;
        }
    }

    /**
     * JBake: a properties-style header. JBake headers hold flat strings, so tasks (with their latest
     * progress update) travel as one header each, fields split by '|', and the template splits them.
     */
    static final class JBakeWriter extends Writer {
        JBakeWriter(Path root) {
            super(root);
        }

        @Override
        void start() {
        }

        @Override
        long write(Doc doc) {
            Meta m = doc.meta();
            StringBuilder text = new StringBuilder(doc.body().length() + 4096);
            text.append("title=").append(flat(doc.title())).append('\n')
                    .append("date=").append(m.date()).append('\n')
                    .append("type=post\n")
                    .append("status=").append(m.draft() ? "draft" : "published").append('\n')
                    .append("doctype=").append(m.type().code).append('\n')
                    .append("number=").append(flat(m.number())).append('\n')
                    .append("issuer=").append(m.issuer().id()).append('\n')
                    .append("signer=").append(flat(doc.signerName() + " - " + doc.signerPosition())).append('\n')
                    .append("tags=").append(String.join(",", m.topics())).append(',').append(m.issuer().id()).append('\n')
                    .append("refs=").append(flat(String.join(";", doc.refs().stream().map(Ref::text).toList()))).append('\n');
            StringBuilder tasks = new StringBuilder();
            for (TaskSpec t : doc.tasks()) {
                Update latest = doc.updates().stream().filter(u -> u.taskId().equals(t.id()))
                        .reduce((a, b) -> b).orElse(null);
                if (tasks.length() > 0) {
                    tasks.append(";;");
                }
                tasks.append(t.id()).append('|').append(t.title()).append('|').append(String.join(", ", t.lead()))
                        .append('|').append(String.join(", ", t.support())).append('|')
                        .append(t.due() == null ? "" : t.due()).append('|')
                        .append(latest == null ? "" : latest.status() + " " + (latest.percent() == null ? "" : latest.percent() + "%")
                                + " (" + latest.date() + ")");
            }
            text.append("tasks=").append(flat(tasks.toString())).append('\n')
                    .append("~~~~~~\n").append(doc.body());
            return put("content/" + m.id() + ".md", text.toString());
        }

        static String flat(String text) {
            return text.replace('\n', ' ').replace("=", " ");
        }
    }
}
