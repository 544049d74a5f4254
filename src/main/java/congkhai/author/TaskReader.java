package congkhai.author;

import congkhai.base.DeadlineText;
import congkhai.text.Folding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the tasks a Vietnamese document assigns, in the structures such documents use: "Giao X chủ
 * trì, phối hợp với Y …", "X chủ trì, phối hợp với Y …", "Giao X thực hiện …", an item followed by
 * "Cơ quan thực hiện: X chủ trì …" and "Thời gian hoàn thành: …", a list under "Giao X:", and an
 * item that opens with the body doing it ("Công an tỉnh phối hợp với … bảo đảm …"). An agency the
 * site's config does not know is kept, under a proposed id, for the webmaster to add.
 */
final class TaskReader {

    /** A task read; {@code leads} and {@code support} are agency ids, known or proposed. */
    record Found(String title, List<String> leads, List<String> support, Optional<DeadlineText.Found> deadline, boolean guessedLead) {
    }

    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** The words an agency's name begins with. */
    private static final Pattern HEAD = Pattern.compile("^(?:các\\s+|cơ quan\\s+)?(?:Sở|Phòng|Ban|Văn phòng|UBND|Ủy ban|Uỷ ban|HĐND|Hội đồng|Công an|Thanh tra|"
            + "Trung tâm|Hội|Huyện đoàn|Tỉnh đoàn|Thành đoàn|Đoàn|Bộ|Kho bạc|Chi cục|Cục|Đài|Báo|Trường|Bệnh viện|Liên đoàn|Mặt trận|"
            + "Quỹ|Ngân hàng|Bảo hiểm|Chi nhánh|Điện lực|Viễn thông|Bưu điện|Tòa án|Viện kiểm sát|Thủ trưởng|Giám đốc|Chủ tịch|"
            + "Tổ(?!\\s+chức\\b)|Ngành|Đơn vị|Cơ quan|Thường trực|Hạt|Đội|Ban Chỉ đạo|Ban Quản lý|đơn vị|sở|ban|ngành|huyện|xã|phường)\\b", CI);
    /** What ends an agency's name: its role, a verb (in lowercase: names are capitalised), or punctuation. */
    private static final Pattern NAME_END = Pattern.compile("\\s+chủ trì|\\s*,?\\s+phối hợp|\\s*,?\\s+có trách nhiệm|\\s*,?\\s+theo (?:chức năng|dõi)"
            + "|\\s+(?:tham mưu|nghiên cứu|xây dựng|thực hiện|rà soát|tổ chức|triển khai|hoàn thành|hoàn thiện|đề xuất|kiểm tra|chỉ đạo|hướng dẫn|"
            + "xem xét|tăng cường|khẩn trương|đôn đốc|giải quyết|bảo đảm|đảm bảo|chịu trách nhiệm|tiếp tục|quản lý|cung cấp|báo cáo|trình|lập|"
            + "bố trí|chủ động|tập trung|thẩm định|ban hành|tiếp thu|phối hợp|tuyên truyền|rà soát|đẩy nhanh|đẩy mạnh|nâng cao|làm việc|"
            + "chuẩn bị|cập nhật|xác định|xử lý|hỗ trợ|vận động|tham gia|thường xuyên|kịp thời|nghiêm túc|sớm|phải|cần|được|là|"
            + "tiếp nhận|thông báo|thống nhất|sắp xếp|bàn giao|phân bổ|giải ngân|thanh tra|điều chỉnh|lựa chọn|"
            + "cơ bản|nhất trí|đồng ý|ghi nhận|đánh giá|biểu dương)\\b|[;:.(]|\\s+-\\s+[a-zđ]", 0);
    /**
     * What a body says of a draft or a report it heard ("UBND thành phố cơ bản nhất trí với nội dung dự
     * thảo …"): a conclusion's finding, not a task, though the sentence opens with the body's name.
     */
    private static final Pattern ASSENT = Pattern.compile("^\\s*(?:cơ bản\\s+)?(?:nhất trí|đồng ý|ghi nhận|đánh giá|biểu dương)\\b");
    private static final Pattern GIAO = Pattern.compile("(?:^|[\\s,;.])(?:[Gg]iao(?: cho)?|[Yy]êu cầu|[Đđ]ề nghị)\\s+(?=\\S)");
    private static final Pattern PERFORMER = Pattern.compile("^(?:Cơ quan|Đơn vị)\\s+(?:thực hiện|chủ trì|thực hiện chính)\\s*:\\s*", CI);
    private static final Pattern SUPPORTER = Pattern.compile("^(?:Cơ quan|Đơn vị)\\s+phối hợp\\s*:\\s*", CI);
    private static final Pattern TIME = Pattern.compile("^(?:Thời gian|Thời hạn|Tiến độ)(?:\\s+(?:hoàn thành|thực hiện))?\\s*:", CI);
    private static final Pattern GROUP = Pattern.compile("^(?:\\d{1,2}(?:\\.\\d{1,2})*[.)]\\s*|[a-zđ]\\)\\s*|-\\s*)?(?:(?:Giao|Yêu cầu|Đề nghị)\\s+)?(.{3,160}):$");
    private static final Pattern ITEM = Pattern.compile("^(?:[-+•]\\s*|\\d{1,2}(?:\\.\\d{1,2})*[.)]\\s*|[a-zđ][.)]\\s+)");
    private static final Pattern SPLIT = Pattern.compile("\\s*(?:,|;|\\s+và|\\s+với)\\s+(?=(?:các\\s+)?(?:Sở|Phòng|Ban|Văn phòng|UBND|Ủy ban|Uỷ ban|Công an|Thanh tra|"
            + "Trung tâm|Hội|Huyện đoàn|Tỉnh đoàn|Thành đoàn|Bộ|Kho bạc|Chi cục|Cục|Đài|Báo|Liên đoàn|Mặt trận|Quỹ|Ngân hàng|Bảo hiểm|"
            + "Chi nhánh|Điện lực|Viễn thông|Tòa án|Viện kiểm sát|Hạt|Đội|phòng|sở|các cơ quan|các đơn vị|các sở|các phòng)\\b)", Pattern.UNICODE_CASE);

    private final AgencyFinder known;
    /** Proposed id to the name the text gives, for agencies the config does not know. */
    private final Map<String, String> proposed = new LinkedHashMap<>();

    private final java.util.Set<String> knownIds;

    TaskReader(AgencyFinder known, java.util.Set<String> knownIds) {
        this.known = known;
        this.knownIds = java.util.Set.copyOf(knownIds);
    }

    /** In the order the text names them. */
    Map<String, String> proposed() {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(proposed));
    }

    List<Found> read(List<String> paragraphs) {
        List<Found> tasks = new ArrayList<>();
        List<String> groupLeads = List.of();
        // how deep the group's heading sits: an item as shallow as it is the next section, not one of its tasks
        double groupDepth = Double.MAX_VALUE;
        double sectionDepth = 0;
        // a heading's tasks written as paragraphs of their own, without a mark: its first line after it says
        boolean headingJustRead = false;
        boolean plainList = false;
        String previousItem = "";
        for (int i = 0; i < paragraphs.size(); i++) {
            String p = paragraphs.get(i);
            String text = ITEM.matcher(p).replaceFirst("").strip();
            Matcher marker = ITEM.matcher(p);
            boolean item = marker.find();
            double depth = item ? depth(marker.group()) : Double.MAX_VALUE;
            if (item && depth <= groupDepth) {
                groupLeads = List.of();
            }
            String next = i + 1 < paragraphs.size() ? paragraphs.get(i + 1) : "";
            String afterNext = i + 2 < paragraphs.size() ? paragraphs.get(i + 2) : "";

            Matcher performer = PERFORMER.matcher(text);
            if (performer.find()) {
                // "a) <task>" / "Cơ quan thực hiện: X chủ trì, phối hợp với Y." / "Thời gian hoàn thành: …"
                String who = text.substring(performer.end());
                Assignment a = assignment(who);
                if (a.leads().isEmpty()) {
                    continue;
                }
                List<String> support = new ArrayList<>(a.support());
                String time = "";
                for (String after : List.of(next, afterNext)) {
                    String t = ITEM.matcher(after).replaceFirst("").strip();
                    Matcher s = SUPPORTER.matcher(t);
                    if (s.find()) {
                        support.addAll(agencies(t.substring(s.end())));
                    } else if (TIME.matcher(t).find()) {
                        time = t;
                    }
                }
                String title = previousItem.isEmpty() ? who : previousItem;
                tasks.add(new Found(title(title), a.leads(), without(support, a.leads()),
                        DeadlineText.find(time + " " + who + " " + (previousItem.isEmpty() ? "" : previousItem)), false));
                continue;
            }
            if (TIME.matcher(text).find() || SUPPORTER.matcher(text).find()) {
                continue;
            }
            if (headingJustRead) {
                plainList = !item && !groupLeads.isEmpty();
                headingJustRead = false;
            }
            Matcher group = GROUP.matcher(p);
            // "8.3. Thanh tra thành phố": a numbered line that is a body's name alone heads that body's tasks too
            boolean named = !group.matches() && item && depth < 5 && text.length() <= 80 && HEAD.matcher(text).find()
                    && !NAME_END.matcher(text).find();
            if (group.matches() || named) {
                // "Yêu cầu Trung tâm …, phòng … tiếp tục đẩy nhanh … sau:": the bodies end where the verb starts
                String heading = named ? text : group.group(1);
                Matcher end = NAME_END.matcher(heading);
                String who = end.find() ? heading.substring(0, end.start()) : heading;
                groupLeads = HEAD.matcher(who.strip()).find() || !known.find(who).isEmpty() ? agencies(who) : List.of();
                groupDepth = item ? depth : sectionDepth + 0.5;
                headingJustRead = true;
                plainList = false;
                previousItem = text;
                continue;
            }
            // a line starting in lowercase goes on from the one before it, cut where the text was copied
            boolean listed = item || plainList && !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
            List<Found> here = assignments(text);
            if (!here.isEmpty()) {
                tasks.addAll(here);
            } else if (listed && !groupLeads.isEmpty()) {
                tasks.add(new Found(title(text), groupLeads, List.of(), DeadlineText.find(text), false));
            }
            if (!item && !plainList) {
                // a paragraph of its own, whatever it assigns, ends the marked list of the heading above it
                groupLeads = List.of();
            } else if (item && groupLeads.isEmpty() && depth < 5) {
                sectionDepth = depth;
            }
            previousItem = item || !text.isEmpty() ? text : previousItem;
        }
        return tasks;
    }

    private record Assignment(List<String> leads, List<String> support, int end) {
    }

    /**
     * How deep an item's marker sits in an administrative text's outline: "1." 1, "1.1." 2, "a)" 5,
     * "-" 6, "+" and "•" 7.
     */
    private static double depth(String marker) {
        String m = marker.strip();
        if (Character.isDigit(m.charAt(0))) {
            return m.replaceAll("[.)]$", "").split("\\.").length;
        }
        return switch (m.charAt(0)) {
            case '-' -> 6;
            case '+', '•' -> 7;
            default -> 5;
        };
    }

    /** Every "giao X …", "X chủ trì …" in one paragraph; one task each, with the words up to the next. */
    private List<Found> assignments(String text) {
        List<int[]> starts = new ArrayList<>();
        Matcher g = GIAO.matcher(text);
        while (g.find()) {
            // "bàn giao trong Quý IV", "Sở Giao thông vận tải": only "giao" followed by a body assigns
            String after = text.substring(g.end());
            boolean body = HEAD.matcher(after).find() && !after.startsWith("thông") || !known.find(after.substring(0, Math.min(after.length(), 80))).isEmpty()
                    && known.find(after.substring(0, Math.min(after.length(), 80))).get(0).start() <= 1;
            if (body && !text.substring(0, g.start() + 1).matches("(?s).*\\b(?:bàn|được|chuyển|giao)\\s*$")) {
                starts.add(new int[] {g.end(), 1});
            }
        }
        // "X chủ trì" without "giao": X starts the sentence or the clause
        Matcher lead = Pattern.compile("(?:^|[.;]\\s+)(?=[^.;]{3,160}?\\s+chủ trì)").matcher(text);
        while (lead.find()) {
            int at = lead.end();
            if (starts.stream().noneMatch(s -> s[0] <= at + 200 && s[0] >= at) && HEAD.matcher(text.substring(at)).find()) {
                starts.add(new int[] {at, 0});
            }
        }
        // an item opening with the body that does it: "Công an tỉnh phối hợp với … bảo đảm …"
        if (starts.isEmpty() && HEAD.matcher(text).find() && !text.startsWith("các") && Character.isUpperCase(text.codePointAt(0))) {
            Matcher end = NAME_END.matcher(text);
            if (!end.find() || !ASSENT.matcher(text.substring(end.start())).find()) {
                starts.add(new int[] {0, 0});
            }
        }
        starts.sort((a, b) -> Integer.compare(a[0], b[0]));
        List<Found> found = new ArrayList<>();
        for (int k = 0; k < starts.size(); k++) {
            int from = starts.get(k)[0];
            int to = k + 1 < starts.size() ? starts.get(k + 1)[0] : text.length();
            Assignment a = assignment(text.substring(from, to));
            if (a.leads().isEmpty()) {
                continue;
            }
            String rest = text.substring(from, to).substring(Math.min(a.end(), to - from)).strip();
            String clause = text.substring(from, to);
            String title = rest.length() >= 15 ? rest : text;
            found.add(new Found(title(title), a.leads(), without(a.support(), a.leads()), DeadlineText.find(clause), starts.get(k)[1] == 0 && from == 0));
        }
        return found;
    }

    /** "X chủ trì, phối hợp với Y" or "X" at the start of {@code text}: the agencies, and where the words about them end. */
    private Assignment assignment(String text) {
        Matcher end = NAME_END.matcher(text);
        int stop = end.find() ? end.start() : text.length();
        String who = text.substring(0, stop);
        if (!HEAD.matcher(who.strip()).find() && known.find(who).isEmpty()) {
            return new Assignment(List.of(), List.of(), 0);
        }
        List<String> leads = agencies(who);
        List<String> support = List.of();
        String rest = text.substring(stop);
        Matcher chair = Pattern.compile("^\\s+chủ trì(?:\\s+và)?\\s*,?\\s*").matcher(rest);
        int used = stop;
        if (chair.find()) {
            rest = rest.substring(chair.end());
            used += chair.end();
        }
        Matcher with = Pattern.compile("^,?\\s*phối hợp(?:\\s+chặt chẽ)?(?:\\s+với)?\\s+").matcher(rest);
        if (with.find()) {
            String others = rest.substring(with.end());
            Matcher e = NAME_END.matcher(others);
            int s = e.find() ? e.start() : others.length();
            support = agencies(others.substring(0, s));
            used += with.end() + s;
        }
        return new Assignment(leads, support, used);
    }

    /** The agencies a list of names gives: known ones by their id, the others under a proposed id. */
    List<String> agencies(String names) {
        List<String> ids = new ArrayList<>();
        // "Văn phòng HĐND và UBND huyện" is one body, though "và UBND" would start another
        String joined = names.strip().replaceAll("(HĐND|Hội đồng nhân dân)\\s+và\\s+(UBND|Ủy ban nhân dân)", "$1\u0001$2");
        for (String name : SPLIT.split(joined)) {
            String n = name.replace("\u0001", " và ").strip().replaceAll("[,;.]+$", "").replaceFirst("^(?:giao|cho)\\s+", "").strip();
            if (n.length() < 3) {
                continue;
            }
            List<AgencyFinder.Mention> m = known.find(n);
            if (!m.isEmpty() && coversAll(n, m)) {
                m.forEach(x -> ids.add(x.agency().id()));
            } else if (HEAD.matcher(n).find()) {
                String display = Character.toUpperCase(n.charAt(0)) + n.substring(1);
                String id = proposedId(display);
                // the config may list it under that very id, with a name written otherwise
                if (!knownIds.contains(id)) {
                    proposed.putIfAbsent(id, display);
                }
                ids.add(id);
            } else {
                m.forEach(x -> ids.add(x.agency().id()));
            }
        }
        return ids.stream().distinct().toList();
    }

    /** Whether the known agencies found make up the name, not a part of it ("UBND huyện" in "Văn phòng HĐND và UBND huyện"). */
    private static boolean coversAll(String name, List<AgencyFinder.Mention> mentions) {
        String folded = " " + AgencyFinder.fold(name) + " ";
        StringBuilder rest = new StringBuilder(folded);
        for (AgencyFinder.Mention m : mentions) {
            for (int i = m.start(); i < m.end() && i < rest.length(); i++) {
                rest.setCharAt(i, ' ');
            }
        }
        // what is left over must not name another level: "Văn phòng HĐND và UBND" of the city is not the district's
        String left = rest.toString().strip();
        return left.length() <= folded.strip().length() * 0.2 && !left.matches(".*\\b(?:huyen|tinh|xa|phuong|thanh pho|thi xa|thi tran)\\b.*");
    }

    /** "Phòng Văn hóa và Thông tin" becomes phong-van-hoa-va-thong-tin; "Ủy ban nhân dân" is written ubnd. */
    static String proposedId(String name) {
        String slug = Folding.slug(AgencyFinder.fold(name)).replace("uy-ban-nhan-dan", "ubnd").replace("hoi-dong-nhan-dan", "hdnd");
        if (slug.length() > 48) {
            slug = slug.substring(0, slug.lastIndexOf('-', 48));
        }
        return slug;
    }

    private static List<String> without(List<String> support, List<String> leads) {
        return support.stream().filter(s -> !leads.contains(s)).distinct().toList();
    }

    private static String title(String text) {
        String t = text.replaceFirst("^[-+•]\\s*", "").replaceFirst("^[a-zđ0-9]{1,2}[.)]\\s*", "").strip().replaceAll("[.;:,]+$", "").strip();
        return t.isEmpty() ? t : t.substring(0, 1).toUpperCase(Locale.ROOT) + t.substring(1);
    }
}
